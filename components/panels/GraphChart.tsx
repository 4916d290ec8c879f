'use client';
import { select } from 'd3';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { drawAxes } from '../charts/drawAxes';
import { drawHover } from '../charts/drawHover';
import { drawSeries } from '../charts/drawSeries';
import { nearestPoint, type HoverPoint } from '../charts/nearestPoint';
import { makeScales, type ChartScales } from '../charts/scales';
import { stackSeries } from '../charts/stack';
import type { ChartData, ChartOptions, ChartSize } from '../charts/types';
import { ChartTooltip } from './ChartTooltip';

const HEIGHT = 320;
const MARGIN = { top: 10, right: 16, bottom: 28, left: 56 };

export interface GraphChartProps {
  readonly data: ChartData;
  /** Keys of series the legend has switched off. */
  readonly hidden: ReadonlySet<string>;
  readonly options: ChartOptions;
  /** Called after every draw (for timing: Enter → drawn graph). */
  readonly onDrawn?: () => void;
}

/**
 * GraphChart owns the SVG's lifecycle: it measures the width, then hands the
 * drawing to the pure functions in charts/ and keeps only the hover state.
 */
export function GraphChart({ data, hidden, options, onDrawn }: GraphChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<HoverPoint | null>(null);
  const scalesRef = useRef<ChartScales | null>(null);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    ro.observe(el);
    setWidth(Math.floor(el.getBoundingClientRect().width));
    return () => ro.disconnect();
  }, []);

  const size: ChartSize = useMemo(() => ({ width, height: HEIGHT, margin: MARGIN }), [width]);
  const visible = useMemo(
    () => stackSeries(data.series.filter((s) => !hidden.has(s.key)), data.times.length, options.stacked),
    [data, hidden, options.stacked],
  );

  // Drawn before the browser paints, so a new answer shows in the frame it arrives.
  useLayoutEffect(() => {
    const svgEl = svgRef.current;
    if (!svgEl || width === 0) return;
    const svg = select(svgEl);
    const scales = makeScales(data.times, visible, size, options);
    scalesRef.current = scales;
    drawAxes(svg, scales, size);
    drawSeries(svg, data.times, visible, scales, options.stacked);
    setHover(null);
    onDrawn?.();
  }, [data, visible, size, options, width, onDrawn]);

  useEffect(() => {
    if (svgRef.current) drawHover(select(svgRef.current), hover, size);
  }, [hover, size]);

  const onMove = (ev: React.PointerEvent<SVGSVGElement>) => {
    const scales = scalesRef.current;
    if (!scales) return;
    const r = ev.currentTarget.getBoundingClientRect();
    const px = ev.clientX - r.left;
    const inside = px >= MARGIN.left && px <= width - MARGIN.right;
    setHover(inside ? nearestPoint(px, ev.clientY - r.top, data.times, visible, scales) : null);
  };

  return (
    <div ref={wrap} className="graph-chart" style={{ position: 'relative' }}>
      <svg
        ref={svgRef}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Graph of ${visible.length} series`}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      />
      {hover && <ChartTooltip point={hover} time={data.times[hover.index]!} chartWidth={width} />}
    </div>
  );
}
