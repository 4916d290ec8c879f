import type { Labels } from '../model/index';
import type { Value } from '../promql/index';

/** Point is one compared value: a vector sample's (t ignored) or a range point's. */
export interface Point {
  readonly t: number;
  readonly v: number;
}

/** Row is one series of a result, keyed for matching across results. */
export interface Row {
  readonly labels: Labels;
  /** Match key: the label set without the metric name (unless that makes keys collide). */
  readonly key: string;
  readonly points: readonly Point[];
}

/**
 * toRows flattens an instant or range vector into rows. Series are matched
 * without their metric name, because whether an operation keeps `__name__`
 * (`x > 1` vs `x + 0`) rarely matters to a learner; when two series differ
 * only by name the name stays part of the key.
 */
export function toRows(value: Value): Row[] {
  const raw: { labels: Labels; points: Point[] }[] =
    value.type === 'vector'
      ? value.samples.map((s) => ({ labels: s.labels, points: [{ t: s.t, v: s.h ? s.h.count : s.v }] }))
      : value.type === 'matrix'
        ? value.series.map((s) => ({
            labels: s.labels,
            points: [...s.floats.map((p) => ({ t: p.t, v: p.v })), ...(s.histograms ?? []).map((p) => ({ t: p.t, v: p.h.count }))].sort((a, b) => a.t - b.t),
          }))
        : [];
  const withoutName = raw.map((r) => labelKey(r.labels, false));
  const unique = new Set(withoutName).size === withoutName.length;
  return raw.map((r, i) => ({ labels: r.labels, key: unique ? withoutName[i]! : labelKey(r.labels, true), points: r.points }));
}

function labelKey(labels: Labels, withName: boolean): string {
  return labels
    .filter((l) => withName || l.name !== '__name__')
    .map((l) => `${l.name}\u0000${l.value}`)
    .join('\u0001');
}

/** labelNames is the union of label names over rows, metric name excluded, sorted. */
export function labelNames(rows: readonly Row[]): string[] {
  const names = new Set<string>();
  for (const r of rows) for (const l of r.labels) if (l.name !== '__name__') names.add(l.name);
  return [...names].sort();
}
