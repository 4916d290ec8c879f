import type { HandlerContext } from './context';
import type { RulesQuery } from './deps';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError, invalidParam, messageOf } from './errors';
import { parseGoInt } from './go-parse';
import { parseMatchersParam } from './matchers';
import { RawJson, type JsonValue } from './json';
import { MAX_TIME_NS, MIN_TIME_NS, parseTimeParam } from './params';
import { compileMatcher } from '../model/matchers';

/**
 * Endpoints about scraping, rules and alerting. They answer from
 * `deps.world` when a live world backs the API; a server over a data file
 * has no targets, rule groups or Alertmanagers, so then they answer with
 * Prometheus's shapes and empty lists (clients such as Grafana probe them).
 */

/** handleTargets serves /api/v1/targets; `state` picks active, dropped or any. */
export function handleTargets(ctx: HandlerContext): HandlerResult {
  const state = ctx.urlQuery.get('state').toLowerCase();
  const world = ctx.deps.world;
  if (world !== undefined) return ok(world.targets(state, ctx.urlQuery.get('scrapePool')));
  const showDropped = state === '' || state === 'any' || state === 'dropped';
  // Both lists are empty either way; Go leaves the counts map nil (null) when dropped targets are not requested.
  return ok({ activeTargets: [], droppedTargets: [], droppedTargetCounts: showDropped ? {} : null });
}

/** handleTargetsMetadata serves /api/v1/targets/metadata: what each target's scrapes declared (TYPE, HELP, UNIT). */
export function handleTargetsMetadata(ctx: HandlerContext): HandlerResult {
  let limit = -1;
  const s = ctx.form.get('limit');
  if (s !== '') {
    const r = parseGoInt(s);
    if (r.error !== undefined) return fail(new ApiError('bad_data', 'limit must be a number'));
    limit = r.value;
  }
  const matchTarget = ctx.form.get('match_target');
  let matchers: ReturnType<typeof compileMatcher>[] = [];
  if (matchTarget !== '') {
    try {
      matchers = ctx.deps.parser.parseMetricSelector(matchTarget).map(compileMatcher);
    } catch (e) {
      return fail(invalidParam('match_target', e));
    }
  }
  const world = ctx.deps.world;
  return ok(world === undefined ? [] : world.targetsMetadata(matchers, ctx.form.get('metric'), limit));
}

export function handleScrapePools(ctx: HandlerContext): HandlerResult {
  return ok({ scrapePools: [...(ctx.deps.world?.scrapePools() ?? [])] });
}

export function handleAlertmanagers(ctx: HandlerContext): HandlerResult {
  return ok(ctx.deps.world?.alertmanagers() ?? { activeAlertmanagers: [], droppedAlertmanagers: [] });
}

export function handleAlerts(ctx: HandlerContext): HandlerResult {
  return ok(ctx.deps.world?.alerts() ?? { alerts: [] });
}

/** handleRules serves /api/v1/rules with Prometheus's parameter validation, filters and paging. */
export function handleRules(ctx: HandlerContext): HandlerResult {
  if (ctx.formError !== undefined) return fail(new ApiError('bad_data', `error parsing form values: ${ctx.formError}`));
  let match: ReturnType<typeof parseMatchersParam>;
  try {
    match = parseMatchersParam(ctx.deps.parser, ctx.form.getAll('match[]'));
  } catch (e) {
    return fail(new ApiError('bad_data', messageOf(e)));
  }
  const type = ctx.urlQuery.get('type').toLowerCase();
  if (type !== '' && type !== 'alert' && type !== 'record') return fail(invalidParam('type', `not supported value ${JSON.stringify(type)}`));
  const exclude = ctx.urlQuery.get('exclude_alerts').toLowerCase();
  if (exclude !== '' && !['1', 't', 'true', '0', 'f', 'false'].includes(exclude)) {
    return fail(invalidParam('exclude_alerts', `error converting exclude_alerts: strconv.ParseBool: parsing ${JSON.stringify(exclude)}: invalid syntax`));
  }
  const groupLimit = ctx.urlQuery.get('group_limit');
  const nextToken = ctx.urlQuery.get('group_next_token');
  if (nextToken !== '' && groupLimit === '') {
    return fail(invalidParam('group_next_token', 'group_limit needs to be present in order to paginate over the groups'));
  }
  let maxGroups = 0;
  if (groupLimit !== '') {
    if (!/^[+-]?\d+$/.test(groupLimit) || Math.abs(Number(groupLimit)) > 2 ** 31 - 1) {
      const why = /^[+-]?\d+$/.test(groupLimit) ? 'value out of range' : 'invalid syntax';
      return fail(invalidParam('group_limit', `group_limit needs to be a valid number: strconv.ParseInt: parsing ${JSON.stringify(groupLimit)}: ${why}`));
    }
    if (Number(groupLimit) <= 0) return fail(invalidParam('group_limit', 'group_limit needs to be greater than 0'));
    maxGroups = Number(groupLimit);
  }
  const world = ctx.deps.world;
  const query: RulesQuery = {
    type,
    ruleNames: ctx.form.getAll('rule_name[]'),
    groupNames: ctx.form.getAll('rule_group[]'),
    files: ctx.form.getAll('file[]'),
    match,
    excludeAlerts: exclude === '1' || exclude === 't' || exclude === 'true',
  };
  const groups = world?.ruleGroups(query) ?? [];
  let start = 0;
  if (nextToken !== '') {
    start = groups.findIndex((g) => ruleGroupToken(g.file, g.name) === nextToken);
    if (start < 0) return fail(invalidParam('group_next_token', `invalid group_next_token '${nextToken}'. were rule groups changed?`));
  }
  const page = maxGroups > 0 ? groups.slice(start, start + maxGroups) : groups.slice(start);
  const data: { [k: string]: JsonValue } = { groups: page.map((g) => g.json) };
  const next = maxGroups > 0 ? groups[start + maxGroups] : undefined;
  if (next !== undefined) data['groupNextToken'] = ruleGroupToken(next.file, next.name);
  return ok(data);
}

/**
 * ruleGroupToken is the opaque page token naming a group. Prometheus uses
 * the SHA-1 of `file;group`; any stable hash serves, as clients only echo it.
 */
function ruleGroupToken(file: string, group: string): string {
  const s = `${file};${group}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** handleExemplars serves /api/v1/query_exemplars: the data file carries no exemplars. */
export function handleExemplars(ctx: HandlerContext): HandlerResult {
  let start: bigint;
  let end: bigint;
  try {
    start = parseTimeParam(ctx.form, 'start', MIN_TIME_NS);
  } catch (e) {
    return fail(invalidParam('start', e));
  }
  try {
    end = parseTimeParam(ctx.form, 'end', MAX_TIME_NS);
  } catch (e) {
    return fail(invalidParam('end', e));
  }
  if (end < start) return fail(new ApiError('bad_data', 'end timestamp must not be before start timestamp'));
  try {
    ctx.deps.parser.parseExpr(ctx.form.get('query'));
  } catch (e) {
    return fail(new ApiError('bad_data', messageOf(e)));
  }
  return ok(new RawJson('[]'));
}

/** handleNotifications serves /api/v1/notifications: nothing to report. */
export function handleNotifications(): HandlerResult {
  return ok([]);
}
