import type { GroupingLabels } from './path';
import { groupingKeyString } from './path';
import type { LabelPair, PgFamily, PgMetric } from './types';

export const PUSH_TIME = 'push_time_seconds';
const PUSH_TIME_HELP = 'Last Unix time when changing this group in the Pushgateway succeeded.';
export const PUSH_FAILURE_TIME = 'push_failure_time_seconds';
const PUSH_FAILURE_TIME_HELP = 'Last Unix time when changing this group in the Pushgateway failed.';

/** StoredFamily is a family with the time (ms) of the push that last set it. */
export interface StoredFamily {
  readonly family: PgFamily;
  readonly tMs: number;
}

/** Group is one grouping key's metrics, including its push_time_seconds and push_failure_time_seconds. */
export interface Group {
  readonly key: string;
  readonly labels: GroupingLabels;
  readonly families: Map<string, StoredFamily>;
}

/** Store maps grouping-key strings to groups. Mutated only by the functions below. */
export type Store = Map<string, Group>;

/** WriteRequest is a push (families set) or a delete (families null). */
export interface WriteRequest {
  readonly labels: GroupingLabels;
  readonly tMs: number;
  readonly families: ReadonlyMap<string, PgFamily> | null;
  /** PUT replaces the whole group; POST only same-named families. */
  readonly replace: boolean;
}

/**
 * applyWrite performs an accepted write as the Pushgateway does: a delete
 * removes the group; a push creates the group if needed, drops the old
 * families first when replacing (keeping the push_* gauges), stores the
 * pushed families with the push time, sets push_time_seconds, and creates
 * push_failure_time_seconds (0) if the group has none yet.
 */
export function applyWrite(store: Store, wr: WriteRequest): void {
  const key = groupingKeyString(wr.labels);
  if (wr.families === null) {
    store.delete(key);
    return;
  }
  const group = groupFor(store, key, wr.labels);
  if (wr.replace) {
    for (const name of [...group.families.keys()]) if (name !== PUSH_TIME && name !== PUSH_FAILURE_TIME) group.families.delete(name);
  }
  const pushed = new Map(wr.families);
  pushed.set(PUSH_TIME, timestampGauge(PUSH_TIME, PUSH_TIME_HELP, wr.labels, wr.tMs));
  if (!group.families.has(PUSH_FAILURE_TIME)) pushed.set(PUSH_FAILURE_TIME, timestampGauge(PUSH_FAILURE_TIME, PUSH_FAILURE_TIME_HELP, wr.labels, 0));
  for (const [name, family] of pushed) group.families.set(name, { family, tMs: wr.tMs });
}

/** recordFailure sets push_failure_time_seconds for a rejected push, creating the group (with push_time_seconds 0) if needed. */
export function recordFailure(store: Store, labels: GroupingLabels, tMs: number): void {
  const group = groupFor(store, groupingKeyString(labels), labels);
  group.families.set(PUSH_FAILURE_TIME, { family: timestampGauge(PUSH_FAILURE_TIME, PUSH_FAILURE_TIME_HELP, labels, tMs), tMs });
  if (!group.families.has(PUSH_TIME)) group.families.set(PUSH_TIME, { family: timestampGauge(PUSH_TIME, PUSH_TIME_HELP, labels, 0), tMs });
}

/** copyStore copies the group maps so a trial write cannot touch the original (families are immutable). */
export function copyStore(store: Store): Store {
  const out: Store = new Map();
  for (const [k, g] of store) out.set(k, { ...g, families: new Map(g.families) });
  return out;
}

/** lastPushSuccessful is true unless the last failure is later than the last success. */
export function lastPushSuccessful(group: Group): boolean {
  const fail = gaugeValue(group.families.get(PUSH_FAILURE_TIME));
  const ok = gaugeValue(group.families.get(PUSH_TIME));
  if (fail === undefined || ok === undefined) return true;
  return fail <= ok;
}

function gaugeValue(f: StoredFamily | undefined): number | undefined {
  const d = f?.family.metrics[0]?.data;
  return d !== undefined && d.kind !== 'summary' && d.kind !== 'histogram' ? d.value : undefined;
}

function groupFor(store: Store, key: string, labels: GroupingLabels): Group {
  let group = store.get(key);
  if (group === undefined) {
    group = { key, labels, families: new Map() };
    store.set(key, group);
  }
  return group;
}

/** timestampGauge builds push_time_seconds / push_failure_time_seconds; 0 ms means "never" and is exposed as 0. */
function timestampGauge(name: string, help: string, labels: GroupingLabels, tMs: number): PgFamily {
  // Go computes float64(UnixNano)/1e9; the same two roundings from ms give the same float.
  const seconds = tMs === 0 ? 0 : (tMs * 1e6) / 1e9;
  const metric: PgMetric = { labels: [], data: { kind: 'gauge', value: seconds } };
  return { name, type: 'gauge', help, metrics: [sanitizeMetric(metric, labels)] };
}

/**
 * sanitizeFamily forces the grouping labels onto every metric (the path
 * wins over pushed label values), adds `instance=""` where no instance
 * label exists, and sorts the labels by name.
 */
export function sanitizeFamily(family: PgFamily, labels: GroupingLabels): PgFamily {
  return { ...family, metrics: family.metrics.map((m) => sanitizeMetric(m, labels)) };
}

function sanitizeMetric(m: PgMetric, grouping: GroupingLabels): PgMetric {
  const out = new Map<string, string>();
  for (const l of m.labels) out.set(l.name, l.value);
  for (const [n, v] of grouping) out.set(n, v);
  if (!out.has('instance')) out.set('instance', '');
  const labels: LabelPair[] = [...out].map(([name, value]) => ({ name, value }));
  labels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...m, labels };
}

/**
 * mergedFamilies combines all groups' families into one list, the way the
 * Pushgateway gathers its store: same-named families share one entry whose
 * type and HELP come from the first group visited (help strings may
 * differ between groups; the first wins), with all groups' metrics
 * appended. Families named like the Pushgateway's own metrics take its help
 * string. Groups are visited with `firstKey` first, then in key order
 * (Go visits them in random order; we pick a deterministic one).
 */
export function mergedFamilies(store: Store, ownHelp: ReadonlyMap<string, string>, firstKey?: string): PgFamily[] {
  const sorted = [...store.keys()].sort();
  const keys = firstKey !== undefined && store.has(firstKey) ? [firstKey, ...sorted.filter((k) => k !== firstKey)] : sorted;
  const result: PgFamily[] = [];
  const pos = new Map<string, number>();
  for (const key of keys) {
    const group = store.get(key)!;
    for (const name of [...group.families.keys()].sort()) {
      const family = group.families.get(name)!.family;
      const at = pos.get(name);
      if (at !== undefined) {
        const existing = result[at]!;
        result[at] = { ...existing, metrics: [...existing.metrics, ...family.metrics] };
        continue;
      }
      const help = ownHelp.get(name);
      pos.set(name, result.length);
      result.push(help !== undefined && help !== family.help ? { ...family, help } : family);
    }
  }
  return result;
}
