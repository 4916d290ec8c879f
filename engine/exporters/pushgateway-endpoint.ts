import { Pushgateway } from '../pushgateway/index';
import { header, type SimEndpoint, type SimRequest, type SimResponse } from '../sim/index';

/** Virtual ms the Pushgateway takes to answer: pushes parse a body, scrapes render every group. */
const PUSH_MS = 2;
const SCRAPE_MS = 3;

/**
 * pushgatewayEndpoint puts a Pushgateway on the simulated network: requests
 * (pushes from batch jobs, scrapes from Prometheus) go to its `handle` with
 * the request's virtual time, query parameters re-attached to the path.
 */
export function pushgatewayEndpoint(pg: Pushgateway): SimEndpoint {
  return {
    handle(req: SimRequest): SimResponse {
      const contentType = header(req, 'Content-Type');
      const res = pg.handle({ method: req.method, path: req.path + queryString(req), body: req.body, contentType: contentType === '' ? undefined : contentType }, req.tMs);
      return { status: res.status, headers: res.headers, body: res.body, durationMs: req.method === 'GET' ? SCRAPE_MS : PUSH_MS };
    },
  };
}

function queryString(req: SimRequest): string {
  const parts: string[] = [];
  for (const k of Object.keys(req.query)) for (const v of req.query[k] ?? []) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.length === 0 ? '' : '?' + parts.join('&');
}
