'use client';
import { useMemo, useRef } from 'react';
import { DashboardPanel, type DashboardTime } from '../dashboards/DashboardPanel';
import type { Panel, PanelType } from '../dashboards/model';
import type { Unit } from '../dashboards/units';
import { useWidth } from '../dashboards/useWidth';
import { parseDuration } from '../panels/timeFormat';
import { useEngine, useWorld } from '../system/useEngine';

export interface PanelViewProps {
  readonly type?: PanelType;
  readonly title: string;
  readonly query: string;
  readonly unit?: Unit;
  /** Legend per series, `{{label}}` replaced by the label's value. */
  readonly legend?: string;
  readonly min?: number;
  readonly max?: number;
  /** Time range ending at the world's now, e.g. `30m` (default 1h). */
  readonly range?: string;
}

const DEFAULT_RANGE_MS = 60 * 60_000;
const NO_VARIABLES = {};
const NO_RAW_NAMES: ReadonlySet<string> = new Set();

/** PanelView is one Grafana-style dashboard panel in a lesson, drawn by the dashboards' own panel code. */
export function PanelView({ type = 'timeseries', title, query, unit = 'short', legend, min, max, range }: PanelViewProps) {
  const client = useEngine();
  const world = useWorld(client);
  const nowMs = world?.nowMs ?? null;
  const rangeMs = (range && parseDuration(range)) || DEFAULT_RANGE_MS;
  const time = useMemo<DashboardTime | null>(() => (nowMs === null ? null : { endMs: nowMs, rangeMs }), [nowMs, rangeMs]);
  const box = useRef<HTMLDivElement>(null);
  const widthPx = useWidth(box);
  const panel = useMemo<Panel>(
    () => ({
      id: 'lesson-panel',
      type,
      title,
      description: '',
      queries: [{ expr: query, ...(legend !== undefined ? { legend } : {}) }],
      unit,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      w: 24,
      h: type === 'stat' || type === 'gauge' ? 6 : 9,
    }),
    [type, title, query, unit, legend, min, max],
  );
  return (
    <div className="mdx-panel" ref={box}>
      <DashboardPanel client={client} panel={panel} time={time} variables={NO_VARIABLES} rawNames={NO_RAW_NAMES} widthPx={widthPx || 600} />
    </div>
  );
}
