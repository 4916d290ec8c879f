/** PushgatewayRequest is an HTTP request as the playground hands it over; `path` may carry a query string. */
export interface PushgatewayRequest {
  readonly method: 'PUT' | 'POST' | 'DELETE' | 'GET';
  readonly path: string;
  readonly body: string;
  readonly contentType?: string;
}

/** PushgatewayResponse is what the Pushgateway would answer. */
export interface PushgatewayResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } as const;

/** httpError answers like Go's http.Error: plain text, nosniff, the message plus a newline. */
export function httpError(status: number, message: string): PushgatewayResponse {
  return { status, headers: PLAIN, body: `${message}\n` };
}

export function notFound(): PushgatewayResponse {
  return httpError(404, '404 page not found');
}

/** methodNotAllowed is the router's answer when the path exists for other methods. */
export function methodNotAllowed(allow: readonly string[]): PushgatewayResponse {
  return { status: 405, headers: { ...PLAIN, Allow: [...allow, 'OPTIONS'].join(', ') }, body: 'Method Not Allowed\n' };
}

export function empty(status: number): PushgatewayResponse {
  return { status, headers: {}, body: '' };
}

export function plainText(body: string): PushgatewayResponse {
  return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body };
}

/** API responses carry the Pushgateway's CORS headers. */
export function apiJson(body: string): PushgatewayResponse {
  return {
    status: 200,
    headers: {
      'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type, Origin',
      'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Date',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      'Content-Type': 'application/json',
    },
    body,
  };
}

/**
 * cleanPath is Go's ServeMux path cleaning: `//`, `.` and `..` resolved, a
 * trailing slash kept. The mux redirects to the clean path, which is why an
 * empty value in `/metrics/job/x/a//b` cannot be pushed without base64.
 */
export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  let out = '/' + parts.join('/');
  if (p.endsWith('/') && out !== '/') out += '/';
  return out;
}
