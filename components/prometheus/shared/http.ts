import type { EngineClient } from '../../system/engineClient';
import type { HttpReply } from '../../system/protocol';

/**
 * One fetch wrapper for every page here: requests go to the engine worker's
 * HTTP routes (the same answers `npm run serve` gives), and every failure
 * becomes an HttpError with a message a person can read.
 */

/** HttpError is a request that did not succeed: its status (0 when the worker failed) and the server's own text. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The parsed JSON error body, when there was one (e.g. `issues` of a config error). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** send makes one request; non-2xx answers are returned, not thrown. */
export async function send(client: EngineClient, method: string, url: string, body?: string, signal?: AbortSignal): Promise<HttpReply> {
  try {
    return await client.call('http', { method, url, ...(body !== undefined ? { body } : {}) }, signal);
  } catch (e) {
    throw new HttpError(0, e instanceof Error ? e.message : String(e));
  }
}

/** errorText extracts the message of an error body: Prometheus's `{error}` JSON or the plain text. */
export function errorText(reply: HttpReply): string {
  const parsed = tryJson(reply.body);
  if (isRecord(parsed) && typeof parsed.error === 'string') return parsed.error;
  const text = reply.body.trim();
  return text === '' ? `HTTP ${reply.status}` : text;
}

/**
 * getJson GETs a JSON endpoint. Prometheus's `{status:"success", data}`
 * envelope is unwrapped to `data`; other JSON is returned whole.
 */
export async function getJson<T>(client: EngineClient, url: string, signal?: AbortSignal): Promise<T> {
  const reply = await send(client, 'GET', url, undefined, signal);
  const parsed = tryJson(reply.body);
  if (reply.status < 200 || reply.status >= 300) throw new HttpError(reply.status, errorText(reply), parsed);
  if (parsed === undefined) throw new HttpError(reply.status, `${url} did not answer JSON`);
  if (isRecord(parsed) && parsed.status === 'success' && 'data' in parsed) return parsed.data as T;
  return parsed as T;
}

export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
