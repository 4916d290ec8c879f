import { encodeJson, jsonString, type JsonValue } from './json';
import { ApiError, STATUS_BY_ERROR_TYPE } from './errors';
import type { ApiResponse } from './types';

/**
 * The response envelope: `{"status":"success","data":…,"warnings":[…],"infos":[…]}`
 * or `{"status":"error","errorType":…,"error":…}`, fields in Prometheus's
 * order and omitted when empty as Go's omitempty does.
 */

/** HandlerResult is what an endpoint returns before it becomes an HTTP response. */
export type HandlerResult =
  | { readonly kind: 'data'; readonly data: JsonValue; readonly warnings?: readonly string[]; readonly infos?: readonly string[] }
  | { readonly kind: 'error'; readonly error: ApiError; readonly data?: JsonValue }
  /** No data: Prometheus answers 204 No Content (OPTIONS). */
  | { readonly kind: 'empty' };

/** MAX_ANNOTATIONS is how many warnings (and infos) Prometheus lists before summarising the rest. */
const MAX_ANNOTATIONS = 10;

export function ok(data: JsonValue, warnings: readonly string[] = [], infos: readonly string[] = []): HandlerResult {
  return { kind: 'data', data, warnings, infos };
}

export function fail(error: ApiError, data?: JsonValue): HandlerResult {
  return { kind: 'error', error, data };
}

function capped(list: readonly string[], what: string): string[] {
  if (list.length <= MAX_ANNOTATIONS) return [...list];
  return [...list.slice(0, MAX_ANNOTATIONS), `${list.length - MAX_ANNOTATIONS} more ${what} annotations omitted`];
}

/** renderResult turns a handler result into status, JSON body and the API headers. */
export function renderResult(r: HandlerResult, baseHeaders: Record<string, string | readonly string[]>): ApiResponse {
  if (r.kind === 'empty') return { status: 204, headers: baseHeaders, body: '', compressible: true };
  const headers = { ...baseHeaders, 'Content-Type': 'application/json' };
  if (r.kind === 'error') {
    let body = '{"status":"error"';
    if (r.data !== undefined) body += `,"data":${encodeJson(r.data)}`;
    body += `,"errorType":${jsonString(r.error.type)},"error":${jsonString(r.error.message)}}`;
    return { status: STATUS_BY_ERROR_TYPE[r.error.type], headers, body, compressible: true };
  }
  let body = `{"status":"success","data":${encodeJson(r.data)}`;
  const warnings = capped(r.warnings ?? [], 'warning');
  const infos = capped(r.infos ?? [], 'info');
  if (warnings.length > 0) body += `,"warnings":${encodeJson(warnings)}`;
  if (infos.length > 0) body += `,"infos":${encodeJson(infos)}`;
  return { status: 200, headers, body: body + '}', compressible: true };
}
