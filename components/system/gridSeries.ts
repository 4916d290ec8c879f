import type { Matrix } from '@/engine/index';

/**
 * GridSeries is one series of a range query laid on the query's step grid:
 * `values[i]` is the value at `startMs + i * stepMs`, NaN where the series
 * has no float sample (a gap). A Float64Array structured-clones as one block
 * of bytes, where `{t, v}` objects clone one by one.
 */
export interface GridSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly values: Float64Array;
}

/** gridSteps is the number of steps in [startMs, endMs] every `stepMs`. */
export function gridSteps(startMs: number, endMs: number, stepMs: number): number {
  return endMs < startMs ? 0 : Math.floor((endMs - startMs) / stepMs) + 1;
}

/** alignMatrix lays a range query's matrix on its step grid (float samples only). */
export function alignMatrix(matrix: Matrix, startMs: number, endMs: number, stepMs: number): GridSeries[] {
  const n = gridSteps(startMs, endMs, stepMs);
  return matrix.map((s) => {
    const values = new Float64Array(n).fill(NaN);
    for (const p of s.floats) {
      const i = Math.round((p.t - startMs) / stepMs);
      if (i >= 0 && i < n) values[i] = p.v;
    }
    const labels: Record<string, string> = {};
    for (const l of s.labels) labels[l.name] = l.value;
    return { labels, values };
  });
}
