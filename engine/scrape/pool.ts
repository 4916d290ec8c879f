import type { ScrapeConfig } from '../config';
import { labelsKey, type Labels } from '../model/labels';
import type { RelabelStep } from '../relabel';
import { Discovery, type DiscoveryEnv } from '../sd';
import { scrapeOffsetMs } from './offset';
import { ScrapeTarget } from './target';
import { populateTarget, requestInfo } from './target-labels';

/** DroppedTarget is a discovered target that relabeling dropped (or that could not be built). */
export interface DroppedTarget {
  readonly discovered: Labels;
  readonly steps: readonly RelabelStep[];
  /** Why the target could not be built, when relabeling kept it but it was unusable (`no address`). */
  readonly error?: string;
}

/** PoolHooks is how a pool starts and stops its targets' loops (the manager schedules them). */
export interface PoolHooks {
  start(pool: ScrapePool, t: ScrapeTarget): void;
  stop(pool: ScrapePool, t: ScrapeTarget): void;
}

/**
 * ScrapePool holds one job's targets: it turns discovered groups into
 * targets, keeps those whose labels did not change (same object, same
 * schedule, no gap), stops vanished ones and starts new ones.
 */
export class ScrapePool {
  readonly active = new Map<string, ScrapeTarget>();
  dropped: DroppedTarget[] = [];
  discovery: Discovery;

  constructor(
    public config: ScrapeConfig,
    env: DiscoveryEnv,
    private readonly seed: number,
  ) {
    this.discovery = new Discovery(config, env);
  }

  get job(): string {
    return this.config.jobName;
  }

  /** sync rebuilds the target list from the current groups. */
  sync(hooks: PoolHooks): void {
    const cfg = this.config;
    const next = new Map<string, { labels: Labels; discovered: Labels; steps: readonly RelabelStep[] }>();
    const dropped: DroppedTarget[] = [];
    for (const g of this.discovery.groups()) {
      for (const t of g.targets) {
        const p = populateTarget(g.labels, t, cfg);
        if (p.labels === null) {
          dropped.push({ discovered: p.discovered, steps: p.steps, ...(p.error === undefined ? {} : { error: p.error }) });
          continue;
        }
        const key = labelsKey(p.labels);
        // Identical targets from several groups are scraped once.
        if (!next.has(key)) next.set(key, { labels: p.labels, discovered: p.discovered, steps: p.steps });
      }
    }
    this.dropped = dropped;
    for (const [key, t] of this.active) {
      if (!next.has(key)) {
        this.active.delete(key);
        hooks.stop(this, t);
      }
    }
    for (const [key, n] of next) {
      const existing = this.active.get(key);
      if (existing !== undefined) {
        existing.discovered = n.discovered;
        existing.steps = n.steps;
        continue;
      }
      const req = requestInfo(n.labels, cfg);
      const target = new ScrapeTarget(cfg.jobName, n.labels, n.discovered, n.steps, req, scrapeOffsetMs(key, req.url, req.intervalMs, this.seed));
      this.active.set(key, target);
      hooks.start(this, target);
    }
    this.applyTargetLimit();
  }

  /** stopAll stops every target (the job was removed from the config). */
  stopAll(hooks: PoolHooks): void {
    for (const t of this.active.values()) hooks.stop(this, t);
    this.active.clear();
  }

  /** applyTargetLimit fails every scrape of the pool while it has more targets than target_limit. */
  private applyTargetLimit(): void {
    const limit = this.config.targetLimit;
    const n = this.active.size;
    const err = limit > 0 && n > limit ? `target_limit exceeded (number of targets: ${n}, limit: ${limit})` : undefined;
    for (const t of this.active.values()) t.forcedError = err;
  }
}
