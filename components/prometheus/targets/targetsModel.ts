/** The /api/v1/targets answer as the targets page reads it, and the page's grouping and filtering. */

export type TargetHealth = 'up' | 'down' | 'unknown';

/** ActiveTarget is one entry of `activeTargets`, with Prometheus's field names. */
export interface ActiveTarget {
  readonly discoveredLabels: Record<string, string>;
  readonly labels: Record<string, string>;
  readonly scrapePool: string;
  readonly scrapeUrl: string;
  readonly lastError: string;
  /** RFC 3339; Go's zero time before the first scrape. */
  readonly lastScrape: string;
  /** Seconds. */
  readonly lastScrapeDuration: number;
  readonly health: TargetHealth;
  readonly scrapeInterval: string;
  readonly scrapeTimeout: string;
}

export interface DroppedTarget {
  readonly discoveredLabels: Record<string, string>;
  readonly scrapePool: string;
}

export interface TargetsData {
  readonly activeTargets: readonly ActiveTarget[];
  readonly droppedTargets: readonly DroppedTarget[];
  readonly droppedTargetCounts: Readonly<Record<string, number>> | null;
}

export const HEALTHS: readonly TargetHealth[] = ['up', 'down', 'unknown'];

export interface TargetFilter {
  /** Healths to show; all when empty. */
  readonly health: ReadonlySet<TargetHealth>;
  /** Case-insensitive text matched against the endpoint and `name="value"` of every label. */
  readonly search: string;
}

/** matchesFilter tells whether a target passes the health and text filters. */
export function matchesFilter(t: ActiveTarget, f: TargetFilter): boolean {
  if (f.health.size > 0 && !f.health.has(t.health)) return false;
  const q = f.search.trim().toLowerCase();
  if (q === '') return true;
  if (t.scrapeUrl.toLowerCase().includes(q) || t.lastError.toLowerCase().includes(q)) return true;
  return Object.entries(t.labels).some(([k, v]) => `${k}="${v}"`.toLowerCase().includes(q));
}

export interface PoolGroup {
  readonly pool: string;
  /** The targets that passed the filter. */
  readonly targets: readonly ActiveTarget[];
  /** Counts over all the pool's targets, filtered or not. */
  readonly up: number;
  readonly total: number;
}

/** groupByPool groups targets by scrape pool, pools sorted by name, keeping pools whose targets were all filtered out (empty). */
export function groupByPool(all: readonly ActiveTarget[], f: TargetFilter): PoolGroup[] {
  const pools = new Map<string, { targets: ActiveTarget[]; up: number; total: number }>();
  for (const t of all) {
    let g = pools.get(t.scrapePool);
    if (!g) pools.set(t.scrapePool, (g = { targets: [], up: 0, total: 0 }));
    g.total++;
    if (t.health === 'up') g.up++;
    if (matchesFilter(t, f)) g.targets.push(t);
  }
  return [...pools.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([pool, g]) => ({ pool, ...g }));
}

/**
 * hostPortOf extracts where a target listens from its scrapeUrl or a bare
 * `host:port`, plus the path: `http://node-1:9100/metrics` → node-1:9100, /metrics.
 * A served world's URLs (`http://…/sim/targets/node-1:9100/metrics`) work too.
 */
export function hostPortOf(target: string): { hostPort: string; path: string } {
  const sim = target.indexOf('/sim/targets/');
  let rest = sim >= 0 ? target.slice(sim + '/sim/targets/'.length) : target.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  const slash = rest.indexOf('/');
  return slash < 0 ? { hostPort: rest, path: '/metrics' } : { hostPort: rest.slice(0, slash), path: rest.slice(slash) };
}

/** targetKey identifies a target on the page (pool and endpoint, as Prometheus's UI does). */
export function targetKey(t: ActiveTarget): string {
  return `${t.scrapePool}|${t.scrapeUrl}|${t.labels.instance ?? ''}`;
}
