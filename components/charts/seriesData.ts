import type { Matrix } from '@/engine/index';
import { colorFor } from './colors';
import type { ChartData } from './types';

/** seriesKey formats a label set as `name{a="b", c="d"}`: the legend text and the series identity. */
export function seriesKey(labels: Readonly<Record<string, string>>): string {
  const { __name__: name = '', ...rest } = labels;
  const inner = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
  return inner === '' && name !== '' ? name : `${name}{${inner}}`;
}

/**
 * matrixToChart aligns a range query's result on its step grid
 * [startMs, endMs] so missing steps become NaN gaps.
 */
export function matrixToChart(matrix: Matrix, startMs: number, endMs: number, stepMs: number): ChartData {
  const times: number[] = [];
  for (let t = startMs; t <= endMs; t += stepMs) times.push(t);
  const series = matrix.map((s, i) => {
    const values = new Float64Array(times.length).fill(NaN);
    for (const p of s.floats) {
      const idx = Math.round((p.t - startMs) / stepMs);
      if (idx >= 0 && idx < times.length) values[idx] = p.v;
    }
    const labels: Record<string, string> = {};
    for (const l of s.labels) labels[l.name] = l.value;
    return { key: seriesKey(labels), labels, color: colorFor(i), values };
  });
  return { times, series };
}
