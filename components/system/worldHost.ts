import {
  createEngine, createSystem, createWorldHandler, DEFAULT_ALERTMANAGER_YAML, DEFAULT_CONFIG_YAML, DEFAULT_RULES_FILE, DEFAULT_RULES_YAML,
  type PromQLEngine, type System,
} from '@/engine/index';
import type { HttpReply, HttpRequest, WorldInfo, WorldSetup } from './protocol';
import { DEFAULT_HISTORY_MS, WORLD_START_MS } from './worldConstants';

export { DEFAULT_HISTORY_MS, WORLD_START_MS } from './worldConstants';
/** The most virtual time one build step simulates before yielding, so cancels and replies get through. */
const BUILD_STEP_MS = 5 * 60_000;

/**
 * WorldHost is the worker's running world: the System (simulated production
 * system, scraping, TSDB, rules, Alertmanager, Pushgateway), a PromQL engine
 * sized for a browser tab, and the same HTTP routes `npm run serve` answers.
 */
export interface WorldHost {
  readonly system: System;
  readonly engine: PromQLEngine;
  readonly setup: WorldSetup;
  http(req: HttpRequest): Promise<HttpReply>;
  info(): WorldInfo;
  snapshot(): WorldSetup;
}

/**
 * createWorldHost builds a world from `setup` and simulates its history,
 * calling `progress` between steps. Invalid config text throws the
 * engine's SystemConfigError (with line and column).
 */
export async function createWorldHost(setup: WorldSetup, progress: (doneMs: number, totalMs: number) => void, yieldNow: () => Promise<void>): Promise<WorldHost> {
  const system = createSystem({
    seed: setup.seed,
    startMs: WORLD_START_MS,
    ...(setup.prometheusYml !== undefined ? { prometheusYml: setup.prometheusYml } : {}),
    ...(setup.ruleFiles !== undefined ? { ruleFiles: setup.ruleFiles } : {}),
    ...(setup.alertmanagerYml !== undefined ? { alertmanagerYml: setup.alertmanagerYml } : {}),
    host: { hostname: 'playground', cwd: '/', elapsedMs: () => performance.now(), goVersion: 'none (browser)' },
  });
  // Staged before the history runs, so an incident with `atMs` inside the history happens in it (no `atMs`: at the end).
  const historyMs = Math.max(0, setup.historyMs ?? DEFAULT_HISTORY_MS);
  for (const inc of setup.incidents ?? []) system.startIncident(inc.kind, { atMs: WORLD_START_MS + historyMs, ...inc.options });
  for (let done = 0; done < historyMs; ) {
    const step = Math.min(BUILD_STEP_MS, historyMs - done);
    await system.advance(step);
    done += step;
    progress(done, historyMs);
    await yieldNow();
  }
  // A tab has far less memory than a Prometheus server: a tenth of its 50M-sample limit.
  const engine = createEngine({ maxSamples: 5_000_000 });
  const handler = createWorldHandler(system);
  return {
    system,
    engine,
    setup,
    http: async (req) => {
      const r = await handler({ method: req.method, url: req.url, headers: lowerKeys(req.headers ?? {}), body: req.body ?? '' });
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers)) headers[k] = typeof v === 'string' ? v : v.join(', ');
      return { status: r.status, headers, body: r.body };
    },
    info: () => worldInfo(system, setup),
    snapshot: () => snapshotOf(system, setup),
  };
}

/**
 * snapshotOf is the setup that rebuilds `system` as it is now. Config files
 * are included only when they differ from the defaults, so an untouched
 * world's snapshot stays equal to a plain seed (no needless rebuilds). Edits
 * are replayed from the start, not from when they were applied.
 */
function snapshotOf(system: System, setup: WorldSetup): WorldSetup {
  const prom = system.configText('prometheus');
  const am = system.configText('alertmanager');
  const rules = system.ruleFiles();
  const defaultRules = { [DEFAULT_RULES_FILE]: DEFAULT_RULES_YAML };
  return {
    seed: setup.seed,
    historyMs: system.clockState().nowMs - WORLD_START_MS,
    ...(prom !== DEFAULT_CONFIG_YAML ? { prometheusYml: prom } : {}),
    ...(JSON.stringify(rules) !== JSON.stringify(defaultRules) ? { ruleFiles: rules } : {}),
    ...(am !== DEFAULT_ALERTMANAGER_YAML ? { alertmanagerYml: am } : {}),
    // An incident stopped the moment it started (a paused clock) never acted, and a zero duration would be rejected.
    incidents: system.incidents().filter((i) => i.endMs === undefined || i.endMs > i.startMs).map((i) => ({
      kind: i.kind,
      options: { ...(i.target !== '' ? { target: i.target } : {}), params: i.params, atMs: i.startMs, ...(i.endMs !== undefined ? { durationMs: i.endMs - i.startMs } : {}) },
    })),
  };
}

function lowerKeys(h: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}

function worldInfo(system: System, setup: WorldSetup): WorldInfo {
  const { head } = system;
  const clock = system.clockState();
  return {
    minTimeMs: Number.isFinite(head.minTime) ? head.minTime : clock.nowMs,
    nowMs: clock.nowMs,
    numSeries: head.numSeries,
    metricNames: head.querier(head.minTime, head.maxTime).labelValues('__name__'),
    clock,
    seed: setup.seed,
    startMs: WORLD_START_MS,
    setup,
  };
}
