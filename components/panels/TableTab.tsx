'use client';
import { useEffect } from 'react';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { QUERY_TIMEOUT_MS, type PanelState } from './panelState';
import { ResultTable } from './ResultTable';
import { TimePicker } from './TimePicker';
import { shownResult, type useQueryRunner } from './useQueryRunner';

interface TableTabProps {
  readonly engine: EngineClient;
  readonly world: WorldInfo;
  readonly panel: PanelState;
  /** The query to run and a counter bumped on every Execute. */
  readonly submitted: { readonly query: string; readonly seq: number };
  readonly runner: ReturnType<typeof useQueryRunner>;
  readonly onChange: (patch: Partial<PanelState>) => void;
}

/** TableTab evaluates the query at one instant (the world's now unless picked) and lists the result. */
export function TableTab({ engine, world, panel, submitted, runner, onChange }: TableTabProps) {
  const timeMs = panel.timeMs ?? world.nowMs;
  const { run } = runner;
  useEffect(() => {
    if (submitted.query.trim() === '') return;
    void run(submitted.query, { timeMs }, (signal) => engine.call('instantQuery', { query: submitted.query, timeMs, timeoutMs: QUERY_TIMEOUT_MS }, signal));
  }, [engine, run, submitted, timeMs]);

  const done = shownResult(runner.state);
  return (
    <div className="tab-body">
      <div className="controls">
        <TimePicker label="Evaluation time" valueMs={panel.timeMs} nowMs={world.nowMs} minMs={world.minTimeMs} onChange={(t) => onChange({ timeMs: t })} />
      </div>
      {done && <ResultTable value={done.reply.value} />}
    </div>
  );
}
