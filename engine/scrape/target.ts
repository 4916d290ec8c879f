import type { SimResponse, TimerId } from '../sim';
import { labelsKey, withLabel, type Labels } from '../model/labels';
import type { MetricMetadata } from '../storage/interface';
import type { RelabelStep } from '../relabel';
import { ScrapeCache } from './cache';
import { publicLabels, type ScrapeRequestInfo } from './target-labels';

export type TargetHealth = 'up' | 'down' | 'unknown';

/** The synthetic series Prometheus writes for every scrape. */
export const REPORT_NAMES = ['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added'] as const;

/**
 * ScrapeTarget is one active target of a scrape pool and the state of its
 * scrape loop: health, last error and timing, the raw body of the last
 * scrape (for views), the scrape cache and the series it last stored (for
 * staleness). `offsetMs` places its scrapes within the interval.
 */
export class ScrapeTarget {
  readonly key: string;
  readonly publicLabels: Labels;
  /** Labels of up, scrape_duration_seconds, … in REPORT_NAMES order. */
  readonly reportLabels: readonly Labels[];
  discovered: Labels;
  steps: readonly RelabelStep[];
  health: TargetHealth = 'unknown';
  lastError = '';
  /** Start of the last scrape, ms; undefined before the first. */
  lastScrapeMs: number | undefined;
  lastDurationMs = 0;
  /** The last answer (undefined after a network error); its body is printed only if someone reads `lastBody`. */
  lastResponse: SimResponse | undefined;
  lastContentType = '';
  lastSamples = 0;
  /** Set while the pool is over its target_limit: scrapes fail with this error. */
  forcedError: string | undefined;
  readonly cache = new ScrapeCache();
  /** The series the last scrape stored, by labelsKey; disappearing ones get stale markers. */
  tracked = new Map<string, Labels>();
  readonly metadata = new Map<string, MetricMetadata>();
  timer: TimerId | undefined;

  constructor(
    readonly job: string,
    /** All labels after relabeling, `__address__` and friends included. */
    readonly labels: Labels,
    discovered: Labels,
    steps: readonly RelabelStep[],
    readonly request: ScrapeRequestInfo,
    readonly offsetMs: number,
  ) {
    this.key = labelsKey(labels);
    this.publicLabels = publicLabels(labels);
    this.reportLabels = REPORT_NAMES.map((n) => withLabel(this.publicLabels, '__name__', n));
    this.discovered = discovered;
    this.steps = steps;
  }

  /** lastBody is the raw body of the last scrape ('' after a network error). */
  get lastBody(): string {
    return this.lastResponse?.body ?? '';
  }

  get instance(): string {
    return this.publicLabels.find((l) => l.name === 'instance')?.value ?? '';
  }

  /** nextScrapeAfter is the first scrape time ≥ tMs on this target's grid (offset + k × interval). */
  nextScrapeAt(tMs: number): number {
    const iv = this.request.intervalMs;
    const phase = (((tMs - this.offsetMs) % iv) + iv) % iv;
    return phase === 0 ? tMs : tMs + iv - phase;
  }
}
