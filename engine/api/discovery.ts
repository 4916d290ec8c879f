import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError, invalidParam, messageOf } from './errors';
import { parseMatchersParam } from './matchers';
import { RawJson } from './json';
import { MAX_TIME_NS, MIN_TIME_NS, parseTimeParam } from './params';

/**
 * Endpoints about scraping, rules and alerting. This server serves a loaded
 * data file: it has no targets, rule groups or Alertmanagers, so these answer
 * with Prometheus's shapes and empty lists (clients such as Grafana probe them).
 */

/** handleTargets serves /api/v1/targets; `state` picks active, dropped or any. */
export function handleTargets(ctx: HandlerContext): HandlerResult {
  const state = ctx.urlQuery.get('state').toLowerCase();
  const showDropped = state === '' || state === 'any' || state === 'dropped';
  // Both lists are empty either way; Go leaves the counts map nil (null) when dropped targets are not requested.
  return ok({ activeTargets: [], droppedTargets: [], droppedTargetCounts: showDropped ? {} : null });
}

export function handleScrapePools(): HandlerResult {
  return ok({ scrapePools: [] });
}

export function handleAlertmanagers(): HandlerResult {
  return ok({ activeAlertmanagers: [], droppedAlertmanagers: [] });
}

export function handleAlerts(): HandlerResult {
  return ok({ alerts: [] });
}

/** handleRules serves /api/v1/rules with Prometheus's parameter validation and no groups. */
export function handleRules(ctx: HandlerContext): HandlerResult {
  if (ctx.formError !== undefined) return fail(new ApiError('bad_data', `error parsing form values: ${ctx.formError}`));
  try {
    parseMatchersParam(ctx.deps.parser, ctx.form.getAll('match[]'));
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
  if (groupLimit !== '') {
    if (!/^[+-]?\d+$/.test(groupLimit) || Math.abs(Number(groupLimit)) > 2 ** 31 - 1) {
      const why = /^[+-]?\d+$/.test(groupLimit) ? 'value out of range' : 'invalid syntax';
      return fail(invalidParam('group_limit', `group_limit needs to be a valid number: strconv.ParseInt: parsing ${JSON.stringify(groupLimit)}: ${why}`));
    }
    if (Number(groupLimit) <= 0) return fail(invalidParam('group_limit', 'group_limit needs to be greater than 0'));
    // With no groups the token can never be found.
    if (nextToken !== '') return fail(invalidParam('group_next_token', `invalid group_next_token '${nextToken}'. were rule groups changed?`));
  }
  return ok({ groups: [] });
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
