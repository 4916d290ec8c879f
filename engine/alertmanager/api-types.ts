/**
 * The request/response shapes of the pure API handlers and the small
 * response builders they share. Bodies are the exact bytes Alertmanager's
 * go-swagger server writes: compact JSON plus a newline, error payloads as a
 * bare JSON string or `{"code":…,"message":…}`.
 */
import { GoJsonError, parseGoJson } from './go-json';

export interface AmApiRequest {
  readonly method: string;
  /** Path below the Alertmanager root, e.g. `/api/v2/alerts`. */
  readonly path: string;
  /** Query parameters; repeated keys (`filter`) as arrays. */
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface AmApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

/** ok answers 200 with a JSON body. */
export function jsonResponse(status: number, value: unknown): AmApiResponse {
  return { status, headers: JSON_HEADERS, body: JSON.stringify(value) + '\n' };
}

/** empty answers with a status and no body (go-swagger responders without payload). */
export function emptyResponse(status: number): AmApiResponse {
  return { status, headers: {}, body: '' };
}

/** swaggerError is go-swagger's `{"code":…,"message":…}` error body. */
export function swaggerError(status: number, code: number, message: string): AmApiResponse {
  return jsonResponse(status, { code, message });
}

/** queryValues returns every value of a query key. */
export function queryValues(req: AmApiRequest, key: string): string[] {
  const v = req.query?.[key];
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : [...v];
}

/** boolParam reads a boolean query parameter with a default, as go-swagger binds it. */
export function boolParam(req: AmApiRequest, key: string, dflt: boolean): boolean | AmApiResponse {
  const v = queryValues(req, key)[0];
  if (v === undefined || v === '') return dflt;
  if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(v)) return true;
  if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(v)) return false;
  return swaggerError(422, 601, `${key} in query must be of type bool: ${JSON.stringify(v)}`);
}

/** contentType is the request's Content-Type header ('' when absent), echoed in parse errors. */
export function contentType(req: AmApiRequest): string {
  for (const [k, v] of Object.entries(req.headers ?? {})) if (k.toLowerCase() === 'content-type') return v;
  return '';
}

/** JsonBody is a bound body parameter: its parsed value, or the error response to send instead. */
export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly response: AmApiResponse };

/**
 * jsonBody binds a required JSON body parameter named `param` as go-swagger
 * does: 422 when the body is empty, 400 when it is not JSON.
 */
export function jsonBody(req: AmApiRequest, param: string): JsonBody {
  if (req.body === undefined || req.body.trim() === '') return { ok: false, response: swaggerError(422, 602, `${param} in body is required`) };
  try {
    return { ok: true, value: parseGoJson(req.body) };
  } catch (e) {
    if (!(e instanceof GoJsonError)) throw e;
    return { ok: false, response: swaggerError(400, 400, `parsing ${param} body from ${JSON.stringify(contentType(req))} failed, because ${e.message}`) };
  }
}
