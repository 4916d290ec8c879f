import type { ChartSeries, StackedSeries } from './types';

/**
 * stackSeries piles the series on each other step by step: positive values
 * upward from 0, negative downward (like d3.stackOffsetDiverging). Without
 * `stacked`, each series spans [0, v] only as a record; y1 is its value.
 * A gap (NaN) stays a gap and adds nothing to the pile.
 */
export function stackSeries(series: readonly ChartSeries[], steps: number, stacked: boolean): StackedSeries[] {
  const pos = new Float64Array(steps);
  const neg = new Float64Array(steps);
  return series.map((s) => {
    const y0 = new Float64Array(steps);
    const y1 = new Float64Array(steps);
    for (let i = 0; i < steps; i++) {
      const v = s.values[i]!;
      if (!stacked || Number.isNaN(v)) {
        y0[i] = Number.isNaN(v) ? NaN : 0;
        y1[i] = v;
      } else if (v >= 0) {
        y0[i] = pos[i]!;
        y1[i] = pos[i]! += v;
      } else {
        y0[i] = neg[i]!;
        y1[i] = neg[i]! += v;
      }
    }
    return { ...s, y0, y1 };
  });
}
