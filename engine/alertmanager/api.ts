/**
 * handleAmApi routes one request to Alertmanager's v2 API handlers, plus the
 * health and readiness probes. Paths are relative to the Alertmanager root;
 * the server mounts them under `/alertmanager/`.
 */
import { getAlertGroups, getAlerts, postAlerts } from './api-alerts';
import { deleteSilence, getSilence, getSilences, postSilence } from './api-silences';
import type { ApiState } from './api-state';
import { emptyResponse, jsonResponse, type AmApiRequest, type AmApiResponse } from './api-types';
import { marshalConfig } from './config-marshal';
import { formatApiTime } from './time';

/** VERSION_INFO is what /api/v2/status reports about the build being simulated. */
const VERSION_INFO = {
  branch: 'HEAD',
  buildDate: '',
  buildUser: 'prometheus-playground',
  goVersion: 'go1.19.8',
  revision: 'simulated',
  version: '0.25.0',
} as const;

export function handleAmApi(state: ApiState, raw: AmApiRequest, nowMs: number): AmApiResponse {
  const req = withPathQuery(raw);
  const path = req.path.replace(/\/+$/, '') || '/';
  const method = req.method.toUpperCase();
  const text = (body: string): AmApiResponse => ({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body });
  if (path === '/-/healthy' && (method === 'GET' || method === 'HEAD')) return text('OK');
  if (path === '/-/ready' && (method === 'GET' || method === 'HEAD')) return text('OK');
  if (path === '/metrics' && method === 'GET') {
    return { status: 200, headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }, body: state.metricsText(nowMs) };
  }
  const silence = /^\/api\/v2\/silence\/([^/]+)$/.exec(path);
  if (silence !== null) {
    const id = decodeURIComponent(silence[1]!);
    if (method === 'GET') return getSilence(state, id, nowMs);
    if (method === 'DELETE') return deleteSilence(state, id, nowMs);
    return methodNotAllowed(method, ['DELETE', 'GET']);
  }
  switch (path) {
    case '/api/v2/alerts':
      if (method === 'GET') return getAlerts(state, req, nowMs);
      if (method === 'POST') return postAlerts(state, req, nowMs);
      return methodNotAllowed(method, ['GET', 'POST']);
    case '/api/v2/alerts/groups':
      return method === 'GET' ? getAlertGroups(state, req, nowMs) : methodNotAllowed(method, ['GET']);
    case '/api/v2/silences':
      if (method === 'GET') return getSilences(state, req, nowMs);
      if (method === 'POST') return postSilence(state, req, nowMs);
      return methodNotAllowed(method, ['GET', 'POST']);
    case '/api/v2/receivers':
      return method === 'GET' ? jsonResponse(200, state.config.receivers.map((r) => ({ name: r.name }))) : methodNotAllowed(method, ['GET']);
    case '/api/v2/status':
      return method === 'GET'
        ? jsonResponse(200, {
            cluster: { peers: [], status: 'disabled' },
            config: { original: marshalConfig(state.config) },
            uptime: formatApiTime(state.startMs),
            versionInfo: VERSION_INFO,
          })
        : methodNotAllowed(method, ['GET']);
    default:
      // go-swagger's router answers unknown paths with this body.
      return jsonResponse(404, { code: 404, message: `path ${req.path} was not found` });
  }
}

/** methodNotAllowed is go-swagger's 405 answer; OPTIONS is answered empty, as for CORS pre-flight. */
function methodNotAllowed(method: string, allowed: readonly string[]): AmApiResponse {
  if (method === 'OPTIONS') return emptyResponse(200);
  return jsonResponse(405, { code: 405, message: `method ${method} is not allowed, but [${allowed.join(',')}] are` });
}

/** withPathQuery moves a `?a=1&a=2` suffix of the path into `query`, for callers that pass raw URLs. */
function withPathQuery(req: AmApiRequest): AmApiRequest {
  const q = req.path.indexOf('?');
  if (q < 0) return req;
  const query: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(req.query ?? {})) query[k] = typeof v === 'string' ? [v] : [...v];
  for (const part of req.path.slice(q + 1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const decode = (x: string): string => decodeURIComponent(x.replace(/\+/g, ' '));
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    (query[key] ??= []).push(eq < 0 ? '' : decode(part.slice(eq + 1)));
  }
  return { ...req, path: req.path.slice(0, q), query };
}
