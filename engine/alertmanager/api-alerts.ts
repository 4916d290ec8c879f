/**
 * GET/POST /api/v2/alerts and GET /api/v2/alerts/groups with Alertmanager's
 * JSON shapes (key order as go-swagger writes them), filters (`filter`
 * matchers, `active`, `silenced`, `inhibited`, `unprocessed`, `receiver`
 * regex) and error texts.
 */
import { compileRegex, type CompiledMatcher } from '../model/matchers';
import { alertStatus, type AlertStatus, type ApiState } from './api-state';
import { boolParam, contentType, emptyResponse, jsonBody, jsonResponse, queryValues, swaggerError, type AmApiRequest, type AmApiResponse } from './api-types';
import { compareLabelSets, sortAlerts } from './label-sets';
import { matchesLabelSet, parseMatcher } from './matchers';
import { matchRoutes } from './route';
import { formatApiTime } from './time';
import type { Alert, PostableAlert } from './types';
import { sorted } from './webhook';

interface AlertFilter {
  readonly matchers: CompiledMatcher[];
  readonly active: boolean;
  readonly silenced: boolean;
  readonly inhibited: boolean;
  readonly receiver: RegExp | null;
}

/** readFilter binds the shared query parameters, or returns the error response. */
function readFilter(req: AmApiRequest): AlertFilter | AmApiResponse {
  const flags: Record<string, boolean> = {};
  for (const key of ['active', 'silenced', 'inhibited', 'unprocessed']) {
    const v = boolParam(req, key, true);
    if (typeof v !== 'boolean') return v;
    flags[key] = v;
  }
  let matchers: CompiledMatcher[];
  try {
    matchers = queryValues(req, 'filter').map(parseMatcher);
  } catch (e) {
    return jsonResponse(400, (e as Error).message);
  }
  let receiver: RegExp | null = null;
  const r = queryValues(req, 'receiver')[0];
  if (r !== undefined && r !== '') {
    try {
      receiver = compileRegex(r);
    } catch (e) {
      return jsonResponse(400, `error parsing regexp: ${(e as Error).message}`);
    }
  }
  return { matchers, active: flags['active']!, silenced: flags['silenced']!, inhibited: flags['inhibited']!, receiver };
}

function passes(f: AlertFilter, a: Alert, status: AlertStatus, nowMs: number): boolean {
  // Alerts whose endsAt lies in the past are resolved and not listed.
  if (a.endsAtMs < nowMs) return false;
  if (!f.active && status.state === 'active') return false;
  if (!f.silenced && status.silencedBy.length > 0) return false;
  if (!f.inhibited && status.inhibitedBy.length > 0) return false;
  return matchesLabelSet(f.matchers, a.labels);
}

/** gettableAlert is one alert in the API's key order. */
function gettableAlert(a: Alert, status: AlertStatus, receivers: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    annotations: sorted(a.annotations),
    endsAt: formatApiTime(a.endsAtMs),
    fingerprint: a.fingerprint,
    receivers: receivers.map((name) => ({ name })),
    startsAt: formatApiTime(a.startsAtMs),
    status,
    updatedAt: formatApiTime(a.updatedAtMs),
  };
  if (a.generatorURL !== '') out['generatorURL'] = a.generatorURL;
  out['labels'] = sorted(a.labels);
  return out;
}

/** getAlerts answers GET /api/v2/alerts, sorted by fingerprint. */
export function getAlerts(state: ApiState, req: AmApiRequest, nowMs: number): AmApiResponse {
  const f = readFilter(req);
  if ('status' in f) return f;
  const out: Record<string, unknown>[] = [];
  for (const a of [...state.alerts()].sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : 1))) {
    const receivers = matchRoutes(state.route, a.labels).map((r) => r.opts.receiver);
    if (f.receiver !== null && !receivers.some((r) => f.receiver!.test(r))) continue;
    const status = alertStatus(state, a, nowMs);
    if (!passes(f, a, status, nowMs)) continue;
    out.push(gettableAlert(a, status, receivers));
  }
  return jsonResponse(200, out);
}

/** getAlertGroups answers GET /api/v2/alerts/groups: sorted by group labels then receiver. */
export function getAlertGroups(state: ApiState, req: AmApiRequest, nowMs: number): AmApiResponse {
  const f = readFilter(req);
  if ('status' in f) return f;
  const receiversOf = new Map<string, string[]>();
  const groups: { labels: Record<string, string>; receiver: string; alerts: Alert[] }[] = [];
  for (const g of state.groups()) {
    const receiver = g.route.opts.receiver;
    if (f.receiver !== null && !f.receiver.test(receiver)) continue;
    const alerts = [...g.alerts.values()].filter((a) => passes(f, a, alertStatus(state, a, nowMs), nowMs));
    if (alerts.length === 0) continue;
    for (const a of alerts) receiversOf.set(a.fingerprint, [...(receiversOf.get(a.fingerprint) ?? []), receiver]);
    groups.push({ labels: { ...g.labels }, receiver, alerts });
  }
  groups.sort((a, b) => compareLabelSets(a.labels, b.labels) || (a.receiver < b.receiver ? -1 : a.receiver > b.receiver ? 1 : 0));
  return jsonResponse(200, groups.map((g) => ({
    alerts: sortAlerts(g.alerts).map((a) => gettableAlert(a, alertStatus(state, a, nowMs), [...(receiversOf.get(a.fingerprint) ?? [])].sort())),
    labels: sorted(g.labels),
    receiver: { name: g.receiver },
  })));
}

/** postAlerts answers POST /api/v2/alerts: 200 when all were valid, else 400 listing the errors. */
export function postAlerts(state: ApiState, req: AmApiRequest, nowMs: number): AmApiResponse {
  const bound = jsonBody(req, 'alerts');
  if (!bound.ok) return bound.response;
  const parsed = bound.value;
  if (!Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : typeof parsed === 'object' ? 'object' : typeof parsed;
    return swaggerError(400, 400, `parsing alerts body from ${JSON.stringify(contentType(req))} failed, because json: cannot unmarshal ${kind} into Go value of type models.PostableAlerts`);
  }
  const missing = parsed.flatMap((a, i) => (typeof a !== 'object' || a === null || !('labels' in a) ? [`${i}.labels in body is required`] : []));
  if (missing.length === 1) return swaggerError(422, 602, missing[0]!);
  if (missing.length > 1) return swaggerError(422, 422, `validation failure list:\n${missing.join('\n')}`);
  let result;
  try {
    result = state.receiveAlerts(parsed as PostableAlert[], nowMs);
  } catch (e) {
    return swaggerError(400, 400, `parsing alerts body from ${JSON.stringify(contentType(req))} failed, because ${(e as Error).message}`);
  }
  if (result.errors.length > 0) return jsonResponse(400, result.errors.join('; '));
  return emptyResponse(200);
}
