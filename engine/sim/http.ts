import type { SimRequest } from './network';

/** Small HTTP helpers shared by the simulated clients and servers. */

/** header reads a request header case-insensitively, as Go's http.Header.Get does; '' when absent. */
export function header(req: SimRequest, name: string): string {
  const direct = req.headers[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const k of Object.keys(req.headers)) if (k.toLowerCase() === lower) return req.headers[k] ?? '';
  return '';
}

/**
 * requestUrl prints the URL a Go client would name in its errors:
 * `http://host:port/path?a=1&b=2`, query keys sorted as url.Values.Encode does.
 */
export function requestUrl(hostPort: string, req: SimRequest): string {
  const keys = Object.keys(req.query).sort();
  const parts: string[] = [];
  for (const k of keys) for (const v of req.query[k] ?? []) parts.push(`${queryEscape(k)}=${queryEscape(v)}`);
  return `http://${hostPort}${req.path}${parts.length > 0 ? '?' + parts.join('&') : ''}`;
}

/** goMethod is how net/url's Error names an operation: `Get`, `Put`, `Post`, `Delete`. */
export function goMethod(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

function queryEscape(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}
