import type { Random } from '../sim/index';
import { revisionOf } from './build-info';
import { DEFAULT_STEP_MS, SteppedExporter } from './exporter';
import { GoProcess } from './go-process';
import { Histogram } from './histogram';
import { Registry, type Family, type Line } from './registry';

/** ApiSignals is what happens to one API replica during a step (from the world's load model). */
export interface ApiSignals {
  /** Requests per second reaching this replica. */
  readonly rps: number;
  /** Utilisation of the replica, 0…(>1 when overloaded). Latency grows as it nears 1. */
  readonly saturation: number;
  /** Fraction of requests failing with 5xx on every handler (overload adds to it). */
  readonly errorRatio: number;
  /** Extra 5xx fraction per handler path (the error-burst incident). */
  readonly handlerErrorRatio: Readonly<Record<string, number>>;
  /** Latency multiplier (the bad-deploy regression). */
  readonly latencyFactor: number;
  /** The version running; a change restarts the process with the new version. */
  readonly version: string;
  /** Heap leaked per second, bytes (the memory-leak incident). */
  readonly leakBytesPerSec: number;
  /** Distinct new user IDs seen per second with a per-user label (the cardinality incident). */
  readonly newUserIdsPerSec: number;
  readonly scrapeDelayMs: number;
}

/** ApiRoute is one handler/method pair and its share of traffic. */
export interface ApiRoute {
  readonly handler: string;
  readonly method: string;
  readonly share: number;
  /** Median latency at low load, seconds. */
  readonly medianS: number;
  /** Client-error fraction (4xx) and its code. */
  readonly clientErrors: number;
  readonly clientCode: string;
  readonly okCode: string;
}

/** The default routes of the shop API. */
export const API_ROUTES: readonly ApiRoute[] = [
  { handler: '/api/v1/products', method: 'GET', share: 0.34, medianS: 0.018, clientErrors: 0.002, clientCode: '404', okCode: '200' },
  { handler: '/api/v1/orders', method: 'GET', share: 0.22, medianS: 0.035, clientErrors: 0.004, clientCode: '404', okCode: '200' },
  { handler: '/api/v1/orders', method: 'POST', share: 0.09, medianS: 0.085, clientErrors: 0.02, clientCode: '400', okCode: '201' },
  { handler: '/api/v1/users/:id', method: 'GET', share: 0.16, medianS: 0.022, clientErrors: 0.03, clientCode: '404', okCode: '200' },
  { handler: '/api/v1/checkout', method: 'POST', share: 0.06, medianS: 0.21, clientErrors: 0.015, clientCode: '422', okCode: '200' },
  { handler: '/healthz', method: 'GET', share: 0.13, medianS: 0.0012, clientErrors: 0, clientCode: '404', okCode: '200' },
];

export interface ApiServiceOptions {
  readonly startMs: number;
  readonly random: Random;
  readonly signals: (tMs: number) => ApiSignals;
  /** scrapeDelayMs is `signals(tMs).scrapeDelayMs` alone, which each scrape asks for (default: computed from `signals`). */
  readonly scrapeDelayMs?: (tMs: number) => number;
  readonly routes?: readonly ApiRoute[];
  /** Container memory limit; a heap beyond it is an OOM kill and a restart. */
  readonly memoryLimitBytes?: number;
  /** Per-replica cap on user-ID series, so an incident stays renderable. */
  readonly maxUserSeries?: number;
  readonly stepMs?: number;
}

interface RouteLines {
  readonly route: ApiRoute;
  readonly ok: Line;
  readonly client: Line;
  readonly e500: Line;
  readonly e503: Line;
  readonly duration: Histogram;
}

/** One process lifetime: everything a restart throws away. */
interface Process {
  readonly reg: Registry;
  readonly go: GoProcess;
  readonly routes: readonly RouteLines[];
  readonly inFlight: Line;
  readonly userFamily: Family;
  readonly version: string;
  userSeries: number;
  leakedBytes: number;
}

const BASE_HEAP = 24 * 2 ** 20;

/**
 * ApiService simulates a Go HTTP API instrumented with client_golang's
 * promhttp middleware: `http_requests_total{code,handler,method}`, the
 * classic histogram `http_request_duration_seconds{handler,method}` with the
 * default buckets, `http_requests_in_flight`, `api_build_info{version,…}`,
 * plus the default `go_*`, `process_*` and `promhttp_*` collectors. A version
 * change or an OOM kill restarts the process: counters start from zero and
 * `process_start_time_seconds` moves. Serves OpenMetrics on request.
 */
export class ApiService extends SteppedExporter {
  private p: Process;
  private readonly routes: readonly ApiRoute[];
  /** Restarts so far (OOM kills and deploys). */
  restarts = 0;

  constructor(private readonly o: ApiServiceOptions) {
    super(o.startMs, o.stepMs ?? DEFAULT_STEP_MS, true);
    this.routes = o.routes ?? API_ROUTES;
    this.p = this.boot(o.startMs, o.signals(o.startMs).version);
  }

  /** version is the version the running process reports. */
  get version(): string {
    return this.p.version;
  }

  /** heapBytes is the live heap the process holds. */
  get heapBytes(): number {
    return BASE_HEAP + this.p.leakedBytes;
  }

  private boot(tMs: number, version: string): Process {
    const reg = new Registry();
    const requests = reg.family('http_requests_total', 'counter', 'Total number of HTTP requests by status code, handler and method.');
    const duration = reg.family('http_request_duration_seconds', 'histogram', 'Duration of HTTP requests in seconds, by handler and method.');
    const routes = this.routes.map((route) => {
      const l = (code: string): Line => requests.line({ code, handler: route.handler, method: route.method });
      return { route, ok: l(route.okCode), client: l(route.clientCode), e500: l('500'), e503: l('503'), duration: new Histogram(duration, { handler: route.handler, method: route.method }) };
    });
    const inFlight = reg.family('http_requests_in_flight', 'gauge', 'Current number of HTTP requests being served.').line();
    reg.family('api_build_info', 'gauge', "A metric with a constant '1' value labeled by version, revision, branch, goversion from which api was built, and the goos and goarch for the build.")
      .line({ branch: 'main', goarch: 'amd64', goos: 'linux', goversion: 'go1.22.5', revision: revisionOf(version), version }).value = 1;
    const userFamily = reg.family('api_user_requests_total', 'counter', 'Total number of requests per user.');
    const go = new GoProcess(reg, tMs, 'go1.22.5');
    return { reg, go, routes, inFlight, userFamily, version, userSeries: 0, leakedBytes: 0 };
  }

  protected registry(): Registry {
    return this.p.reg;
  }

  protected step(tMs: number, dtMs: number): void {
    const s = this.o.signals(tMs);
    if (s.version !== this.p.version) this.restart(tMs, s.version);
    const p = this.p;
    const r = this.o.random;
    const dt = dtMs / 1000;
    const u = Math.max(0, s.saturation);
    // Queueing: latency grows like 1/(1-u) near saturation, capped where clients give up.
    const queueing = 1 / Math.max(0.08, 1 - Math.min(u, 0.95));
    const overload = u > 1 ? 1 - 1 / u : 0;
    let meanLatency = 0;
    for (const rl of p.routes) {
      const route = rl.route;
      const n = Math.max(0, s.rps * route.share * dt * (1 + 0.04 * r.normal()));
      const fail = Math.min(1, s.errorRatio + (s.handlerErrorRatio[route.handler] ?? 0));
      const e503 = n * overload;
      const e500 = (n - e503) * fail;
      const client = (n - e503 - e500) * route.clientErrors;
      rl.e503.addCount(e503);
      rl.e500.addCount(e500);
      rl.client.addCount(client);
      rl.ok.addCount(n - e503 - e500 - client);
      const median = route.medianS * s.latencyFactor * queueing;
      rl.duration.observeBatch(n, median, 0.55);
      meanLatency += route.share * median * 1.16;
    }
    p.inFlight.value = Math.round(s.rps * meanLatency + (r.next() < 0.3 ? 1 : 0));
    this.stepUsers(s, dt);
    p.leakedBytes += s.leakBytesPerSec * dt;
    const heap = BASE_HEAP + p.inFlight.value * 256 * 1024 + s.rps * 40 * 1024 + p.leakedBytes + p.userSeries * 600;
    p.go.step(tMs, dtMs, { cpuCores: 0.02 + s.rps * 0.0009 * queueing ** 0.3, heapBytes: heap, goroutines: 14 + p.inFlight.value, openFds: 12 + p.inFlight.value, allocBytesPerSec: 1e6 + s.rps * 60000 });
    if (p.go.residentBytes > (this.o.memoryLimitBytes ?? 512 * 2 ** 20)) this.restart(tMs, p.version);
  }

  private stepUsers(s: ApiSignals, dt: number): void {
    const p = this.p;
    const cap = this.o.maxUserSeries ?? 4000;
    const fresh = Math.min(cap - p.userSeries, Math.round(s.newUserIdsPerSec * dt));
    for (let i = 0; i < fresh; i++) {
      p.userFamily.line({ user_id: `u-${(100000 + this.o.random.int(900000)).toString(36)}-${p.userSeries}` }).value = 1 + this.o.random.int(5);
      p.userSeries++;
    }
  }

  private restart(tMs: number, version: string): void {
    this.restarts++;
    this.p = this.boot(tMs, version);
  }

  protected scrapeDurationMs(tMs: number): number {
    return 3 + Math.floor(this.p.userSeries / 400) + (this.o.scrapeDelayMs?.(tMs) ?? this.o.signals(tMs).scrapeDelayMs);
  }

  protected onScrape(): void {
    this.p.go.countScrape();
  }
}
