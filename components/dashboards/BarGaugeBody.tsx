'use client';
import { select } from 'd3';
import { useLayoutEffect, useRef } from 'react';
import { drawBarGauge } from '../charts/drawBarGauge';
import type { ChartSeries } from '../charts/types';
import { lastValue } from './panelData';
import type { ValueMapping } from './model';
import { mapValue } from './reduce';
import { formatUnitText, thresholdColor, type ThresholdStep, type Unit } from './units';
import { useWidth } from './useWidth';

interface BarGaugeBodyProps {
  readonly series: readonly ChartSeries[];
  readonly unit: Unit;
  readonly min?: number;
  readonly max?: number;
  readonly thresholds?: readonly ThresholdStep[];
  readonly mappings?: readonly ValueMapping[];
  readonly height: number;
}

/**
 * BarGaugeBody draws one horizontal bar per series (its last value),
 * coloured by thresholds; a matching value mapping gives a bar its text and colour.
 */
export function BarGaugeBody({ series, unit, min, max, thresholds, mappings, height }: BarGaugeBodyProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);

  useLayoutEffect(() => {
    if (!svgRef.current || width === 0) return;
    const rows = series.map((s) => {
      const value = lastValue(s.values);
      const mapped = mapValue(value, mappings);
      const color = mapped?.color ?? thresholdColor(value, thresholds ?? [{ value: null, color: 'green' }]);
      return { label: s.key, value, color, text: mapped?.text ?? formatUnitText(value, unit) };
    });
    const top = max ?? Math.max(0, ...rows.map((r) => (Number.isFinite(r.value) ? r.value : 0)));
    drawBarGauge(select(svgRef.current), rows, width, height, [min ?? 0, top || 1]);
  }, [series, width, height, unit, min, max, thresholds, mappings]);

  return (
    <div ref={wrap} className="dash-bargauge">
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={`Bar gauge of ${series.length} series`} />
    </div>
  );
}
