import type { ChartSeries, StackedSeries } from './types';

/**
 * StackMode is Grafana's stacking: none, normal (values piled up) or
 * percent (each step's values as shares of that step's total, piled to 1).
 * A boolean is normal (true) or none (false).
 */
export type StackMode = 'none' | 'normal' | 'percent' | boolean;

/**
 * stackSeries piles the series on each other step by step: positive values
 * upward from 0, negative downward (like d3.stackOffsetDiverging). Without
 * stacking, each series spans [0, v] only as a record; y1 is its value. In
 * percent mode a value counts as its share of the step's total of absolute
 * values, so the positive pile reaches 1 when no value is negative.
 * A gap (NaN) stays a gap and adds nothing to the pile.
 */
export function stackSeries(series: readonly ChartSeries[], steps: number, mode: StackMode): StackedSeries[] {
  const stacked = mode === true || mode === 'normal' || mode === 'percent';
  const totals = mode === 'percent' ? stepTotals(series, steps) : null;
  const pos = new Float64Array(steps);
  const neg = new Float64Array(steps);
  return series.map((s) => {
    const y0 = new Float64Array(steps);
    const y1 = new Float64Array(steps);
    for (let i = 0; i < steps; i++) {
      const raw = s.values[i]!;
      const v = totals === null || Number.isNaN(raw) ? raw : totals[i]! === 0 ? 0 : raw / totals[i]!;
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

/** stepTotals sums each step's absolute values over the series (gaps and infinities count nothing). */
function stepTotals(series: readonly ChartSeries[], steps: number): Float64Array {
  const totals = new Float64Array(steps);
  for (const s of series) {
    for (let i = 0; i < steps; i++) {
      const v = s.values[i]!;
      if (Number.isFinite(v)) totals[i]! += Math.abs(v);
    }
  }
  return totals;
}
