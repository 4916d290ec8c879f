import { header, type SimEndpoint, type SimRequest, type SimResponse } from '../sim/index';
import { negotiateFormat } from './negotiate';
import type { Registry, Snapshot } from './registry';

/**
 * SimExporter is an exporter on the simulated network: a `SimEndpoint`
 * serving `GET /metrics` whose state advances with virtual time.
 */
export interface SimExporter extends SimEndpoint {
  /** advanceTo brings the state up to virtual time `tMs` (never backwards). */
  advanceTo(tMs: number): void;
  /** render returns the exposition a scrape at the current state would get. */
  render(openMetrics: boolean): string;
  /** seriesCount is the number of samples one scrape returns. */
  seriesCount(): number;
}

/** The default step of exporter state, ms: scrapes see the state at the latest step boundary. */
export const DEFAULT_STEP_MS = 5000;

/**
 * SteppedExporter is the common frame of the simulated exporters. State
 * advances on a fixed grid of `stepMs` from the exporter's creation, so the
 * value at a time is the same whoever scrapes it and how often (the seeded
 * random stream is consumed once per step, in step order). A scrape at `t`
 * advances to the last boundary ≤ t and renders.
 */
export abstract class SteppedExporter implements SimExporter {
  private gridMs: number;

  constructor(
    startMs: number,
    readonly stepMs: number,
    /** Whether the handler serves OpenMetrics on request (promhttp's EnableOpenMetrics). */
    private readonly openMetricsEnabled: boolean,
  ) {
    this.gridMs = startMs;
  }

  /** The registry a scrape renders. */
  protected abstract registry(): Registry;
  /** step advances the state by one step ending at `tMs`. */
  protected abstract step(tMs: number, dtMs: number): void;
  /** scrapeDurationMs is how long answering a scrape at `tMs` takes in virtual time. */
  protected abstract scrapeDurationMs(tMs: number): number;
  /** onScrape runs after a scrape is answered (promhttp counts it). */
  protected onScrape(): void {}

  /** stateMs is the grid time the state has advanced to. */
  get stateMs(): number {
    return this.gridMs;
  }

  advanceTo(tMs: number): void {
    while (this.gridMs + this.stepMs <= tMs) {
      this.gridMs += this.stepMs;
      this.step(this.gridMs, this.stepMs);
    }
  }

  render(openMetrics: boolean): string {
    return this.registry().render(openMetrics);
  }

  seriesCount(): number {
    return this.registry().seriesCount();
  }

  handle(req: SimRequest): SimResponse {
    if (req.path !== '/metrics') return notFound(1);
    if (req.method !== 'GET') return { status: 405, headers: PLAIN, body: 'Method Not Allowed\n', durationMs: 1 };
    this.advanceTo(req.tMs);
    const format = negotiateFormat(header(req, 'Accept'), this.openMetricsEnabled);
    const registry = this.registry();
    const samples = registry.snapshot(format.openMetrics);
    this.onScrape();
    return new LazyResponse(contentTypeHeaders(format.contentType), samples, registry, this.scrapeDurationMs(req.tMs));
  }
}

/**
 * LazyResponse is a 200 answer whose body is printed on first read: an
 * in-process scraper that knows the layout takes `samples` and never needs
 * it. A class rather than an object literal with a getter closing over the
 * snapshot: with the literal, nearly every scrape's values reached V8's old
 * generation (88 MB promoted in 6 h of the default world, 27 MB with the
 * class, see bench/world-sim.ts), to be found dead by the next full GC.
 */
class LazyResponse implements SimResponse {
  readonly status = 200;
  private printed: string | undefined;

  constructor(
    readonly headers: Readonly<Record<string, string>>,
    readonly samples: Snapshot,
    private readonly registry: Registry,
    readonly durationMs: number,
  ) {}

  get body(): string {
    return (this.printed ??= this.registry.renderSnapshot(this.samples));
  }
}

/** Response headers per content type, shared by every answer (they are never changed). */
const HEADERS = new Map<string, Readonly<Record<string, string>>>();

function contentTypeHeaders(contentType: string): Readonly<Record<string, string>> {
  let h = HEADERS.get(contentType);
  if (h === undefined) HEADERS.set(contentType, (h = Object.freeze({ 'Content-Type': contentType })));
  return h;
}

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } as const;

/** notFound is Go's http.NotFound answer. */
export function notFound(durationMs: number): SimResponse {
  return { status: 404, headers: PLAIN, body: '404 page not found\n', durationMs };
}
