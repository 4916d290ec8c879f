import { metricsJson, statusJson } from './api-json';
import { eventsOldestFirst, type PushEvent } from './events';
import { apiJson, cleanPath, httpError, methodNotAllowed, notFound, plainText, type PushgatewayRequest, type PushgatewayResponse } from './http';
import { matchPushPath } from './path';
import { handleDelete, handlePush, handleWipe } from './push';
import { countRequest, SELF_HELP, selfFamilies, windowChangeAfter } from './self-metrics';
import { flags, newPushgatewayState, type PushgatewayOptions, type PushgatewayState } from './state';
import { lastPushSuccessful, mergedFamilies, PUSH_FAILURE_TIME, PUSH_TIME } from './store';
import { writeFamiliesText } from './text-write';
import type { PgFamily } from './types';
import { utf8Bytes } from '../util/utf8';

/** The content type of `GET /metrics`, as the Pushgateway's Go client writes it. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** GroupView is one group as a UI lists it. Times are ms since the epoch; 0 means never. */
export interface GroupView {
  readonly labels: Readonly<Record<string, string>>;
  readonly lastPushSuccessful: boolean;
  readonly pushTimeMs: number;
  readonly pushFailureTimeMs: number;
  /** The pushed families (push_* gauges excluded) with the time each was last pushed. */
  readonly families: readonly { readonly family: PgFamily; readonly tMs: number }[];
}

/**
 * Pushgateway is an in-memory Prometheus Pushgateway: feed it HTTP requests
 * with `handle` and scrape it with `exposition` (as a scrape config with
 * `honor_labels: true` would). Deterministic: every time is passed in.
 * Metrics never expire, as in the real one.
 */
export class Pushgateway {
  private readonly s: PushgatewayState;
  /**
   * The last exposition and the virtual times it holds for: a scrape every
   * 15 s would otherwise render the same text again and again, as only
   * requests (pushes, deletes, counted requests) and the summaries' sliding
   * window change it.
   */
  private cached: { readonly text: string; readonly fromMs: number; readonly untilMs: number } | undefined;

  constructor(options: PushgatewayOptions = {}) {
    this.s = newPushgatewayState(options);
  }

  /**
   * handle answers one request at virtual time `nowMs` with the status
   * codes, bodies and error texts of Pushgateway 1.x.
   */
  handle(req: PushgatewayRequest, nowMs: number): PushgatewayResponse {
    this.s.lastMs = Math.max(this.s.lastMs, nowMs);
    // Any request but a scrape may change what a scrape sees.
    if (req.method !== 'GET' || req.path !== '/metrics') this.cached = undefined;
    const rawPath = req.path.split('?')[0]!;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return httpError(400, '400 Bad Request');
    }
    const clean = cleanPath(path);
    if (clean !== path) return { status: 301, headers: { Location: clean }, body: '' };
    const m = req.method;
    const route = matchPushPath(path);
    if (route !== undefined) {
      if (m === 'PUT' || m === 'POST') {
        // Like promhttp's approximate request size, minus the headers and host we never see.
        const requestBytes = req.path.length + m.length + 'HTTP/1.1'.length + utf8Bytes(req.body).length + (req.contentType === undefined ? 0 : 'Content-Type'.length + req.contentType.length);
        return handlePush(this.s, { method: m, route, body: req.body, contentType: req.contentType, nowMs, requestBytes });
      }
      if (m === 'DELETE') return handleDelete(this.s, route, nowMs);
      return methodNotAllowed(['DELETE', 'POST', 'PUT']);
    }
    switch (path) {
      case '/metrics':
        if (m !== 'GET') return methodNotAllowed(['GET']);
        return { status: 200, headers: { 'Content-Type': EXPOSITION_CONTENT_TYPE }, body: this.exposition(nowMs) };
      case '/-/healthy':
      case '/-/ready':
        if (m !== 'GET') return methodNotAllowed(['GET']);
        countRequest(this.s.self, path.slice(3), 200, m);
        return plainText('OK');
      case '/api/v1/status':
      case '/api/v1/metrics': {
        if (m !== 'GET') return methodNotAllowed(['GET']);
        countRequest(this.s.self, path.slice(1), 200, m);
        const body = path === '/api/v1/status' ? statusJson(this.s.build, flags(this.s), this.s.startMs) : metricsJson(this.s.store);
        return apiJson(body);
      }
      case '/api/v1/admin/wipe':
        if (!this.s.enableAdminApi) return notFound();
        // The real route is PUT only; DELETE is accepted as a playground alias.
        if (m === 'PUT' || m === 'DELETE') return handleWipe(this.s, m, nowMs);
        return methodNotAllowed(['PUT']);
      default:
        return notFound();
    }
  }

  /**
   * exposition renders `GET /metrics`: every group's families plus
   * push_time_seconds / push_failure_time_seconds per group and the
   * Pushgateway's own metrics, merged by name and sorted. `nowMs` (default:
   * the latest time seen) only affects the own request-size summaries.
   */
  exposition(nowMs: number = this.s.lastMs): string {
    const c = this.cached;
    if (c !== undefined && nowMs >= c.fromMs && nowMs < c.untilMs) return c.text;
    const text = this.renderExposition(nowMs);
    this.cached = { text, fromMs: nowMs, untilMs: windowChangeAfter(this.s.self, nowMs) };
    return text;
  }

  /** renderExposition is `exposition` rendered afresh, without the cache. */
  renderExposition(nowMs: number = this.s.lastMs): string {
    return writeFamiliesText(mergeByName([selfFamilies(this.s.self, this.s.build, nowMs), mergedFamilies(this.s.store, SELF_HELP)]));
  }

  /** events lists the most recent pushes and deletes (at most 500), oldest first. */
  events(): readonly PushEvent[] {
    return eventsOldestFirst(this.s.events);
  }

  /** groups lists the groups in grouping-key order. */
  groups(): readonly GroupView[] {
    return [...this.s.store.keys()].sort().map((key) => {
      const g = this.s.store.get(key)!;
      const families = [...g.families.entries()]
        .filter(([name]) => name !== PUSH_TIME && name !== PUSH_FAILURE_TIME)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, f]) => f);
      return {
        labels: Object.fromEntries(g.labels),
        lastPushSuccessful: lastPushSuccessful(g),
        pushTimeMs: seconds(g.families.get(PUSH_TIME)?.family) * 1000,
        pushFailureTimeMs: seconds(g.families.get(PUSH_FAILURE_TIME)?.family) * 1000,
        families,
      };
    });
  }
}

function seconds(f: PgFamily | undefined): number {
  const d = f?.metrics[0]?.data;
  return d !== undefined && 'value' in d ? d.value : 0;
}

/** mergeByName joins lists the way Go's Gatherers do for a scrape: the first family of a name keeps its metadata, later ones add metrics. */
function mergeByName(lists: readonly (readonly PgFamily[])[]): PgFamily[] {
  const out = new Map<string, PgFamily>();
  for (const list of lists) {
    for (const f of list) {
      const prev = out.get(f.name);
      out.set(f.name, prev === undefined ? f : { ...prev, metrics: [...prev.metrics, ...f.metrics] });
    }
  }
  return [...out.values()];
}

