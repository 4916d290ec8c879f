import type { EngineClient } from '@/components/system/engineClient';

/**
 * AlertingHttpError is a request the engine answered with an error status.
 * Its message is the server's own wording: Prometheus's `error`,
 * Alertmanager's `message`, or the plain-text body.
 */
export class AlertingHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'AlertingHttpError';
  }
}

/** errorText pulls the human-readable error out of an error body of any of the three APIs. */
export function errorText(status: number, body: string): string {
  try {
    const v = JSON.parse(body) as unknown;
    // Alertmanager answers silence validation errors as a bare JSON string.
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null) {
      const { error, message } = v as { error?: unknown; message?: unknown };
      if (typeof error === 'string') return error;
      if (typeof message === 'string') return message;
    }
  } catch {
    // not JSON: Alertmanager answers some errors in plain text
  }
  const text = body.trim();
  return text === '' ? `HTTP ${status}` : text;
}

/** requestJson sends one request through the engine worker and parses its JSON answer; errors throw AlertingHttpError. */
export async function requestJson<T>(client: EngineClient, method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const reply = await client.call(
    'http',
    { method, url, ...(body !== undefined ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}) },
    signal,
  );
  if (reply.status >= 400) throw new AlertingHttpError(reply.status, errorText(reply.status, reply.body));
  return (reply.body.trim() === '' ? null : JSON.parse(reply.body)) as T;
}

/** describeError turns anything thrown by a request into one readable line. */
export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
