import type { LegendCalc, ValueMapping } from './model';
import { safeColor } from './units';

/** reduce is Grafana's field reduction over a series' finite values: last (not null), mean, max or min; NaN when empty. */
export function reduce(values: Float64Array, calc: LegendCalc): number {
  let n = 0;
  let sum = 0;
  let max = -Infinity;
  let min = Infinity;
  let last = NaN;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v > max) max = v;
    if (v < min) min = v;
    last = v;
  }
  if (n === 0) return NaN;
  switch (calc) {
    case 'last': return last;
    case 'mean': return sum / n;
    case 'max': return max;
    case 'min': return min;
  }
}

/** mapValue applies the first value mapping that matches `v` (exact value as text, or a range), else null. */
export function mapValue(v: number, mappings: readonly ValueMapping[] | undefined): { readonly text: string; readonly color?: string } | null {
  for (const m of mappings ?? []) {
    const hit = m.kind === 'value'
      ? Number.isFinite(v) && Number(m.value) === v
      : Number.isFinite(v) && (m.from === null || v >= m.from) && (m.to === null || v <= m.to);
    if (hit) return { text: m.text, ...(m.color ? { color: safeColor(m.color) } : {}) };
  }
  return null;
}
