import type { Labels } from '@/engine/index';

/** formatSampleValue prints a float the way Prometheus's UI does. */
export function formatSampleValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** formatSeriesName prints `name{a="b", c="d"}` for a label set. */
export function formatSeriesName(labels: Labels): string {
  const name = labels.find((l) => l.name === '__name__')?.value ?? '';
  const rest = labels.filter((l) => l.name !== '__name__').map((l) => `${l.name}=${JSON.stringify(l.value)}`);
  return rest.length === 0 && name ? name : `${name}{${rest.join(', ')}}`;
}
