'use client';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { QUERY_TIMEOUT_MS, type PanelState } from './panelState';
import { ResultTable } from './ResultTable';
import { TimePicker } from './TimePicker';
import { useAutoRun } from './useAutoRun';
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

/** A live table is re-evaluated when the world's now passes a whole second. */
const LIVE_GRAIN_MS = 1000;

/** TableTab evaluates the query at one instant (the world's now, live, unless picked) and lists the result. */
export function TableTab({ engine, world, panel, submitted, runner, onChange }: TableTabProps) {
  const timeMs = panel.timeMs ?? Math.floor(world.nowMs / LIVE_GRAIN_MS) * LIVE_GRAIN_MS;
  useAutoRun(runner, `${submitted.seq}|${panel.timeMs}`, String(timeMs), () => {
    if (submitted.query.trim() === '') return null;
    return { query: submitted.query, request: { timeMs }, exec: (signal) => engine.call('instantQuery', { query: submitted.query, timeMs, timeoutMs: QUERY_TIMEOUT_MS }, signal) };
  });

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
