'use client';
import { select } from 'd3';
import { useLayoutEffect, useRef } from 'react';
import { drawSparkline } from '../charts/drawSparkline';
import type { ChartSeries } from '../charts/types';
import { lastValue } from './panelData';
import { formatUnit, thresholdColor, type ThresholdStep, type Unit } from './units';
import { useWidth } from './useWidth';

interface StatBodyProps {
  readonly series: ChartSeries;
  readonly unit: Unit;
  readonly thresholds?: readonly ThresholdStep[];
  readonly height: number;
}

/** StatBody shows Grafana's stat panel: the last value, big and coloured by thresholds, over a sparkline of the range. */
export function StatBody({ series, unit, thresholds, height }: StatBodyProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const value = lastValue(series.values);
  const color = thresholdColor(value, thresholds ?? [{ value: null, color: 'blue' }]);
  const f = formatUnit(value, unit);
  const sparkH = Math.round(height * 0.45);

  useLayoutEffect(() => {
    if (svgRef.current && width > 0) drawSparkline(select(svgRef.current), series.values, width, sparkH, color);
  }, [series, width, sparkH, color]);

  return (
    <div ref={wrap} className="dash-stat" style={{ height }}>
      <div className="dash-stat-value" data-testid="stat-value" data-value={value} style={{ color, fontSize: Math.max(20, Math.min(48, height * 0.3)) }}>
        {f.text}<span className="dash-stat-suffix">{f.suffix}</span>
      </div>
      <svg ref={svgRef} className="dash-stat-spark" width={width} height={sparkH} aria-hidden="true" />
    </div>
  );
}
