'use client';
import { select } from 'd3';
import { useLayoutEffect, useRef } from 'react';
import { drawGauge } from '../charts/drawGauge';
import type { ValueMapping } from './model';
import { mapValue } from './reduce';
import { formatUnit, safeColor, thresholdColor, type ThresholdStep, type Unit } from './units';
import { useWidth } from './useWidth';

interface GaugeBodyProps {
  readonly value: number;
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly thresholds: readonly ThresholdStep[];
  readonly mappings?: readonly ValueMapping[];
  readonly height: number;
}

/**
 * GaugeBody shows one value on a 270° arc between min and max, with the
 * threshold bands around it; a matching value mapping replaces the number
 * with its text and colours the arc and text with its colour, as in Grafana.
 */
export function GaugeBody({ value, unit, min, max, thresholds, mappings, height }: GaugeBodyProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const mapped = mapValue(value, mappings);
  const color = mapped?.color ?? thresholdColor(value, thresholds);
  const f = mapped ? { text: mapped.text, suffix: '' } : formatUnit(value, unit);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const bands = thresholds.map((t) => ({ from: t.value ?? min, color: safeColor(t.color) }));
    drawGauge(select(svgRef.current), value, width, height, { min, max, bands, color });
  }, [value, width, height, min, max, thresholds, color]);

  const r = Math.max(10, Math.min(width / 2, height / 1.7) - 4);
  return (
    <div ref={wrap} className="dash-gauge" style={{ height }}>
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={`Gauge at ${f.text}${f.suffix}`} />
      <div className="dash-gauge-value" data-testid="stat-value" data-value={value} style={{ color, top: r + 4, fontSize: valueFontSize(r, f.text.length + f.suffix.length * 0.6) }}>
        {f.text}<span className="dash-stat-suffix">{f.suffix}</span>
      </div>
    </div>
  );
}

/** valueFontSize scales the value with the arc, but keeps a long text (a mapping's) inside the arc (about 0.7 em per character, capitals included). */
function valueFontSize(r: number, chars: number): number {
  return Math.max(12, Math.min(r * 0.34, (r * 1.2) / (Math.max(1, chars) * 0.7)));
}
