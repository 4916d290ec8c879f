'use client';
import { useMemo } from 'react';
import type { EngineClient } from '../system/engineClient';
import type { Panel } from './model';
import { instantVector, lastValue, rangeValuesToChart, type TimeRange } from './panelData';
import { PanelShell, type PanelState } from './PanelShell';
import { usePanelQueries } from './usePanelQueries';
import { interpolate } from './variables';
import { BarGaugeBody } from './BarGaugeBody';
import { GaugeBody } from './GaugeBody';
import { HeatmapBody } from './HeatmapBody';
import { StatBody } from './StatBody';
import { TableBody } from './TableBody';
import { TimeSeriesBody } from './TimeSeriesBody';

/** Grid row height in px (Grafana's is 30) and the space the panel header takes. */
const ROW_PX = 30;
const CHROME_PX = 48;

interface DashboardPanelProps {
  readonly client: EngineClient | null;
  readonly panel: Panel;
  readonly range: TimeRange | null;
  readonly variables: Readonly<Record<string, string>>;
}

/** DashboardPanel runs a panel's queries and hands the answer to the body of its type inside the shared shell. */
export function DashboardPanel({ client, panel, range, variables }: DashboardPanelProps) {
  const exprs = useMemo(() => panel.queries.map((q) => interpolate(q.expr, variables)), [panel, variables]);
  const instant = panel.type === 'table';
  const result = usePanelQueries(client, exprs, range, instant);
  const height = panel.h * ROW_PX - CHROME_PX;

  const chart = useMemo(
    () => (result.kind === 'done' && !instant ? rangeValuesToChart(result.values, panel.queries, result.range) : null),
    [result, instant, panel.queries],
  );
  const samples = useMemo(() => (result.kind === 'done' && instant ? result.values.flatMap(instantVector) : []), [result, instant]);

  let state: PanelState = 'loading';
  if (result.kind === 'error') state = 'error';
  else if (result.kind === 'done') {
    const empty = instant ? samples.length === 0 : !chart || chart.series.every((s) => !Number.isFinite(lastValue(s.values)));
    state = empty ? 'nodata' : 'ok';
  }

  return (
    <PanelShell panel={panel} exprs={exprs} state={state} error={result.kind === 'error' ? result.message : undefined} bodyHeight={height}>
      {state === 'ok' && body(panel, chart, samples, height)}
    </PanelShell>
  );
}

function body(panel: Panel, chart: ReturnType<typeof rangeValuesToChart> | null, samples: ReturnType<typeof instantVector>, height: number) {
  switch (panel.type) {
    case 'table':
      return <TableBody samples={samples} unit={panel.unit} height={height} />;
    case 'timeseries':
      return <TimeSeriesBody data={chart!} unit={panel.unit} height={height} />;
    case 'stat':
      return <StatBody series={chart!.series[0]!} unit={panel.unit} thresholds={panel.thresholds} height={height} />;
    case 'gauge':
      return (
        <GaugeBody value={lastValue(chart!.series[0]!.values)} unit={panel.unit} height={height}
          min={panel.min ?? 0} max={panel.max ?? (panel.unit === 'percentunit' ? 1 : 100)}
          thresholds={panel.thresholds ?? [{ value: null, color: 'green' }]} />
      );
    case 'bargauge':
      return <BarGaugeBody series={chart!.series} unit={panel.unit} min={panel.min} max={panel.max} thresholds={panel.thresholds} height={height} />;
    case 'heatmap':
      return <HeatmapBody data={chart!} unit={panel.unit} height={height} />;
  }
}
