import { parseConfig, type PrometheusConfig, type ScrapeConfig } from '../config';
import { labelsKey } from '../model/labels';
import type { DiscoveryEnv } from '../sd';
import { Discovery } from '../sd';
import { hashString, VirtualClock, type Network, type TimerId } from '../sim';
import type { Appender } from '../storage/interface';
import { PendingSamples } from './cache';
import { EventLog } from './events';
import { ScrapePool, type PoolHooks } from './pool';
import { appendStale, scrapeOnce, type ScrapeContext } from './scrape-once';
import type { ScrapeTarget } from './target';

/** Prometheus's discovery manager hands out updates at most this often (virtual ms). */
export const DISCOVERY_UPDATE_MS = 5000;

export interface ScrapeManagerOptions {
  readonly config: PrometheusConfig;
  readonly network: Network;
  /** Where samples go: the TSDB head (or any storage with an appender). */
  readonly storage: { appender(): Appender };
  /** The virtual file system and cluster that file and Kubernetes SD read. */
  readonly discovery?: DiscoveryEnv;
  /**
   * The world's clock. Scrapes are registered on it as timed tasks, so they
   * interleave exactly with the world's other tasks. Without one the manager
   * keeps a private clock starting at `startMs`.
   */
  readonly clock?: VirtualClock;
  readonly startMs?: number;
  /** Capacity of the event log (default 2,000). */
  readonly eventCapacity?: number;
}

/**
 * ScrapeManager runs Prometheus's scrape side in virtual time: one pool per
 * scrape config, targets from service discovery and relabeling, a scrape
 * loop per target on its own phase of the interval, storage with staleness
 * handling, and reloads that keep unchanged targets running.
 */
export class ScrapeManager {
  readonly events: EventLog;
  private current: PrometheusConfig;
  private readonly poolMap = new Map<string, ScrapePool>();
  private readonly clock: VirtualClock;
  private readonly ctx: ScrapeContext;
  private readonly env: DiscoveryEnv;
  private seed: number;
  private readonly hooks: PoolHooks;
  private readonly discoveryTimer: TimerId;
  /** End-of-run staleness writes not yet done. */
  private readonly staleTimers = new Set<TimerId>();

  constructor(opts: ScrapeManagerOptions) {
    this.clock = opts.clock ?? new VirtualClock(opts.startMs ?? 0);
    this.env = opts.discovery ?? {};
    this.events = new EventLog(opts.eventCapacity ?? 2000);
    this.ctx = { network: opts.network, appender: opts.storage.appender(), events: this.events, pending: new PendingSamples(), appendErrors: 0 };
    this.current = opts.config;
    this.seed = seedOf(opts.config);
    this.hooks = { start: (p, t) => this.startTarget(p, t), stop: (p, t) => this.stopTarget(p, t) };
    this.applyConfig(opts.config);
    this.discoveryTimer = this.clock.every(DISCOVERY_UPDATE_MS, () => this.syncDiscovery());
  }

  /**
   * dispose cancels every task the manager has on the clock (scrapes,
   * discovery updates) without writing staleness markers, as a shutdown
   * does; a shared clock keeps running without it.
   */
  dispose(): void {
    this.clock.cancel(this.discoveryTimer);
    for (const id of this.staleTimers) this.clock.cancel(id);
    this.staleTimers.clear();
    for (const pool of this.poolMap.values()) {
      for (const t of pool.active.values()) {
        if (t.timer !== undefined) this.clock.cancel(t.timer);
        t.timer = undefined;
      }
    }
    this.poolMap.clear();
  }

  get config(): PrometheusConfig {
    return this.current;
  }

  get nowMs(): number {
    return this.clock.nowMs;
  }

  /** appendErrors counts samples the storage refused (out of order, duplicate timestamps). */
  get appendErrors(): number {
    return this.ctx.appendErrors;
  }

  /** pools lists the scrape pools in config order. */
  pools(): ScrapePool[] {
    return [...this.poolMap.values()];
  }

  /**
   * runUntil performs, in time order, every scrape, discovery update and
   * pending staleness write due up to `tMs` (inclusive). With a shared clock
   * this advances the world's clock.
   */
  runUntil(tMs: number): void {
    this.clock.jumpTo(tMs);
  }

  /**
   * applyConfigText parses a prometheus.yml and applies it; an invalid file
   * throws ConfigError and leaves the running configuration untouched.
   */
  applyConfigText(text: string): PrometheusConfig {
    const { config } = parseConfig(text);
    this.applyConfig(config);
    return config;
  }

  /**
   * applyConfig switches to a new configuration: removed jobs stop (their
   * series get staleness markers), new jobs start, changed jobs re-evaluate
   * their targets. Targets whose labels are unchanged keep running on their
   * schedule without a gap.
   */
  applyConfig(config: PrometheusConfig): void {
    const seed = seedOf(config);
    if (seed !== this.seed) {
      // A new seed moves every target's phase: restart them all.
      for (const p of this.poolMap.values()) p.stopAll(this.hooks);
      this.poolMap.clear();
      this.seed = seed;
    }
    const wanted = new Map(config.scrapeConfigs.map((c) => [c.jobName, c]));
    for (const [job, pool] of this.poolMap) {
      if (!wanted.has(job)) {
        pool.stopAll(this.hooks);
        this.poolMap.delete(job);
      }
    }
    const pools = new Map<string, ScrapePool>();
    for (const c of config.scrapeConfigs) {
      let pool = this.poolMap.get(c.jobName);
      if (pool === undefined) {
        pool = new ScrapePool(c, this.env, this.seed);
        pools.set(c.jobName, pool);
        pool.sync(this.hooks);
        continue;
      }
      pools.set(c.jobName, pool);
      if (sameJson(pool.config, c)) {
        pool.config = c;
        continue;
      }
      if (!sameJson(sdPart(pool.config), sdPart(c))) pool.discovery = new Discovery(c, this.env);
      const samplesChanged = !sameJson(samplePart(pool.config), samplePart(c));
      pool.config = c;
      pool.sync(this.hooks);
      // Stored labels depend on these settings: recompute them on the next scrape.
      if (samplesChanged) for (const t of pool.active.values()) t.cache.clear();
    }
    this.poolMap.clear();
    for (const [k, v] of pools) this.poolMap.set(k, v);
    this.current = config;
  }

  /** syncDiscovery polls every pool's providers now and updates targets that changed. */
  syncDiscovery(): void {
    for (const pool of this.poolMap.values()) if (pool.discovery.sync()) pool.sync(this.hooks);
  }

  private startTarget(pool: ScrapePool, t: ScrapeTarget): void {
    const first = t.nextScrapeAt(this.clock.nowMs);
    t.timer = this.clock.every(t.request.intervalMs, (now) => scrapeOnce(t, pool.config, now, this.ctx), first);
    this.events.push({ kind: 'target-added', job: t.job, instance: t.instance, scrapeUrl: t.request.url, atMs: this.clock.nowMs });
  }

  /**
   * stopTarget ends a target's loop. As Prometheus does, its series are
   * marked stale at the time the next scrape would have happened, written a
   * little over two intervals later, so a target that comes straight back
   * (a reload) keeps its series without a stale gap.
   */
  private stopTarget(_pool: ScrapePool, t: ScrapeTarget): void {
    if (t.timer !== undefined) this.clock.cancel(t.timer);
    t.timer = undefined;
    const now = this.clock.nowMs;
    this.events.push({ kind: 'target-removed', job: t.job, instance: t.instance, scrapeUrl: t.request.url, atMs: now });
    if (t.lastScrapeMs === undefined) return;
    const iv = t.request.intervalMs;
    const staleAt = t.nextScrapeAt(Math.max(now, t.lastScrapeMs) + 1);
    const id = this.clock.schedule(staleAt + iv + Math.floor(iv / 10), () => {
      this.staleTimers.delete(id);
      for (const labels of t.tracked.values()) appendStale(this.ctx, labels, staleAt);
      for (const labels of t.reportLabels) appendStale(this.ctx, labels, staleAt);
      t.tracked = new Map();
    });
    this.staleTimers.add(id);
  }
}

function seedOf(config: PrometheusConfig): number {
  return hashString(labelsKey(config.global.externalLabels));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, (k, v: unknown) => (k === 'line' ? undefined : v)) === JSON.stringify(b, (k, v: unknown) => (k === 'line' ? undefined : v));
}

function sdPart(c: ScrapeConfig): unknown {
  return [c.staticConfigs, c.fileSDConfigs, c.kubernetesSDConfigs];
}

function samplePart(c: ScrapeConfig): unknown {
  return [c.honorLabels, c.honorTimestamps, c.metricRelabelConfigs, c.labelLimit, c.labelNameLengthLimit, c.labelValueLengthLimit];
}
