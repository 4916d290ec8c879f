'use client';
import { select } from 'd3';
import { useLayoutEffect, useRef } from 'react';
import { drawGauge } from '../charts/drawGauge';
import { formatUnit, safeColor, thresholdColor, type ThresholdStep, type Unit } from './units';
import { useWidth } from './useWidth';

interface GaugeBodyProps {
  readonly value: number;
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly thresholds: readonly ThresholdStep[];
  readonly height: number;
}

/** GaugeBody shows one value on a 270° arc between min and max, with the threshold bands around it. */
export function GaugeBody({ value, unit, min, max, thresholds, height }: GaugeBodyProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const color = thresholdColor(value, thresholds);
  const f = formatUnit(value, unit);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const bands = thresholds.map((t) => ({ from: t.value ?? min, color: safeColor(t.color) }));
    drawGauge(select(svgRef.current), value, width, height, { min, max, bands, color });
  }, [value, width, height, min, max, thresholds, color]);

  const r = Math.max(10, Math.min(width / 2, height / 1.7) - 4);
  return (
    <div ref={wrap} className="dash-gauge" style={{ height }}>
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={`Gauge at ${f.text}${f.suffix}`} />
      <div className="dash-gauge-value" data-testid="stat-value" data-value={value} style={{ color, top: r + 4, fontSize: Math.max(16, r * 0.34) }}>
        {f.text}<span className="dash-stat-suffix">{f.suffix}</span>
      </div>
    </div>
  );
}
