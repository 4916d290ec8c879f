import { parseConfig } from '../config';
import { TEXT_CONTENT_TYPE } from '../exposition';
import { compileMatcher } from '../model/matchers';
import { labelsToRecord } from '../model/labels';
import type { DiscoveryEnv } from '../sd';
import { createNetwork, isNetworkError, type Network, type SimEndpoint, type SimNetwork, type SimRequest, type SimResponse } from '../sim';
import type { Storage } from '../storage/interface';
import { ScrapeManager } from './manager';

/**
 * Test and benchmark helpers: scriptable exporter endpoints and a harness
 * that wires a manager to a network and a storage. Not used by the engine.
 */

/** FakeExporter answers with whatever `body`, `status` and `durationMs` are set to; it records requests. */
export class FakeExporter implements SimEndpoint {
  body = '';
  status = 200;
  durationMs = 5;
  contentType = TEXT_CONTENT_TYPE;
  readonly requests: SimRequest[] = [];

  constructor(body = '') {
    this.body = body;
  }

  handle(req: SimRequest): SimResponse {
    this.requests.push(req);
    return { status: this.status, headers: { 'Content-Type': this.contentType }, body: this.body, durationMs: this.durationMs };
  }
}

/**
 * CounterExporter serves `series` counters (and a histogram every 10th
 * family) whose values grow with the request time, building the body from
 * a template so that serving costs little: what a busy exporter looks like.
 */
export class CounterExporter implements SimEndpoint {
  private readonly prefixes: string[] = [];
  private readonly header: string[] = [];

  constructor(series: number, readonly durationMs = 3) {
    for (let i = 0; i < series; i++) {
      const fam = `app_requests_${Math.floor(i / 10)}_total`;
      if (i % 10 === 0) this.header[i] = `# HELP ${fam} Requests handled.\n# TYPE ${fam} counter\n`;
      this.prefixes.push(`${fam}{code="200",handler="/api/v${i % 10}"} `);
    }
  }

  handle(req: SimRequest): SimResponse {
    const t = req.tMs / 1000;
    let body = '';
    for (let i = 0; i < this.prefixes.length; i++) {
      const h = this.header[i];
      if (h !== undefined) body += h;
      body += this.prefixes[i]! + Math.floor(t * (1 + (i % 7))) + '\n';
    }
    return { status: 200, headers: { 'Content-Type': TEXT_CONTENT_TYPE }, body, durationMs: this.durationMs };
  }
}

/** SeriesDump is one stored series as tests read it back: sample times, values and stale flags. */
export interface SeriesDump {
  readonly labels: Record<string, string>;
  readonly ts: number[];
  readonly vs: number[];
  readonly stale: boolean[];
}

/** T0 is the virtual start time tests use: a whole minute, so 15s grids are easy to read. */
export const T0 = Date.UTC(2026, 0, 1);

/** Harness wires a manager to a fresh network and the given storage (a TSDB head) for tests. */
export interface Harness {
  readonly net: SimNetwork;
  readonly head: Storage;
  readonly manager: ScrapeManager;
  /** series returns every stored series matching `name` (and optional label equalities). */
  series(name: string, eq?: Record<string, string>): SeriesDump[];
}

export function harness(head: Storage, yaml: string, register: (net: SimNetwork) => void, env: DiscoveryEnv = {}): Harness {
  const net = createNetwork();
  register(net);
  const manager = new ScrapeManager({ config: parseConfig(yaml).config, network: net, storage: head, startMs: T0, discovery: env });
  return {
    net,
    head,
    manager,
    series(name, eq = {}) {
      const matchers = [compileMatcher({ type: '=', name: '__name__', value: name }), ...Object.entries(eq).map(([k, v]) => compileMatcher({ type: '=', name: k, value: v }))];
      return head
        .querier(-Infinity, Infinity)
        .select(matchers)
        .map((s) => {
          const b = s.samples(-8.64e15, 8.64e15);
          return { labels: labelsToRecord(s.labels), ts: [...b.ts], vs: [...b.vs], stale: [...b.stale].map((x) => x === 1) };
        });
    },
  };
}

/**
 * textOnlyNetwork passes requests through but drops the answers' sample
 * values, so the scrape loop reads every body's text as an HTTP client would.
 */
export function textOnlyNetwork(net: Network): Network {
  return {
    register: (hostPort, endpoint) => net.register(hostPort, endpoint),
    unregister: (hostPort) => net.unregister(hostPort),
    request(hostPort, req, timeoutMs) {
      const r = net.request(hostPort, req, timeoutMs);
      return isNetworkError(r) ? r : { status: r.status, headers: r.headers, body: r.body, durationMs: r.durationMs };
    },
  };
}
