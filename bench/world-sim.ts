/**
 * World simulation benchmark: the default world (22 targets + Pushgateway,
 * ~5,000 series) scraped every 15 s into a TSDB head for `hours` of virtual
 * time; the goal is 24 h in ≤ 5 s using ≤ 300 MB. The exporters hand the
 * scrape loop their sample values beside the text (SampleValues), which it
 * reads once a target's text layout is known; `--text` hides the values, so
 * every scrape prints its exposition text and parses it, as over HTTP.
 *
 * Run alone: `npx tsx bench/world-sim.ts [hours] [--text]` (add `--expose-gc`
 * via `node --expose-gc --import tsx` for a settled heap figure).
 */
import { DEFAULT_CONFIG_YAML, parseConfig } from '../engine/config/index';
import { ScrapeManager } from '../engine/scrape/index';
import { textOnlyNetwork } from '../engine/scrape/testing';
import { createHead } from '../engine/tsdb/index';
import { createWorld } from '../engine/world/index';

export interface WorldSimResult {
  readonly wallMs: number;
  /** User + system CPU time of the process during the run, ms (the machine may be shared). */
  readonly cpuMs: number;
  readonly samples: number;
  readonly series: number;
  /** Heap in use after the run (after a full GC when `global.gc` is exposed), MB. */
  readonly heapUsedMB: number;
  /** Memory of ArrayBuffers (outside the heap: chunk slabs, the open chunks' stage table), MB. */
  readonly arrayBuffersMB: number;
  readonly appendErrors: number;
  /** Active targets, and those whose last scrape failed. */
  readonly targets: number;
  readonly down: readonly string[];
}

/** START_MS is a fixed virtual start (2026-01-01T00:00:00Z) so runs are comparable. */
const START_MS = Date.UTC(2026, 0, 1);
const HOUR_MS = 3_600_000;

export function benchWorldSim(hours = 24, textOnly = false): WorldSimResult {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const world = createWorld({ seed: 1, startMs: START_MS });
  const head = createHead();
  const scrape = new ScrapeManager({
    config: parseConfig(DEFAULT_CONFIG_YAML).config,
    network: textOnly ? textOnlyNetwork(world.network) : world.network,
    storage: head,
    clock: world.clock,
    discovery: { kubernetes: world.cluster, files: new Map() },
  });
  // An hour at a time, as a UI stepping the world would.
  for (let h = 1; h <= hours; h++) scrape.runUntil(START_MS + Math.round(h * HOUR_MS));
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - wall0;
  const stats = head.stats(1);
  const targets = scrape.pools().flatMap((p) => [...p.active.values()]);
  const down = targets.filter((t) => t.health !== 'up').map((t) => `${t.job}/${t.instance}: ${t.lastError}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
  const result: WorldSimResult = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    samples: stats.numSamples,
    series: stats.headStats.numSeries,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    arrayBuffersMB: process.memoryUsage().arrayBuffers / 2 ** 20,
    appendErrors: scrape.appendErrors,
    targets: targets.length,
    down,
  };
  scrape.dispose();
  return result;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

if (process.argv[1]?.endsWith('world-sim.ts')) {
  const args = process.argv.slice(2);
  const textOnly = args.includes('--text');
  const hours = Number(args.find((a) => !a.startsWith('--')) ?? 24);
  const r = benchWorldSim(hours, textOnly);
  console.log(`World ${hours} h at 15 s${textOnly ? ' (text only)' : ''}: ${r.targets} targets (${r.down.length} down), ${fmt(r.series)} series, ${fmt(r.samples)} samples`);
  console.log(`  wall ${fmt(r.wallMs)} ms, CPU ${fmt(r.cpuMs)} ms   (goal ≤ 5,000 ms)`);
  console.log(`  heap ${fmt(r.heapUsedMB, 1)} MB + array buffers ${fmt(r.arrayBuffersMB, 1)} MB   (goal ≤ 300 MB), append errors ${r.appendErrors}`);
  for (const d of r.down) console.log(`  down: ${d}`);
}
