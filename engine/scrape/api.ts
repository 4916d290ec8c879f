import { compareLabels, labelsToRecord } from '../model/labels';
import { matchesAll, type CompiledMatcher } from '../model/matchers';
import type { MetricType } from '../storage/interface';
import type { ScrapeManager } from './manager';
import type { TargetHealth } from './target';
import { SCRAPE_INTERVAL, SCRAPE_TIMEOUT } from './target-labels';

/** ActiveTarget is one entry of `/api/v1/targets` activeTargets, with Prometheus's field names. */
export interface ActiveTarget {
  readonly discoveredLabels: Record<string, string>;
  readonly labels: Record<string, string>;
  readonly scrapePool: string;
  readonly scrapeUrl: string;
  readonly globalUrl: string;
  readonly lastError: string;
  /** RFC 3339 time of the last scrape's start; Go's zero time before the first. */
  readonly lastScrape: string;
  /** Seconds. */
  readonly lastScrapeDuration: number;
  readonly health: TargetHealth;
  readonly scrapeInterval: string;
  readonly scrapeTimeout: string;
}

export interface DroppedTargetData {
  readonly discoveredLabels: Record<string, string>;
  readonly scrapePool: string;
}

export interface TargetsData {
  readonly activeTargets: ActiveTarget[];
  readonly droppedTargets: DroppedTargetData[];
  /** Dropped targets per pool; null when dropped targets were not asked for (as Prometheus). */
  readonly droppedTargetCounts: Record<string, number> | null;
}

/**
 * targetsData builds the `data` of `/api/v1/targets`. `state` is the
 * endpoint's parameter: 'active', 'dropped', or ''/'any' for both;
 * `scrapePool` restricts to one job.
 */
export function targetsData(m: ScrapeManager, state = '', scrapePool = ''): TargetsData {
  const s = state.toLowerCase();
  const showActive = s === '' || s === 'any' || s === 'active';
  const showDropped = s === '' || s === 'any' || s === 'dropped';
  const pools = m.pools().filter((p) => scrapePool === '' || p.job === scrapePool).sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : 0));
  const activeTargets: ActiveTarget[] = [];
  const droppedTargets: DroppedTargetData[] = [];
  const counts: Record<string, number> = {};
  for (const pool of pools) {
    if (showActive) {
      const targets = [...pool.active.values()].sort((a, b) => compareLabels(a.labels, b.labels));
      for (const t of targets) {
        const get = (n: string): string => t.labels.find((l) => l.name === n)?.value ?? '';
        activeTargets.push({
          discoveredLabels: labelsToRecord(t.discovered),
          labels: labelsToRecord(t.publicLabels),
          scrapePool: pool.job,
          scrapeUrl: t.request.url,
          globalUrl: t.request.url,
          lastError: t.lastError,
          lastScrape: t.lastScrapeMs === undefined ? '0001-01-01T00:00:00Z' : rfc3339(t.lastScrapeMs),
          lastScrapeDuration: t.lastDurationMs / 1000,
          health: t.health,
          scrapeInterval: get(SCRAPE_INTERVAL),
          scrapeTimeout: get(SCRAPE_TIMEOUT),
        });
      }
    }
    if (showDropped) {
      counts[pool.job] = pool.dropped.length;
      for (const d of pool.dropped) droppedTargets.push({ discoveredLabels: labelsToRecord(d.discovered), scrapePool: pool.job });
    }
  }
  return { activeTargets, droppedTargets, droppedTargetCounts: showDropped ? counts : null };
}

/** scrapePools builds the `data` of `/api/v1/scrape_pools`: the job names, sorted. */
export function scrapePools(m: ScrapeManager): { scrapePools: string[] } {
  return { scrapePools: m.pools().map((p) => p.job).sort() };
}

/** TargetMetadata is one entry of `/api/v1/targets/metadata`. */
export interface TargetMetadata {
  readonly target: Record<string, string>;
  readonly metric?: string;
  readonly type: MetricType;
  readonly help: string;
  readonly unit: string;
}

/**
 * targetsMetadata builds the `data` of `/api/v1/targets/metadata`: metadata
 * per target whose labels match `matchTarget` (all when empty), for one
 * `metric` or all (then each entry names its metric), at most `limit`
 * entries (negative: no limit).
 */
export function targetsMetadata(m: ScrapeManager, matchTarget: readonly CompiledMatcher[] = [], metric = '', limit = -1): TargetMetadata[] {
  const out: TargetMetadata[] = [];
  for (const pool of m.pools()) {
    for (const t of pool.active.values()) {
      if (limit >= 0 && out.length >= limit) return out;
      if (!matchesAll(t.publicLabels, matchTarget)) continue;
      const target = labelsToRecord(t.publicLabels);
      if (metric !== '') {
        const md = t.metadata.get(metric);
        if (md !== undefined) out.push({ target, type: md.type, help: md.help, unit: md.unit });
        continue;
      }
      for (const [name, md] of t.metadata) {
        if (limit >= 0 && out.length >= limit) return out;
        out.push({ target, metric: name, type: md.type, help: md.help, unit: md.unit });
      }
    }
  }
  return out;
}

/** rfc3339 prints ms as Go's time.RFC3339Nano in UTC: trailing zeros of the fraction dropped. */
export function rfc3339(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = ms % 1000 === 0 ? '' : '.' + String(((ms % 1000) + 1000) % 1000).padStart(3, '0').replace(/0+$/, '');
  return iso.slice(0, 19) + frac + 'Z';
}
