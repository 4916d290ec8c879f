/**
 * The Golden signals dashboard's refresh, worker side, in Node: the range
 * queries its panels send, built from the dashboard's definition the way
 * DashboardPanel does (every pod selected, a 1,200 px wide grid, so each
 * panel's step follows from its width), answered as one batch by the
 * worker's own handler: refreshes while the world moves on 15 s between
 * them (its results cache evaluates only the newest steps), and full
 * evaluations (the first load, or a new range).
 * Run alone: tsx bench/dashboard-queries.ts [rounds]
 */
import { pathToFileURL } from 'node:url';
import { GOLDEN_SIGNALS } from '../components/dashboards/goldenSignals';
import type { Dashboard } from '../components/dashboards/model';
import { panelRange } from '../components/dashboards/panelData';
import { intervalMs, timeMacros } from '../components/dashboards/timeMacros';
import { interpolate, parseVariableQuery, type VariableValues } from '../components/dashboards/variables';
import { createHandlers, type Handlers } from '../components/system/handlers';
import type { RangeQueryParams } from '../components/system/protocol';
import { WorldSession } from '../components/system/worldSession';

/** GRID_WIDTH_PX is the dashboard grid's width; a panel is w/24 of it, less its padding (as DashboardView lays it out). */
const GRID_WIDTH_PX = 1200;
const REFRESH_MS = 15_000;
/** The dashboard page's range when the dashboard names none. */
const DEFAULT_RANGE_MS = 3_600_000;

export interface DashboardBenchResult {
  readonly queries: number;
  /** CPU time (ms) of answering a refresh's batch, which the worker's results cache mostly serves: median and best. */
  readonly refresh: CpuFigures;
  /** CPU time (ms) of evaluating the whole batch, as on first load or a new range. */
  readonly full: CpuFigures;
}

export interface CpuFigures {
  readonly medianMs: number;
  readonly bestMs: number;
}

/** variableValues selects every option of each query variable, as the dashboard's "All" does. */
async function variableValues(dashboard: Dashboard, handlers: Handlers, signal: AbortSignal): Promise<VariableValues> {
  const values: Record<string, readonly string[]> = {};
  for (const v of dashboard.variables) {
    const q = v.kind === 'query' ? parseVariableQuery(v.query) : null;
    if (q?.kind !== 'label_values') throw new Error(`bench: variable ${v.name} is not a label_values query`);
    values[v.name] = await handlers.labelValues({ name: q.label, ...(q.match ? { matchers: [q.match] } : {}) }, signal);
  }
  return values;
}

/** rangeQueries lists the range queries of the dashboard's panels (tables query instantly, text panels not at all) for a range ending at endMs. */
function rangeQueries(dashboard: Dashboard, values: VariableValues, endMs: number): RangeQueryParams[] {
  const out: RangeQueryParams[] = [];
  const rangeMs = dashboard.rangeMs ?? DEFAULT_RANGE_MS;
  for (const row of dashboard.rows) {
    for (const panel of row.panels) {
      if (panel.type === 'text' || panel.type === 'table' || panel.unsupported) continue;
      const stepMs = intervalMs(rangeMs, Math.max(50, Math.round((GRID_WIDTH_PX * panel.w) / 24) - 24));
      const macros = Object.entries(timeMacros(rangeMs, stepMs));
      const all = { ...values, ...Object.fromEntries(macros.map(([k, v]) => [k, [v]])) };
      const raw = new Set(macros.map(([k]) => k));
      const range = panelRange(endMs, rangeMs, stepMs);
      for (const q of panel.queries) out.push({ query: interpolate(q.expr, all, raw), ...range });
    }
  }
  return out;
}

/** cpuFigures summarises CPU times, leaving out the first `warmUp` (the JIT still compiling). */
function cpuFigures(times: readonly number[], warmUp: number): CpuFigures {
  const timed = times.slice(warmUp).sort((a, b) => a - b);
  return { medianMs: timed[timed.length >> 1] ?? NaN, bestMs: timed[0] ?? NaN };
}

/**
 * benchDashboardQueries builds the default world with `historyMs` of
 * history and times `rounds` refreshes of the Golden signals batch, the
 * world moving 15 s before each; then `rounds` full evaluations, of windows
 * ending a minute further back each time (which the results cache cannot
 * serve). The first two of each are warm-up and not counted.
 */
export async function benchDashboardQueries(rounds = 12, historyMs = 2 * 3_600_000): Promise<DashboardBenchResult> {
  const session = new WorldSession({ seed: 1, historyMs }, () => {}, () => Promise.resolve());
  const host = await session.current();
  const handlers = createHandlers(session);
  const signal = new AbortController().signal;
  const values = await variableValues(GOLDEN_SIGNALS, handlers, signal);
  let queries = 0;
  const answer = async (endMs: number): Promise<number> => {
    const batch = rangeQueries(GOLDEN_SIGNALS, values, endMs);
    queries = batch.length;
    const before = process.cpuUsage();
    const answers = await handlers.rangeQueries({ queries: batch }, signal);
    const used = process.cpuUsage(before);
    const failed = answers.find((a) => !a.ok);
    if (failed !== undefined) throw new Error(`bench: a Golden signals query failed: ${JSON.stringify(failed)}`);
    return (used.user + used.system) / 1000;
  };
  const refresh: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await host.system.advance(REFRESH_MS);
    refresh.push(await answer(host.system.clockState().nowMs));
  }
  const full: number[] = [];
  const nowMs = host.system.clockState().nowMs;
  for (let i = 1; i <= rounds; i++) full.push(await answer(nowMs - i * 60_000));
  return { queries, refresh: cpuFigures(refresh, 2), full: cpuFigures(full, 2) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchDashboardQueries(Number(process.argv[2] ?? 12));
  console.log(`Golden signals (${r.queries} range queries over 1 h), CPU per batch:`);
  console.log(`  refresh ${r.refresh.medianMs.toFixed(0)} ms (best ${r.refresh.bestMs.toFixed(0)}), full evaluation ${r.full.medianMs.toFixed(0)} ms (best ${r.full.bestMs.toFixed(0)})`);
}
