import { createEngine, createSystem, createWorldHandler, type PromQLEngine, type System } from '@/engine/index';
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
