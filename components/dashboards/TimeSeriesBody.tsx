'use client';
import { bisectCenter, select, type ScaleContinuousNumeric, type ScaleTime } from 'd3';
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { drawCrosshair } from '../charts/drawCrosshair';
import { drawThresholds } from '../charts/drawThresholds';
import { drawTimeSeries } from '../charts/drawTimeSeries';
import { drawValueAxes } from '../charts/drawValueAxes';
import { renderTooltip } from '../charts/renderTooltip';
import { stackSeries } from '../charts/stack';
import type { ChartData } from '../charts/types';
import { makeValueScale } from '../charts/valueScale';
import { scaleUtc } from 'd3';
import { formatUtc } from '../panels/timeFormat';
import { useCrosshair } from './CrosshairContext';
import { DEFAULT_TIMESERIES, type Panel } from './model';
import { reduce } from './reduce';
import { formatUnitText, safeColor } from './units';
import { useWidth } from './useWidth';

const MARGIN = { top: 8, right: 12, bottom: 22, left: 68 };
const LEGEND_ROW = 20;

interface Drawn {
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
}

/**
 * TimeSeriesBody is Grafana's time series panel: lines, bars or points,
 * optionally filled and stacked, on a linear or log axis with the panel's
 * unit, thresholds as lines or bands, a legend (a table when calculations
 * are asked for), a hover tooltip and the dashboard's shared crosshair.
 */
export function TimeSeriesBody({ data, panel, height }: { readonly data: ChartData; readonly panel: Panel; readonly height: number }) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const chartId = useId();
  const crosshair = useCrosshair();
  const width = useWidth(wrap);
  const opts = panel.timeseries ?? DEFAULT_TIMESERIES;
  const calcs = panel.legendCalcs ?? [];
  const fmt = useMemo(() => (v: number) => formatUnitText(v, panel.unit, panel.decimals), [panel.unit, panel.decimals]);
  const legendRows = Math.min(calcs.length > 0 ? 4 : 2, calcs.length > 0 ? data.series.length + 1 : Math.ceil(data.series.length / 3));
  const chartH = Math.max(60, height - legendRows * LEGEND_ROW - 4);
  const stacked = useMemo(() => stackSeries(data.series, data.times.length, opts.stacking === 'normal'), [data, opts.stacking]);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const svg = select(svgRef.current);
    const size = { width, height: chartH, margin: MARGIN };
    const x = scaleUtc().domain([data.times[0] ?? 0, data.times[data.times.length - 1] ?? 1]).range([MARGIN.left, width - MARGIN.right]);
    const thresholdMode = opts.thresholdsStyle;
    const steps = (panel.thresholds ?? []).map((t) => ({ value: t.value, color: safeColor(t.color) }));
    const y = makeValueScale(stacked, chartH - MARGIN.bottom, MARGIN.top, {
      stacked: opts.stacking === 'normal', min: panel.min, max: panel.max, logBase: opts.logBase,
      include: thresholdMode === 'line' ? steps.flatMap((s) => (s.value === null ? [] : [s.value])) : [],
    });
    drawValueAxes(svg, x, y, size, fmt);
    if (thresholdMode !== 'off' && steps.length > 0) drawThresholds(svg, steps, y, MARGIN.left, width - MARGIN.right, thresholdMode);
    else svg.selectAll('g.thresholds').remove();
    drawTimeSeries(svg, data.times, stacked, x, y, {
      drawStyle: opts.drawStyle, fillOpacity: opts.fillOpacity, stacked: opts.stacking === 'normal', spanNulls: opts.spanNulls, log: opts.logBase !== undefined,
    });
    svg.select('line.crosshair').raise();
    drawn.current = { x, y };
  }, [data, stacked, width, chartH, fmt, opts, panel.thresholds, panel.min, panel.max]);

  // Follow the dashboard's crosshair: a rule at the hovered time on every chart.
  useEffect(() => {
    if (!crosshair) return;
    return crosshair.subscribe((t, source) => {
      const d = drawn.current;
      if (!svgRef.current || !d) return;
      const [t0, t1] = d.x.domain().map(Number) as [number, number];
      const inside = t !== null && t >= t0 && t <= t1;
      drawCrosshair(select(svgRef.current), inside ? d.x(t) : null, MARGIN.top, chartH - MARGIN.bottom);
      if (source !== chartId && tipRef.current) tipRef.current.hidden = true;
    });
  }, [crosshair, chartId, chartH]);

  const onMove = (e: React.MouseEvent<SVGSVGElement>) => {
    const d = drawn.current;
    const tip = tipRef.current;
    if (!d || !tip || data.times.length === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const i = bisectCenter(data.times as number[], d.x.invert(px).getTime());
    const t = data.times[i]!;
    if (crosshair) crosshair.set(t, chartId);
    else drawCrosshair(select(e.currentTarget), d.x(t), MARGIN.top, chartH - MARGIN.bottom);
    const rows = data.series
      .map((s) => ({ color: s.color, name: s.key, v: s.values[i]! }))
      .filter((r) => Number.isFinite(r.v))
      .sort((a, b) => b.v - a.v)
      .map((r) => ({ color: r.color, name: r.name, value: fmt(r.v) }));
    renderTooltip(tip, formatUtc(t), rows);
    tip.hidden = false;
    const left = d.x(t) + 12;
    tip.style.left = `${left + 220 > width ? Math.max(0, d.x(t) - 232) : left}px`;
    tip.style.top = `${MARGIN.top}px`;
  };
  const onLeave = () => {
    if (tipRef.current) tipRef.current.hidden = true;
    if (crosshair) crosshair.set(null, chartId);
    else if (svgRef.current) drawCrosshair(select(svgRef.current), null, 0, 0);
  };

  return (
    <div ref={wrap} className="dash-timeseries">
      <svg ref={svgRef} width={width} height={chartH} role="img" aria-label={`Time series of ${data.series.length} series`} onMouseMove={onMove} onMouseLeave={onLeave} />
      <div ref={tipRef} className="dash-tooltip" role="tooltip" hidden />
      {calcs.length > 0 ? (
        <div className="dash-legend-table-wrap" style={{ maxHeight: legendRows * LEGEND_ROW }}>
          <table className="dash-legend-table">
            <thead><tr><th>Name</th>{calcs.map((c) => <th key={c} className="num">{c === 'last' ? 'Last *' : c[0]!.toUpperCase() + c.slice(1)}</th>)}</tr></thead>
            <tbody>
              {data.series.map((s) => (
                <tr key={s.key}>
                  <td><span className="dash-swatch" style={{ background: s.color }} />{s.key}</td>
                  {calcs.map((c) => <td key={c} className="num">{fmt(reduce(s.values, c))}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className="dash-legend" style={{ maxHeight: legendRows * LEGEND_ROW }}>
          {data.series.map((s) => (
            <li key={s.key}>
              <span className="dash-swatch" style={{ background: s.color }} />
              <span className="dash-legend-name">{s.key}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
