'use client';
import { select } from 'd3';
import { useLayoutEffect, useRef } from 'react';
import { drawSparkline } from '../charts/drawSparkline';
import type { ChartSeries } from '../charts/types';
import type { Panel } from './model';
import { lastValue } from './panelData';
import { mapValue } from './reduce';
import { formatUnit, thresholdColor } from './units';
import { useWidth } from './useWidth';

/**
 * StatBody is Grafana's stat panel: per series its last value, big, coloured
 * by thresholds (or by a value mapping's colour, whose text replaces the
 * number), over a sparkline of the range. Several series sit side by side.
 */
export function StatBody({ series, panel, height }: { readonly series: readonly ChartSeries[]; readonly panel: Panel; readonly height: number }) {
  const shown = series.slice(0, 12);
  return (
    <div className="dash-stats" style={{ height }}>
      {shown.map((s) => <StatValue key={s.key} series={s} panel={panel} height={height} named={shown.length > 1} />)}
    </div>
  );
}

function StatValue({ series, panel, height, named }: { readonly series: ChartSeries; readonly panel: Panel; readonly height: number; readonly named: boolean }) {
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const value = lastValue(series.values);
  const mapped = mapValue(value, panel.mappings);
  const color = mapped?.color ?? thresholdColor(value, panel.thresholds ?? [{ value: null, color: 'blue' }]);
  const f = mapped ? { text: mapped.text, suffix: '' } : formatUnit(value, panel.unit, panel.decimals);
  const sparkH = Math.round(height * (named ? 0.3 : 0.45));

  useLayoutEffect(() => {
    if (svgRef.current && width > 0) drawSparkline(select(svgRef.current), series.values, width, sparkH, color);
  }, [series, width, sparkH, color]);

  return (
    <div ref={wrap} className="dash-stat">
      {named && <div className="dash-stat-name" title={series.key}>{series.key}</div>}
      <div className="dash-stat-value" data-testid="stat-value" data-value={value} style={{ color, fontSize: fontSize(height * (named ? 0.22 : 0.3), width, f.text.length + f.suffix.length * 0.6) }}>
        {f.text}<span className="dash-stat-suffix">{f.suffix}</span>
      </div>
      <svg ref={svgRef} className="dash-stat-spark" width={width} height={sparkH} aria-hidden="true" />
    </div>
  );
}

/** fontSize fits the value's text into the panel: by height, but never wider than the panel (about 0.6 em per character). */
function fontSize(byHeight: number, width: number, chars: number): number {
  const byWidth = width > 0 ? (width - 8) / (Math.max(1, chars) * 0.62) : byHeight;
  return Math.max(12, Math.min(44, byHeight, byWidth));
}
