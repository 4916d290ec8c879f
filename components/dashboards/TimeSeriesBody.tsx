'use client';
import { select } from 'd3';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { drawAxes } from '../charts/drawAxes';
import { drawSeries } from '../charts/drawSeries';
import { relabelTicks } from '../charts/relabelTicks';
import { makeScales } from '../charts/scales';
import { stackSeries } from '../charts/stack';
import type { ChartData } from '../charts/types';
import { lastValue } from './panelData';
import { formatUnitText, type Unit } from './units';
import { useWidth } from './useWidth';

const MARGIN = { top: 8, right: 12, bottom: 24, left: 64 };
const OPTIONS = { stacked: false, yFromZero: true };
const LEGEND_ROW = 20;

/** TimeSeriesBody draws the playground's line chart with unit-formatted ticks and a legend with each series' last value. */
export function TimeSeriesBody({ data, unit, height }: { readonly data: ChartData; readonly unit: Unit; readonly height: number }) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const legendRows = Math.min(3, Math.ceil(data.series.length / 3));
  const chartH = Math.max(60, height - legendRows * LEGEND_ROW - 4);
  const stacked = useMemo(() => stackSeries(data.series, data.times.length, false), [data]);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const svg = select(svgRef.current);
    const size = { width, height: chartH, margin: MARGIN };
    const scales = makeScales(data.times, stacked, size, OPTIONS);
    drawAxes(svg, scales, size);
    relabelTicks(svg, (v) => formatUnitText(v, unit), chartH - MARGIN.top - MARGIN.bottom);
    drawSeries(svg, data.times, stacked, scales, false);
  }, [data, stacked, width, chartH, unit]);

  return (
    <div ref={wrap} className="dash-timeseries">
      <svg ref={svgRef} width={width} height={chartH} role="img" aria-label={`Time series of ${data.series.length} series`} />
      <ul className="dash-legend" style={{ maxHeight: legendRows * LEGEND_ROW }}>
        {data.series.map((s) => (
          <li key={s.key}>
            <span className="dash-swatch" style={{ background: s.color }} />
            <span className="dash-legend-name">{s.key}</span>
            <span className="dash-legend-value">{formatUnitText(lastValue(s.values), unit)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
