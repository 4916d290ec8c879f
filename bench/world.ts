/**
 * benchWorld: the default world (≥ 20 targets, ≥ 5,000 series, default rules
 * and Alertmanager) simulated for 24 h of virtual time at the default 15 s
 * scrape and evaluation interval. Goals: wall time ≤ 5 s, heap used after ≤ 300 MB.
 *
 * Run on its own with `npx tsx bench/world.ts [--hours 24] [--no-rules]`.
 */
import { pathToFileURL } from 'node:url';
import { createSystem } from '../engine/system/index';

export interface WorldBenchOptions {
  /** Virtual hours to simulate (default 24). */
  readonly hours?: number;
  /** Load the default rule file (default true); false isolates scraping. */
  readonly rules?: boolean;
  readonly seed?: number;
}

export interface WorldBenchResult {
  readonly hours: number;
  readonly targets: number;
  readonly series: number;
  readonly samples: number;
  /** Wall time of the simulation, ms (creating the system excluded). */
  readonly wallMs: number;
  /** User + system CPU time of the process during the run, ms: the fairer figure on a shared machine. */
  readonly cpuMs: number;
  /** Heap used after the run (after a GC when node runs with --expose-gc), MB. */
  readonly heapUsedMB: number;
  readonly chunkBytes: number;
}

const T0 = Date.UTC(2026, 0, 5);

export async function benchWorld(o: WorldBenchOptions = {}): Promise<WorldBenchResult> {
  const hours = o.hours ?? 24;
  const system = createSystem({ seed: o.seed ?? 1, startMs: T0, ...(o.rules === false ? { ruleFiles: {} } : {}) });
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  // An hour per step keeps the awaited promise chain short; the result does not depend on the step.
  for (let h = 1; h <= hours; h++) await system.runUntil(T0 + h * 3_600_000);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
  const stats = system.head.stats(1);
  return {
    hours,
    targets: system.scrape.pools().reduce((n, p) => n + p.active.size, 0),
    series: stats.headStats.numSeries,
    samples: stats.numSamples,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    chunkBytes: stats.chunkBytes,
  };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--hours');
  const hours = i >= 0 ? Number(process.argv[i + 1]) : 24;
  const r = await benchWorld({ hours, rules: !process.argv.includes('--no-rules') });
  console.log(`World ${r.hours} h at 15 s: ${fmt(r.targets)} targets, ${fmt(r.series)} series, ${fmt(r.samples)} samples`);
  console.log(`  wall time       ${fmt(r.wallMs)} ms   (goal ≤ 5,000; CPU ${fmt(r.cpuMs)} ms)`);
  console.log(`  heap used after ${fmt(r.heapUsedMB)} MB   (goal ≤ 300)`);
  console.log(`  chunk bytes     ${fmt(r.chunkBytes / 2 ** 20, 1)} MB`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
