import type { ScaleContinuousNumeric, Selection } from 'd3';

export interface ThresholdBand {
  /** Start of the band (null: from the bottom of the axis). */
  readonly value: number | null;
  readonly color: string;
}

/**
 * drawThresholds shows threshold steps on a chart, Grafana-style: dashed
 * lines at each step's start (`line`), or translucent bands from each step
 * to the next (`area`). Drawn under the series.
 */
export function drawThresholds(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  steps: readonly ThresholdBand[],
  y: ScaleContinuousNumeric<number, number>,
  left: number,
  right: number,
  mode: 'line' | 'area',
): void {
  svg.selectAll('g.thresholds').remove();
  const g = svg.insert('g', ':first-child').attr('class', 'thresholds').attr('pointer-events', 'none');
  const [top, bottom] = [Math.min(...y.range()), Math.max(...y.range())];
  const at = (v: number) => Math.min(bottom, Math.max(top, y(v)));
  steps.forEach((s, i) => {
    if (mode === 'line') {
      if (s.value === null) return;
      g.append('line').attr('class', 'threshold-line').attr('x1', left).attr('x2', right).attr('y1', at(s.value)).attr('y2', at(s.value))
        .attr('stroke', s.color).attr('stroke-dasharray', '6,4').attr('stroke-width', 1.5);
      return;
    }
    const from = s.value === null ? bottom : at(s.value);
    const next = steps[i + 1]?.value;
    const to = next === undefined || next === null ? top : at(next);
    g.append('rect').attr('class', 'threshold-area').attr('x', left).attr('width', Math.max(0, right - left))
      .attr('y', Math.min(from, to)).attr('height', Math.abs(from - to)).attr('fill', s.color).attr('fill-opacity', 0.12);
  });
}
