import { goQuote } from '../model/labels';
import { protoText } from './proto-text';
import { PROTO_TYPE, type PgFamily, type PgMetric, type PgMetricType } from './types';

/**
 * checkConsistency gathers family lists in order (the Pushgateway's own
 * metrics first, then the store) and reports what Go's
 * `prometheus.Gatherers.Gather` would reject: a family whose help or type
 * differs from an earlier list's, a name colliding with a summary's or
 * histogram's `_sum`/`_count`/`_bucket`, a metric whose kind is not its
 * family's type, and a metric collected twice with the same labels.
 * Returns the error text (Go's MultiError format when there are several),
 * or undefined when everything is consistent.
 */
export function checkConsistency(lists: readonly (readonly PgFamily[])[]): string | undefined {
  const seen = new Map<string, { help: string | undefined; type: PgMetricType }>();
  const metricKeys = new Set<string>();
  const errors: string[] = [];
  for (const families of lists) {
    for (const mf of families) {
      const existing = seen.get(mf.name);
      if (existing !== undefined) {
        if ((existing.help ?? '') !== (mf.help ?? '')) {
          errors.push(`gathered metric family ${mf.name} has help ${goQuote(mf.help ?? '')} but should have ${goQuote(existing.help ?? '')}`);
          continue;
        }
        if (existing.type !== mf.type) {
          errors.push(`gathered metric family ${mf.name} has type ${PROTO_TYPE[mf.type]} but should have ${PROTO_TYPE[existing.type]}`);
          continue;
        }
      } else {
        const collision = suffixCollision(mf, seen);
        if (collision !== undefined) {
          errors.push(collision);
          continue;
        }
        seen.set(mf.name, { help: mf.help, type: mf.type });
      }
      const type = (existing ?? seen.get(mf.name)!).type;
      for (const m of mf.metrics) {
        const err = metricError(mf.name, type, m, metricKeys);
        if (err !== undefined) errors.push(err);
      }
    }
  }
  if (errors.length === 0) return undefined;
  if (errors.length === 1) return errors[0];
  return `${errors.length} error(s) occurred:` + errors.map((e) => `\n* ${e}`).join('');
}

function metricError(name: string, type: PgMetricType, m: PgMetric, keys: Set<string>): string | undefined {
  const shown = (): string => `collected metric ${goQuote(name)} { ${protoText(m)}}`;
  if (m.data.kind !== type) return `${shown()} is not a ${PROTO_TYPE[type]}`;
  let key = name;
  for (const l of m.labels) key += `\xff${l.name}\xff${l.value}`;
  if (m.timestampMs !== undefined) key += `\xff${m.timestampMs}`;
  if (keys.has(key)) return `${shown()} was collected before with the same name and label values`;
  keys.add(key);
  return undefined;
}

/** suffixCollision is client_golang's check that `x_count` and a summary `x` never coexist (and the like). */
function suffixCollision(mf: PgFamily, seen: ReadonlyMap<string, { type: PgMetricType }>): string | undefined {
  const name = mf.name;
  const suffix = ['_count', '_sum', '_bucket'].find((s) => name.endsWith(s));
  if (suffix !== undefined) {
    const base = name.slice(0, -suffix.length);
    const owner = seen.get(base)?.type;
    if (owner === 'summary' && suffix !== '_bucket') {
      return `collected metric named ${goQuote(name)} collides with previously collected summary named ${goQuote(base)}`;
    }
    if (owner === 'histogram') return `collected metric named ${goQuote(name)} collides with previously collected histogram named ${goQuote(base)}`;
  }
  if (mf.type === 'summary' || mf.type === 'histogram') {
    for (const s of ['_count', '_sum']) {
      if (seen.has(name + s)) return `collected histogram or summary named ${goQuote(name)} collides with previously collected metric named ${goQuote(name + s)}`;
    }
  }
  if (mf.type === 'histogram' && seen.has(name + '_bucket')) {
    return `collected histogram named ${goQuote(name)} collides with previously collected metric named ${goQuote(name + '_bucket')}`;
  }
  return undefined;
}
