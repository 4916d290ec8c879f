'use client';
import { bisectCenter, select, type ScaleContinuousNumeric, type ScaleTime } from 'd3';
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { tooltipRows } from '../charts/tooltipRows';
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
/** The most series a tooltip lists (the highest values first); the rest are counted. */
const TOOLTIP_ROWS = 12;

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
  const overlayRef = useRef<SVGSVGElement>(null);
  /** The pointer's latest x (px in the plot), drawn at the next frame; the hovered step, to skip redundant work. */
  const pointer = useRef<{ x: number | null; frame: number; index: number }>({ x: null, frame: 0, index: -1 });
  const chartId = useId();
  const crosshair = useCrosshair();
  const width = useWidth(wrap);
  const opts = panel.timeseries ?? DEFAULT_TIMESERIES;
  const calcs = panel.legendCalcs ?? [];
  const fmt = useMemo(() => (v: number) => formatUnitText(v, panel.unit, panel.decimals), [panel.unit, panel.decimals]);
  const legendRows = Math.min(calcs.length > 0 ? 4 : 2, calcs.length > 0 ? data.series.length + 1 : Math.ceil(data.series.length / 3));
  const chartH = Math.max(60, height - legendRows * LEGEND_ROW - 4);
  const stacked = useMemo(() => stackSeries(data.series, data.times.length, opts.stacking), [data, opts.stacking]);
  const isStacked = opts.stacking !== 'none';
  // Percent stacking draws shares: its axis reads 0–100 % whatever the unit (the tooltip keeps the values).
  const axisFmt = useMemo(() => (opts.stacking === 'percent' ? (v: number) => formatUnitText(v, 'percentunit') : fmt), [opts.stacking, fmt]);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const svg = select(svgRef.current);
    const size = { width, height: chartH, margin: MARGIN };
    const x = scaleUtc().domain([data.times[0] ?? 0, data.times[data.times.length - 1] ?? 1]).range([MARGIN.left, width - MARGIN.right]);
    const thresholdMode = opts.thresholdsStyle;
    const steps = (panel.thresholds ?? []).map((t) => ({ value: t.value, color: safeColor(t.color) }));
    const y = makeValueScale(stacked, chartH - MARGIN.bottom, MARGIN.top, {
      stacked: isStacked, min: opts.stacking === 'percent' ? 0 : panel.min, max: opts.stacking === 'percent' ? undefined : panel.max, logBase: opts.logBase,
      include: thresholdMode === 'line' ? steps.flatMap((s) => (s.value === null ? [] : [s.value])) : [],
    });
    drawValueAxes(svg, x, y, size, axisFmt);
    if (thresholdMode !== 'off' && steps.length > 0) drawThresholds(svg, steps, y, MARGIN.left, width - MARGIN.right, thresholdMode);
    else svg.selectAll('g.thresholds').remove();
    drawTimeSeries(svg, data.times, stacked, x, y, {
      drawStyle: opts.drawStyle, fillOpacity: opts.fillOpacity, stacked: isStacked, spanNulls: opts.spanNulls, log: opts.logBase !== undefined,
    });
    drawn.current = { x, y };
    pointer.current.index = -1;
  }, [data, stacked, isStacked, width, chartH, axisFmt, opts, panel.thresholds, panel.min, panel.max]);

  // Follow the dashboard's crosshair: a rule at the hovered time on every chart, in a layer of its own (moving it repaints no series).
  useEffect(() => {
    if (!crosshair) return;
    return crosshair.subscribe((t, source) => {
      const d = drawn.current;
      if (!overlayRef.current || !d) return;
      const [t0, t1] = d.x.domain().map(Number) as [number, number];
      const inside = t !== null && t >= t0 && t <= t1;
      drawCrosshair(select(overlayRef.current), inside ? d.x(t) : null, MARGIN.top, chartH - MARGIN.bottom);
      if (source !== chartId && tipRef.current) tipRef.current.hidden = true;
    });
  }, [crosshair, chartId, chartH]);
  useEffect(() => () => cancelAnimationFrame(pointer.current.frame), []);

  /** hover draws the crosshair and tooltip for the pointer at `px` (null: it left): once per frame at most. */
  const hover = (px: number | null) => {
    const d = drawn.current;
    const tip = tipRef.current;
    const p = pointer.current;
    if (!d || !tip || !overlayRef.current || data.times.length === 0) return;
    if (px === null) {
      p.index = -1;
      tip.hidden = true;
      if (crosshair) crosshair.set(null, chartId);
      else drawCrosshair(select(overlayRef.current), null, 0, 0);
      return;
    }
    const i = bisectCenter(data.times as number[], d.x.invert(px).getTime());
    if (i === p.index && !tip.hidden) return;
    p.index = i;
    const t = data.times[i]!;
    if (crosshair) crosshair.set(t, chartId);
    else drawCrosshair(select(overlayRef.current), d.x(t), MARGIN.top, chartH - MARGIN.bottom);
    const { rows, total } = tooltipRows(data.series, i, TOOLTIP_ROWS, fmt);
    renderTooltip(tip, formatUtc(t), rows, TOOLTIP_ROWS, total);
    tip.hidden = false;
    const left = d.x(t) + 12;
    tip.style.transform = `translate(${left + 220 > width ? Math.max(0, d.x(t) - 232) : left}px, ${MARGIN.top}px)`;
  };
  const schedule = (px: number | null) => {
    const p = pointer.current;
    p.x = px;
    if (p.frame === 0) p.frame = requestAnimationFrame(() => {
      p.frame = 0;
      hover(p.x);
    });
  };
  const onMove = (e: React.MouseEvent<SVGSVGElement>) => schedule(e.clientX - e.currentTarget.getBoundingClientRect().left);
  const onLeave = () => schedule(null);

  return (
    <div ref={wrap} className="dash-timeseries">
      <div className="dash-plot" style={{ height: chartH }}>
        <svg ref={svgRef} width={width} height={chartH} role="img" aria-label={`Time series of ${data.series.length} series`} onMouseMove={onMove} onMouseLeave={onLeave} />
        <svg ref={overlayRef} className="dash-overlay" width={width} height={chartH} aria-hidden="true" />
        <div ref={tipRef} className="dash-tooltip" role="tooltip" hidden />
      </div>
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
