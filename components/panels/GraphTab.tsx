'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { matrixToChart } from '../charts/seriesData';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { GraphChart } from './GraphChart';
import { GraphControls } from './GraphControls';
import { Legend } from './Legend';
import { QUERY_TIMEOUT_MS, type PanelState } from './panelState';
import { autoStepMs } from './timeFormat';
import { useAutoRun } from './useAutoRun';
import { shownResult, type useQueryRunner } from './useQueryRunner';

interface GraphTabProps {
  readonly engine: EngineClient;
  readonly world: WorldInfo;
  readonly panel: PanelState;
  readonly submitted: { readonly query: string; readonly seq: number };
  readonly runner: ReturnType<typeof useQueryRunner>;
  readonly onChange: (patch: Partial<PanelState>) => void;
  /** Called once per reply when its graph is on screen. */
  readonly onDrawn: () => void;
}

interface RangeRequest {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
}

/**
 * GraphTab runs the query over the chosen range and draws it. A live graph
 * ends at the world's now rounded down to the step, so it moves one step at
 * a time with the clock and its points stay on the same grid.
 */
export function GraphTab({ engine, world, panel, submitted, runner, onChange, onDrawn }: GraphTabProps) {
  const stepMs = panel.stepMs ?? autoStepMs(panel.rangeMs);
  const endMs = panel.endMs ?? Math.floor(world.nowMs / stepMs) * stepMs;
  const startMs = endMs - panel.rangeMs;
  useAutoRun(runner, `${submitted.seq}|${panel.rangeMs}|${stepMs}|${panel.endMs}`, String(endMs), () => {
    if (submitted.query.trim() === '') return null;
    const req: RangeRequest = { startMs, endMs, stepMs };
    return { query: submitted.query, request: req, exec: (signal) => engine.call('rangeQuery', { query: submitted.query, ...req, timeoutMs: QUERY_TIMEOUT_MS }, signal) };
  });

  const done = shownResult(runner.state);
  const data = useMemo(() => {
    if (!done || done.reply.value.type !== 'matrix') return null;
    const req = done.request as RangeRequest;
    return matrixToChart(done.reply.value.series, req.startMs, req.endMs, req.stepMs);
  }, [done]);

  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setHidden(new Set()), [submitted]);
  const toggle = (key: string) => setHidden((h) => {
    const next = new Set(h);
    if (!next.delete(key)) next.add(key);
    return next;
  });

  const drawnFor = useRef<unknown>(null);
  const drawn = useCallback(() => {
    if (drawnFor.current === data) return;
    drawnFor.current = data;
    onDrawn();
  }, [data, onDrawn]);
  const options = useMemo(() => ({ stacked: panel.stacked, yFromZero: panel.yFromZero }), [panel.stacked, panel.yFromZero]);

  return (
    <div className="tab-body">
      <GraphControls panel={panel} world={world} onChange={onChange} />
      {done && done.reply.value.type !== 'matrix' && (
        <p className="muted">This query returns a {done.reply.value.type}; only instant vectors can be graphed over time. Use the Table tab.</p>
      )}
      {data && data.series.length === 0 && <p className="muted">Empty query result</p>}
      {data && data.series.length > 0 && (
        <>
          <GraphChart data={data} hidden={hidden} options={options} onDrawn={drawn} />
          <Legend series={data.series} hidden={hidden} onToggle={toggle} onShowAll={() => setHidden(new Set())} />
        </>
      )}
    </div>
  );
}
