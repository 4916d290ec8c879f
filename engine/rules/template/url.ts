/**
 * URL helpers as Go's net/url and Prometheus's strutil provide them to
 * templates and to the generator URL of alerts.
 */
import { wtf8Bytes } from '../../util/utf8';

/** queryEscape is Go's url.QueryEscape: space → `+`, unreserved bytes kept, the rest %XX. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of wtf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** graphLink is strutil.GraphLinkForExpression: the graph tab of the expression browser. */
export function graphLink(expr: string): string {
  return `/graph?g0.expr=${queryEscape(expr)}&g0.tab=0`;
}

/** tableLink is strutil.TableLinkForExpression: the table tab, used as alerts' generatorURL. */
export function tableLink(expr: string): string {
  return `/graph?g0.expr=${queryEscape(expr)}&g0.tab=1`;
}

/**
 * splitHostPort is Go's net.SplitHostPort, returning undefined where Go
 * returns an error (no port, bad brackets, too many colons).
 */
export function splitHostPort(hostPort: string): { host: string; port: string } | undefined {
  if (hostPort.startsWith('[')) {
    const end = hostPort.indexOf(']');
    if (end < 0 || hostPort[end + 1] !== ':') return undefined;
    const port = hostPort.slice(end + 2);
    if (port.includes(':')) return undefined;
    return { host: hostPort.slice(1, end), port };
  }
  const i = hostPort.lastIndexOf(':');
  if (i < 0) return undefined;
  const host = hostPort.slice(0, i);
  if (host.includes(':') || host.includes('[') || host.includes(']')) return undefined;
  return { host, port: hostPort.slice(i + 1) };
}

/** urlPath returns the path of an absolute URL ('' when there is none), like url.URL.Path. */
export function urlPath(url: string): string {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*([^?#]*)/.exec(url);
  return m?.[1] !== undefined ? decodeURIComponent(m[1]) : '';
}
