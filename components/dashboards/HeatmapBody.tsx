'use client';
import { select } from 'd3';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { drawHeatmap } from '../charts/drawHeatmap';
import { bucketsToHeatmap } from '../charts/heatmapData';
import type { ChartData } from '../charts/types';
import { formatUnitText, type Unit } from './units';
import { useWidth } from './useWidth';

const MARGIN = { top: 4, right: 8, bottom: 24, left: 44 };

/** HeatmapBody shows a classic histogram's buckets over time, coloured by each bucket's own rate. */
export function HeatmapBody({ data, unit, height }: { readonly data: ChartData; readonly unit: Unit; readonly height: number }) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const heat = useMemo(() => bucketsToHeatmap(data), [data]);
  const chartH = height - 18;

  useLayoutEffect(() => {
    if (svgRef.current && width > 0) drawHeatmap(select(svgRef.current), heat, { width, height: chartH, margin: MARGIN });
  }, [heat, width, chartH]);

  return (
    <div ref={wrap} className="dash-heatmap">
      <svg ref={svgRef} width={width} height={chartH} role="img" aria-label={`Heatmap of ${heat.buckets.length} buckets`} />
      <div className="dash-heatmap-scale">
        <span>0</span><span className="dash-heatmap-ramp" /><span>{formatUnitText(heat.max, unit)}</span>
        <span className="dash-muted">per bucket (le, s)</span>
      </div>
    </div>
  );
}
