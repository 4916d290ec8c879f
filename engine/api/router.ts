import type { ApiDeps } from './deps';
import type { Handler, HandlerContext } from './context';
import { fail, renderResult, type HandlerResult } from './envelope';
import { ApiError, messageOf } from './errors';
import { parseQueryString, requestForm, unescapePath } from './form';
import type { ApiRequest, ApiResponse } from './types';
import { handleQuery, handleQueryRange } from './query';
import { handleSeries } from './series';
import { handleLabelNames, handleLabelValues } from './labels';
import { handleMetadata } from './metadata';
import { handleFormatQuery, handleParseQuery } from './expr';
import { handleBuildInfo, handleConfig, handleFlags, handleRuntimeInfo, handleTsdbStatus, handleWalReplay } from './status';
import {
  handleAlertmanagers,
  handleAlerts,
  handleExemplars,
  handleNotifications,
  handleRules,
  handleScrapePools,
  handleTargets,
  handleTargetsMetadata,
} from './discovery';

/**
 * The route table and dispatch: Prometheus's /api/v1 routes plus the
 * /-/healthy and /-/ready probes, with its CORS headers, 404/405 answers
 * and trailing-slash redirects. Everything else is plain data in and out.
 */

interface Route {
  readonly methods: readonly string[];
  /** Path under /api/v1, with `:name` segments. */
  readonly pattern: string;
  readonly handler: Handler;
}

const GP = ['GET', 'POST'];
const G = ['GET'];

const ROUTES: readonly Route[] = [
  { methods: GP, pattern: '/query', handler: handleQuery },
  { methods: GP, pattern: '/query_range', handler: handleQueryRange },
  { methods: GP, pattern: '/query_exemplars', handler: handleExemplars },
  { methods: GP, pattern: '/format_query', handler: handleFormatQuery },
  { methods: GP, pattern: '/parse_query', handler: handleParseQuery },
  { methods: GP, pattern: '/labels', handler: handleLabelNames },
  { methods: G, pattern: '/label/:name/values', handler: handleLabelValues },
  { methods: GP, pattern: '/series', handler: handleSeries },
  { methods: G, pattern: '/scrape_pools', handler: handleScrapePools },
  { methods: G, pattern: '/targets', handler: handleTargets },
  { methods: G, pattern: '/targets/metadata', handler: handleTargetsMetadata },
  { methods: G, pattern: '/alertmanagers', handler: handleAlertmanagers },
  { methods: G, pattern: '/metadata', handler: handleMetadata },
  { methods: G, pattern: '/status/config', handler: handleConfig },
  { methods: G, pattern: '/status/runtimeinfo', handler: handleRuntimeInfo },
  { methods: G, pattern: '/status/buildinfo', handler: handleBuildInfo },
  { methods: G, pattern: '/status/flags', handler: handleFlags },
  { methods: G, pattern: '/status/tsdb', handler: handleTsdbStatus },
  { methods: G, pattern: '/status/walreplay', handler: handleWalReplay },
  { methods: G, pattern: '/notifications', handler: handleNotifications },
  { methods: G, pattern: '/alerts', handler: handleAlerts },
  { methods: G, pattern: '/rules', handler: handleRules },
];

const API_PREFIX = '/api/v1';

/** CORS_HEADERS are sent when the request has an Origin (Prometheus's default --web.cors.origin=.*). */
const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type, Origin',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Expose-Headers': 'Date',
  'Access-Control-Allow-Origin': '*',
};

function match(pattern: string, path: string): Record<string, string> | undefined {
  const ps = pattern.split('/');
  const xs = path.split('/');
  if (ps.length !== xs.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const x = xs[i]!;
    if (p.startsWith(':')) {
      if (x === '') return undefined;
      params[p.slice(1)] = x;
    } else if (p !== x) return undefined;
  }
  return params;
}

function text(status: number, body: string, extra: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra },
    body,
    compressible: false,
  };
}

/** ApiHandler answers one request; it never throws. */
export type ApiHandler = (req: ApiRequest) => Promise<ApiResponse>;

/** createApiHandler builds the request handler over the given dependencies. */
export function createApiHandler(deps: ApiDeps): ApiHandler {
  return async (req) => {
    try {
      return await dispatch(deps, req);
    } catch (e) {
      // A handler bug must not take the server down; report it the way Prometheus reports internal errors.
      return renderResult(fail(new ApiError('internal', `internal error: ${messageOf(e)}`)), { Vary: 'Origin' });
    }
  };
}

async function dispatch(deps: ApiDeps, req: ApiRequest): Promise<ApiResponse> {
  const q = req.url.indexOf('?');
  const rawPath = q < 0 ? req.url : req.url.slice(0, q);
  const rawQuery = q < 0 ? '' : req.url.slice(q + 1);
  const path = unescapePath(rawPath);
  if (path === undefined) return text(400, '400 Bad Request');

  if (path === '/-/healthy' || path === '/-/ready') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    const what = path === '/-/healthy' ? 'Healthy' : 'Ready';
    return text(200, req.method === 'HEAD' ? '' : `Prometheus Server is ${what}.\n`);
  }
  if (!path.startsWith(API_PREFIX + '/')) return text(404, '404 page not found\n');
  const sub = path.slice(API_PREFIX.length);

  const headers: Record<string, string | readonly string[]> = { Vary: ['Accept-Encoding', 'Origin'] };
  if (req.headers.origin) Object.assign(headers, CORS_HEADERS);

  // Prometheus registers OPTIONS for every path under /api/v1 and answers 204.
  if (req.method === 'OPTIONS') return renderResult({ kind: 'empty' }, headers);

  let allowed: string[] = [];
  for (const route of ROUTES) {
    const params = match(route.pattern, sub);
    if (params === undefined) continue;
    if (!route.methods.includes(req.method)) {
      allowed = [...route.methods, 'OPTIONS'];
      continue;
    }
    const form = requestForm(req.method, req.headers['content-type'], req.body, rawQuery);
    const ctx: HandlerContext = { req, deps, form: form.values, formError: form.error, urlQuery: parseQueryString(rawQuery).values, params };
    const result: HandlerResult = await route.handler(ctx);
    return renderResult(result, headers);
  }
  if (allowed.length > 0) return text(405, 'Method Not Allowed\n', { Allow: allowed.join(', ') });
  if (sub.length > 1 && sub.endsWith('/') && ROUTES.some((r) => match(r.pattern, sub.slice(0, -1)) !== undefined)) {
    // httprouter's RedirectTrailingSlash: 301 for GET, 308 otherwise.
    // Built from the raw path so that decoded bytes (a %0A, say) never reach a header.
    const location = rawPath.slice(0, -1) + (q < 0 ? '' : '?' + rawQuery);
    return { status: req.method === 'GET' ? 301 : 308, headers: { Location: location }, body: '', compressible: false };
  }
  return text(404, '404 page not found\n');
}
