/**
 * The routes of a served world: Prometheus's API, the simulated targets'
 * /metrics, the Pushgateway, the Alertmanager API and the control API, all
 * on one port.
 *
 * | path | what |
 * |---|---|
 * | `/api/v1/…`, `/-/healthy`, `/-/ready` | Prometheus HTTP API (the system's `api`) |
 * | `/sim/targets/<host:port>/<path>` | a simulated target's exposition, as a scrape would get it |
 * | `/pushgateway/…` | the Pushgateway (push, delete, /metrics, /api/v1/…) |
 * | `/alertmanager/…` | the Alertmanager (/api/v2/…, /-/healthy, /metrics) |
 * | `/api/sim/…` | clock, incidents, inboxes, events, config (sim-control.ts) |
 */
import type { AmApiRequest } from '../alertmanager/index';
import type { ApiRequest, ApiResponse } from '../api/index';
import type { System } from '../system/index';
import { QueryParams } from './params';
import { handleSimControl, jsonError } from './sim-control';

/** TARGETS_PREFIX is where simulated targets are exposed; `scrapeUrl`s point here. */
export const TARGETS_PREFIX = '/sim/targets/';

/** simTargetUrl is the URL at which a served world exposes the target at `hostPort` under `path`. */
export function simTargetUrl(baseUrl: string, hostPort: string, path: string): string {
  return `${baseUrl}${TARGETS_PREFIX}${hostPort}${path.startsWith('/') ? path : '/' + path}`;
}

function split(url: string): { path: string; rawQuery: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, rawQuery: '' } : { path: url.slice(0, q), rawQuery: url.slice(q + 1) };
}

function passThrough(status: number, headers: Readonly<Record<string, string>>, body: string): ApiResponse {
  return { status, headers, body, compressible: false };
}

/** createWorldHandler routes requests to the parts of `system`. */
export function createWorldHandler(system: System): (req: ApiRequest) => Promise<ApiResponse> {
  return async (req) => {
    const { path, rawQuery } = split(req.url);
    const query = QueryParams.parse(rawQuery);
    try {
      if (path.startsWith('/api/sim/') || path === '/api/sim') return await handleSimControl(system, req, path.slice('/api/sim'.length), query);
      if (path.startsWith(TARGETS_PREFIX)) return exposeTarget(system, req, path.slice(TARGETS_PREFIX.length), query);
      if (path === '/pushgateway' || path.startsWith('/pushgateway/')) return pushgateway(system, req, path.slice('/pushgateway'.length) || '/', rawQuery);
      if (path === '/alertmanager' || path.startsWith('/alertmanager/')) return alertmanager(system, req, path.slice('/alertmanager'.length) || '/', query);
      return await system.api(req);
    } catch (e) {
      return jsonError(500, `internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** exposeTarget answers like the exporter itself: its body and Content-Type, or 503 when it is down. */
function exposeTarget(system: System, req: ApiRequest, rest: string, query: QueryParams): ApiResponse {
  if (req.method !== 'GET' && req.method !== 'HEAD') return jsonError(405, 'method not allowed; use GET');
  const slash = rest.indexOf('/');
  const hostPort = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
  const path = slash < 0 ? '/metrics' : rest.slice(slash);
  const q: Record<string, string[]> = {};
  for (const [k, v] of query) (q[k] ??= []).push(v);
  const r = system.exposition(hostPort, { path, query: q, ...(req.headers['accept'] !== undefined ? { accept: req.headers['accept'] } : {}) });
  if ('error' in r) return passThrough(503, { 'Content-Type': 'text/plain; charset=utf-8' }, `${r.error}\n`);
  return { status: r.status, headers: { 'Content-Type': r.contentType }, body: r.body, compressible: true };
}

function pushgateway(system: System, req: ApiRequest, sub: string, rawQuery: string): ApiResponse {
  const m = req.method === 'HEAD' ? 'GET' : req.method;
  if (m !== 'GET' && m !== 'PUT' && m !== 'POST' && m !== 'DELETE') return passThrough(405, { Allow: 'GET, PUT, POST, DELETE' }, '');
  const ct = req.headers['content-type'];
  const r = system.push({ method: m, path: sub + (rawQuery === '' ? '' : '?' + rawQuery), body: req.body, ...(ct !== undefined ? { contentType: ct } : {}) });
  return passThrough(r.status, r.headers, r.body);
}

function alertmanager(system: System, req: ApiRequest, sub: string, query: QueryParams): ApiResponse {
  const q: Record<string, string[]> = {};
  for (const [k, v] of query) (q[k] ??= []).push(v);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = v;
  const amReq: AmApiRequest = { method: req.method, path: sub, query: q, headers, body: req.body };
  const r = system.alertmanager.handleApi(amReq, system.clock.nowMs);
  return passThrough(r.status, r.headers, r.body);
}
