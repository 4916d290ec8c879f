'use client';
import { memo, useMemo } from 'react';
import type { EngineClient } from '../system/engineClient';
import { BarGaugeBody } from './BarGaugeBody';
import { GaugeBody } from './GaugeBody';
import { HeatmapBody } from './HeatmapBody';
import type { Panel } from './model';
import { instantVector, lastValue, panelRange, rangeValuesToChart } from './panelData';
import { PanelShell, type PanelState } from './PanelShell';
import type { RangeBatcher } from './rangeBatcher';
import { StatBody } from './StatBody';
import { TableBody } from './TableBody';
import { TextBody } from './TextBody';
import { intervalMs, timeMacros } from './timeMacros';
import { TimeSeriesBody } from './TimeSeriesBody';
import { UnsupportedBody } from './UnsupportedBody';
import { usePanelQueries } from './usePanelQueries';
import { interpolate, type VariableValues } from './variables';

/** Grid row height in px (Grafana's is 30) and the space the panel header takes. */
const ROW_PX = 30;
const CHROME_PX = 44;
const NO_SAMPLES: ReturnType<typeof instantVector> = [];

/** DashboardTime is the dashboard's window: `rangeMs` ending at `endMs` (virtual ms). */
export interface DashboardTime {
  readonly endMs: number;
  readonly rangeMs: number;
}

interface DashboardPanelProps {
  readonly client: EngineClient | null;
  /** The dashboard's batcher, so one refresh is one worker round trip; without it the panel sends its own. */
  readonly batcher?: RangeBatcher | null;
  readonly panel: Panel;
  /** null until the world and the variables are ready. */
  readonly time: DashboardTime | null;
  readonly variables: VariableValues;
  /** Names whose values are inserted unescaped (interval variables). */
  readonly rawNames: ReadonlySet<string>;
  /** The panel's width in px: Grafana's max data points, from which $__interval follows. */
  readonly widthPx: number;
  /** Stable callbacks (the panel is memoised: world ticks re-render the dashboard, not its panels). */
  readonly onEdit?: (panel: Panel) => void;
  readonly onInspect?: (panel: Panel, exprs: readonly string[], stepMs: number) => void;
}

/**
 * DashboardPanel substitutes variables and time macros into a panel's
 * queries, runs them in the worker (range queries stepped by $__interval;
 * instant for tables) and hands the answer to the body of its type inside
 * the shared shell.
 */
export const DashboardPanel = memo(function DashboardPanel({ client, batcher = null, panel, time, variables, rawNames, widthPx, onEdit, onInspect }: DashboardPanelProps) {
  const stepMs = time ? intervalMs(time.rangeMs, Math.max(50, widthPx)) : 15_000;
  const exprs = useMemo(() => {
    const macros = time ? timeMacros(time.rangeMs, stepMs) : null;
    const values = macros ? { ...variables, ...Object.fromEntries(Object.entries(macros).map(([k, v]) => [k, [v]])) } : variables;
    const raw = new Set([...rawNames, ...Object.keys(macros ?? {})]);
    return panel.queries.map((q) => interpolate(q.expr, values, raw));
  }, [panel.queries, variables, rawNames, time, stepMs]);
  const range = useMemo(() => (time ? panelRange(time.endMs, time.rangeMs, stepMs) : null), [time, stepMs]);
  const instant = panel.type === 'table';
  const drawsData = panel.type !== 'text' && !panel.unsupported;
  const result = usePanelQueries(client, batcher, drawsData ? exprs : [], range, instant);
  const height = panel.h * ROW_PX - CHROME_PX;

  const chart = useMemo(
    () => (result.kind === 'done' && !instant ? rangeValuesToChart(result.grids, panel.queries, result.range) : null),
    [result, instant, panel.queries],
  );
  const samples = result.kind === 'done' ? result.samples : NO_SAMPLES;

  let state: PanelState = 'loading';
  if (!drawsData) state = 'ok';
  else if (result.kind === 'error') state = 'error';
  else if (result.kind === 'done') {
    const empty = instant ? samples.length === 0 : !chart || chart.series.every((s) => !Number.isFinite(lastValue(s.values)));
    state = empty ? 'nodata' : 'ok';
  }

  // The same element while the answer stays: a refresh in flight re-renders the shell, not the chart and its legend.
  const content = useMemo(() => (state === 'ok' ? body(panel, chart, samples, height) : null), [state, panel, chart, samples, height]);

  return (
    <PanelShell panel={panel} exprs={drawsData ? exprs : []} state={state} error={result.kind === 'error' ? result.message : undefined} bodyHeight={height}
      drawnEndMs={result.kind === 'done' ? result.range.viewEndMs : undefined}
      onEdit={onEdit ? () => onEdit(panel) : undefined} onInspect={onInspect && range ? () => onInspect(panel, exprs, range.stepMs) : undefined}>
      {content}
    </PanelShell>
  );
});

function body(panel: Panel, chart: ReturnType<typeof rangeValuesToChart> | null, samples: ReturnType<typeof instantVector>, height: number) {
  if (panel.unsupported) return <UnsupportedBody type={panel.unsupported} queries={panel.queries.length} />;
  switch (panel.type) {
    case 'text':
      return <TextBody content={panel.content ?? ''} height={height} />;
    case 'table':
      return <TableBody samples={samples} unit={panel.unit} decimals={panel.decimals} height={height} />;
    case 'timeseries':
      return <TimeSeriesBody data={chart!} panel={panel} height={height} />;
    case 'stat':
      return <StatBody series={chart!.series} panel={panel} height={height} />;
    case 'gauge':
      return (
        <GaugeBody value={lastValue(chart!.series[0]!.values)} unit={panel.unit} height={height}
          min={panel.min ?? 0} max={panel.max ?? (panel.unit === 'percentunit' ? 1 : 100)}
          thresholds={panel.thresholds ?? [{ value: null, color: 'green' }]} mappings={panel.mappings} />
      );
    case 'bargauge':
      return <BarGaugeBody series={chart!.series} unit={panel.unit} min={panel.min} max={panel.max} thresholds={panel.thresholds} mappings={panel.mappings} height={height} />;
    case 'heatmap':
      return <HeatmapBody data={chart!} unit={panel.unit} height={height} />;
  }
}
