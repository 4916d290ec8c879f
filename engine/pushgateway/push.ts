import { ExpositionError } from '../exposition/index';
import { checkConsistency } from './consistency';
import { recordEvent } from './events';
import { familiesFromText } from './families';
import { empty, httpError, type PushgatewayResponse } from './http';
import { groupingKeyString, parseGroupingKey, type GroupingLabels, type PushRoute } from './path';
import { countRequest, observePush, SELF_HELP, selfFamilies } from './self-metrics';
import type { PushgatewayState } from './state';
import { applyWrite, copyStore, mergedFamilies, recordFailure, sanitizeFamily } from './store';
import type { PgFamily } from './types';

const INCONSISTENT = 'pushed metrics are invalid or inconsistent with existing metrics: ';
const PROTOBUF = 'application/vnd.google.protobuf';

/** PushInput is one PUT or POST; `requestBytes` approximates the request's size for the size summary. */
export interface PushInput {
  readonly method: 'PUT' | 'POST';
  readonly route: PushRoute;
  readonly body: string;
  readonly contentType: string | undefined;
  readonly nowMs: number;
  readonly requestBytes: number;
}

/**
 * handlePush is `PUT`/`POST /metrics/job/<job>{/<label>/<value>}`. The body
 * is read as the text format (the real Pushgateway also takes delimited
 * protobuf, which a string body cannot carry). A push is rejected, leaving
 * the group's metrics unchanged, when the body does not parse (nothing
 * recorded), when samples carry timestamps or when the result would be
 * inconsistent (both recorded as push_failure_time_seconds).
 */
export function handlePush(s: PushgatewayState, p: PushInput): PushgatewayResponse {
  const { method, nowMs } = p;
  observePush(s.self, method, nowMs, p.requestBytes);
  const res = push(s, p);
  countRequest(s.self, 'push', res.response.status, method);
  recordEvent(s.events, {
    kind: 'push',
    method,
    groupingKey: res.labels === undefined ? {} : Object.fromEntries(res.labels),
    tMs: nowMs,
    ok: res.response.status < 300,
    status: res.response.status,
    ...(res.response.status < 300 ? {} : { error: res.response.body.trimEnd() }),
  });
  return res.response;
}

function push(s: PushgatewayState, { method, route, body, contentType, nowMs }: PushInput): { response: PushgatewayResponse; labels?: GroupingLabels } {
  const key = parseGroupingKey(route);
  if (!key.ok) return { response: httpError(key.status, key.message) };
  const labels = key.labels;
  if (contentType !== undefined && contentType.split(';')[0]!.trim().toLowerCase() === PROTOBUF) {
    return { response: httpError(400, 'protobuf pushes are not supported by this Pushgateway; push the text format'), labels };
  }
  let parsed: Map<string, PgFamily>;
  try {
    parsed = familiesFromText(body);
  } catch (e) {
    if (e instanceof ExpositionError) return { response: httpError(400, e.message), labels };
    throw e;
  }
  if ([...parsed.values()].some((f) => f.metrics.some((m) => m.timestampMs !== undefined))) {
    recordFailure(s.store, labels, nowMs);
    return { response: httpError(400, INCONSISTENT + 'pushed metrics must not have timestamps'), labels };
  }
  const families = new Map([...parsed].map(([name, f]) => [name, sanitizeFamily(f, labels)]));
  const wr = { labels, tMs: nowMs, families, replace: method === 'PUT' };
  // Try the write on a copy, then check the whole result as a scrape would see it.
  const trial = copyStore(s.store);
  applyWrite(trial, wr);
  const err = checkConsistency([selfFamilies(s.self, s.build, nowMs), mergedFamilies(trial, SELF_HELP, groupingKeyString(labels))]);
  if (err !== undefined) {
    recordFailure(s.store, labels, nowMs);
    return { response: httpError(400, INCONSISTENT + err), labels };
  }
  applyWrite(s.store, wr);
  return { response: empty(200), labels };
}

/** handleDelete is `DELETE /metrics/job/<job>{/<label>/<value>}`: always 202 once the path is valid, even for unknown groups. */
export function handleDelete(s: PushgatewayState, route: PushRoute, nowMs: number): PushgatewayResponse {
  const key = parseGroupingKey(route);
  const response = key.ok ? empty(202) : httpError(key.status, key.message);
  if (key.ok) applyWrite(s.store, { labels: key.labels, tMs: nowMs, families: null, replace: true });
  countRequest(s.self, 'delete', response.status, 'DELETE');
  recordEvent(s.events, {
    kind: 'delete',
    method: 'DELETE',
    groupingKey: key.ok ? Object.fromEntries(key.labels) : {},
    tMs: nowMs,
    ok: key.ok,
    status: response.status,
    ...(key.ok ? {} : { error: response.body.trimEnd() }),
  });
  return response;
}

/** handleWipe is the admin API's wipe: every group is deleted, one delete event each (the real wipe queues one delete per group). */
export function handleWipe(s: PushgatewayState, method: 'PUT' | 'DELETE', nowMs: number): PushgatewayResponse {
  for (const key of [...s.store.keys()].sort()) {
    const group = s.store.get(key)!;
    applyWrite(s.store, { labels: group.labels, tMs: nowMs, families: null, replace: true });
    recordEvent(s.events, { kind: 'delete', method: 'DELETE', groupingKey: Object.fromEntries(group.labels), tMs: nowMs, ok: true, status: 202 });
  }
  countRequest(s.self, 'wipe', 202, method);
  return empty(202);
}
