/**
 * GET/POST /api/v2/silences, GET/DELETE /api/v2/silence/{id}: the shapes
 * amtool reads and writes, go-swagger's body validation (`createdBy in body
 * is required`), and the handler's own checks, in Alertmanager's order and
 * wording.
 */
import type { ApiState } from './api-state';
import { contentType, emptyResponse, jsonBody, jsonResponse, queryValues, swaggerError, type AmApiRequest, type AmApiResponse } from './api-types';
import { parseMatcher } from './matchers';
import { SilenceError, silenceState, type Silence, type SilenceMatcher } from './silences';
import { formatApiTime, parseRfc3339 } from './time';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** gettableSilence is one silence in the API's key order. */
function gettableSilence(s: Silence, nowMs: number): Record<string, unknown> {
  return {
    id: s.id,
    status: { state: silenceState(s, nowMs) },
    updatedAt: formatApiTime(s.updatedAtMs),
    comment: s.comment,
    createdBy: s.createdBy,
    endsAt: formatApiTime(s.endsAtMs),
    matchers: s.matchers.map((m) => ({ isEqual: m.isEqual, isRegex: m.isRegex, name: m.name, value: m.value })),
    startsAt: formatApiTime(s.startsAtMs),
  };
}

/** getSilences lists silences: active by end time, then pending by start time, then expired, latest end first. */
export function getSilences(state: ApiState, req: AmApiRequest, nowMs: number): AmApiResponse {
  let filters;
  try {
    filters = queryValues(req, 'filter').map(parseMatcher);
  } catch (e) {
    return jsonResponse(400, (e as Error).message);
  }
  const rank = { active: 0, pending: 1, expired: 2 } as const;
  const list = state.silences.list().filter((s) => filters.every((f) => {
    const m = s.matchers.find((x) => x.name === f.name);
    return m !== undefined && f.matches(m.value);
  }));
  list.sort((a, b) => {
    const sa = silenceState(a, nowMs);
    const sb = silenceState(b, nowMs);
    if (sa !== sb) return rank[sa] - rank[sb];
    if (sa === 'active') return a.endsAtMs - b.endsAtMs;
    if (sa === 'pending') return a.startsAtMs - b.startsAtMs;
    return b.endsAtMs - a.endsAtMs;
  });
  return jsonResponse(200, list.map((s) => gettableSilence(s, nowMs)));
}

/** getSilence answers one silence, 404 without a body when unknown. */
export function getSilence(state: ApiState, id: string, nowMs: number): AmApiResponse {
  if (!UUID.test(id)) return swaggerError(422, 601, `silenceID in path must be of type uuid: ${JSON.stringify(id)}`);
  const s = state.silences.get(id);
  return s === undefined ? emptyResponse(404) : jsonResponse(200, gettableSilence(s, nowMs));
}

/** deleteSilence expires a silence. */
export function deleteSilence(state: ApiState, id: string, nowMs: number): AmApiResponse {
  if (!UUID.test(id)) return swaggerError(422, 601, `silenceID in path must be of type uuid: ${JSON.stringify(id)}`);
  try {
    state.silences.expire(id, nowMs);
  } catch (e) {
    if (e instanceof SilenceError && e.status === 404) return emptyResponse(404);
    return jsonResponse(500, (e as Error).message);
  }
  return emptyResponse(200);
}

/** postSilence creates or updates a silence and answers `{"silenceID": …}`. */
export function postSilence(state: ApiState, req: AmApiRequest, nowMs: number): AmApiResponse {
  const bound = jsonBody(req, 'silence');
  if (!bound.ok) return bound.response;
  const body = bound.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return swaggerError(400, 400, `parsing silence body from ${JSON.stringify(contentType(req))} failed, because json: cannot unmarshal ${Array.isArray(body) ? 'array' : typeof body} into Go value of type models.PostableSilence`);
  }
  const b = body as Record<string, unknown>;
  const missing: string[] = [];
  for (const key of ['comment', 'createdBy', 'endsAt', 'matchers', 'startsAt']) if (b[key] === undefined || b[key] === null) missing.push(`${key} in body is required`);
  const rawMatchers = Array.isArray(b['matchers']) ? (b['matchers'] as unknown[]) : [];
  rawMatchers.forEach((m, i) => {
    const o = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
    for (const key of ['isRegex', 'name', 'value']) if (o[key] === undefined || o[key] === null) missing.push(`matchers.${i}.${key} in body is required`);
  });
  if (Array.isArray(b['matchers']) && rawMatchers.length === 0) missing.push('matchers in body should have at least 1 items');
  if (missing.length === 1) return swaggerError(422, missing[0]!.includes('at least') ? 612 : 602, missing[0]!);
  if (missing.length > 1) return swaggerError(422, 422, `validation failure list:\n${missing.join('\n')}`);

  let startsAtMs: number;
  let endsAtMs: number;
  try {
    startsAtMs = parseRfc3339(String(b['startsAt'])) ?? 0;
    endsAtMs = parseRfc3339(String(b['endsAt'])) ?? 0;
  } catch (e) {
    return swaggerError(400, 400, `parsing silence body from ${JSON.stringify(contentType(req))} failed, because ${(e as Error).message}`);
  }
  const matchers: SilenceMatcher[] = rawMatchers.map((m) => {
    const o = m as Record<string, unknown>;
    return { name: String(o['name']), value: String(o['value']), isRegex: o['isRegex'] === true, isEqual: o['isEqual'] !== false };
  });
  if (startsAtMs >= endsAtMs) return jsonResponse(400, 'Failed to create silence: start time must be before end time');
  if (endsAtMs < nowMs) return jsonResponse(400, "Failed to create silence: end time can't be in the past");
  try {
    const id = state.silences.set({
      id: typeof b['id'] === 'string' ? b['id'] : undefined,
      matchers, startsAtMs, endsAtMs, createdBy: String(b['createdBy']), comment: String(b['comment']),
    }, nowMs);
    return jsonResponse(200, { silenceID: id });
  } catch (e) {
    if (e instanceof SilenceError) return jsonResponse(e.status === 404 ? 404 : 400, e.message);
    throw e;
  }
}
