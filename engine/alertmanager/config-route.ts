/**
 * Reading the `route` tree of alertmanager.yml. Each node keeps what was
 * written (undefined = inherit); `route.ts` applies inheritance and defaults.
 * Validation messages are Alertmanager's.
 */
import type { CompiledMatcher } from '../model/matchers';
import { configError } from './config-error';
import type { RouteConfig } from './config-types';
import { asMap, bool, duration, has, list, posOf, str, strList, strMap, type YMap, type YNode } from './config-yaml';
import { newMatcher, parseMatchers, sortMatchers } from './matchers';

const ROUTE_KEYS = [
  'receiver', 'group_by', 'continue', 'matchers', 'match', 'match_re', 'routes',
  'group_wait', 'group_interval', 'repeat_interval', 'mute_time_intervals', 'active_time_intervals',
];
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** parseRoute reads one route node and its children. */
export function parseRoute(n: YNode): RouteConfig {
  const m = asMap(n, ROUTE_KEYS);
  const groupBy = strList(m, 'group_by');
  if (groupBy !== undefined) checkGroupBy(m, groupBy);
  const groupIntervalMs = duration(m, 'group_interval');
  if (groupIntervalMs === 0) throw configError(posOf(m, 'group_interval'), 'group_interval cannot be zero');
  const repeatIntervalMs = duration(m, 'repeat_interval');
  if (repeatIntervalMs === 0) throw configError(posOf(m, 'repeat_interval'), 'repeat_interval cannot be zero');
  return {
    pos: m.pos,
    receiver: str(m, 'receiver'),
    receiverPos: posOf(m, 'receiver'),
    groupBy,
    matchers: readMatchers(m, 'match', 'match_re', 'matchers'),
    continue: bool(m, 'continue') ?? false,
    groupWaitMs: duration(m, 'group_wait'),
    groupIntervalMs,
    repeatIntervalMs,
    muteTimeIntervals: strList(m, 'mute_time_intervals') ?? [],
    activeTimeIntervals: strList(m, 'active_time_intervals') ?? [],
    routes: list(m, 'routes').map(parseRoute),
  };
}

/** hasAnyMatchers reports whether a route node sets match, match_re or matchers. */
export function hasAnyMatchers(n: YNode | undefined): boolean {
  if (n === undefined || n.kind !== 'map') return false;
  return has(n, 'match') || has(n, 'match_re') || has(n, 'matchers');
}

/**
 * readMatchers merges the deprecated `match`/`match_re` maps with the new
 * `matchers` list and sorts them, as Alertmanager does when it builds a route
 * or an inhibit rule. Sorting matters: the sorted list is part of the route key.
 */
export function readMatchers(m: YMap, matchKey: string, matchReKey: string, matchersKey: string): CompiledMatcher[] {
  const out: CompiledMatcher[] = [];
  for (const [name, { value, pos }] of strMap(m, matchKey)) {
    if (!LABEL_NAME.test(name)) throw configError(pos, `invalid label name ${JSON.stringify(name)}`);
    out.push(newMatcher('=', name, value));
  }
  for (const [name, { value, pos }] of strMap(m, matchReKey)) {
    if (!LABEL_NAME.test(name)) throw configError(pos, `invalid label name ${JSON.stringify(name)}`);
    try {
      out.push(newMatcher('=~', name, value));
    } catch (e) {
      throw configError(pos, (e as Error).message);
    }
  }
  for (const item of list(m, matchersKey)) {
    if (item.kind !== 'scalar') throw configError(item.pos, `yaml: unmarshal errors:\n  line ${item.pos.line}: cannot unmarshal !!${item.kind} into string`);
    try {
      out.push(...parseMatchers(String(item.value)));
    } catch (e) {
      throw configError(item.pos, (e as Error).message);
    }
  }
  return sortMatchers(out);
}

function checkGroupBy(m: YMap, groupBy: readonly string[]): void {
  const pos = posOf(m, 'group_by');
  const seen = new Set<string>();
  for (const l of groupBy) {
    if (l !== '...' && !LABEL_NAME.test(l)) throw configError(pos, `invalid label name ${JSON.stringify(l)} in group_by list`);
    if (seen.has(l)) throw configError(pos, `duplicated label ${JSON.stringify(l)} in group_by`);
    seen.add(l);
  }
  if (seen.has('...') && groupBy.length > 1) {
    throw configError(pos, 'cannot have wildcard group_by (`...`) and other other labels at the same time');
  }
}
