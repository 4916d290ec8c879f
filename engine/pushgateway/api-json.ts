import { formatGoFloat } from '../exposition/index';
import { goArray, goMap, goString, goStringMap, goStruct } from './go-json';
import type { BuildInfo } from './self-metrics';
import { lastPushSuccessful, type Store } from './store';
import { PROTO_TYPE, type PgMetric } from './types';

/**
 * The JSON bodies of `/api/v1/metrics` and `/api/v1/status`, byte for byte
 * as the Pushgateway writes them (compact; map keys sorted; struct fields
 * in declaration order; times as RFC 3339 in UTC).
 */

/** metricsJson is `/api/v1/metrics`: one object per group, groups in key order (Go's order is random). */
export function metricsJson(store: Store): string {
  const data: string[] = [];
  for (const key of [...store.keys()].sort()) {
    const group = store.get(key)!;
    const entries: [string, string][] = [
      ['labels', goStringMap(group.labels)],
      ['last_push_successful', String(lastPushSuccessful(group))],
    ];
    for (const [name, stored] of group.families) {
      const f = stored.family;
      const fields: [string, string][] = [
        ['time_stamp', goString(rfc3339(stored.tMs))],
        ['type', goString(PROTO_TYPE[f.type])],
      ];
      // `help` is tagged omitempty.
      if (f.help !== undefined && f.help !== '') fields.push(['help', goString(f.help)]);
      fields.push(['metrics', goArray(f.metrics.map(encodeMetric))]);
      entries.push([name, goStruct(fields)]);
    }
    data.push(goMap(entries));
  }
  return goStruct([
    ['status', goString('success')],
    ['data', goArray(data)],
  ]);
}

/** statusJson is `/api/v1/status`. */
export function statusJson(build: BuildInfo, flags: Readonly<Record<string, string>>, startMs: number): string {
  const data = goMap([
    ['build_information', goStringMap(Object.entries(build))],
    ['flags', goStringMap(Object.entries(flags))],
    ['start_time', goString(rfc3339(startMs))],
  ]);
  return goStruct([
    ['status', goString('success')],
    ['data', data],
  ]);
}

function encodeMetric(m: PgMetric): string {
  const labels = goStringMap(m.labels.map((l) => [l.name, l.value] as const));
  const d = m.data;
  switch (d.kind) {
    case 'summary':
      return goMap([
        ['count', goString(String(d.count))],
        ['labels', labels],
        ['quantiles', goStringMap(d.quantiles.map((q) => [formatGoFloat(q.quantile), formatGoFloat(q.value)] as const))],
        ['sum', goString(formatGoFloat(d.sum))],
      ]);
    case 'histogram':
      return goMap([
        ['buckets', goStringMap(d.buckets.map((b) => [formatGoFloat(b.upperBound), String(b.cumulativeCount)] as const))],
        ['count', goString(String(d.count))],
        ['labels', labels],
        ['sum', goString(formatGoFloat(d.sum))],
      ]);
    default:
      return goMap([
        ['labels', labels],
        ['value', goString(formatGoFloat(d.value))],
      ]);
  }
}

/** rfc3339 formats ms since the epoch as Go's time.Time JSON in UTC: the fraction without trailing zeros. */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d+)Z$/, (_, frac: string) => {
    const f = frac.replace(/0+$/, '');
    return f === '' ? 'Z' : `.${f}Z`;
  });
}
