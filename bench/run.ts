/**
 * `npm run bench`: speed and memory of the engine on a deterministic dataset.
 * Prints append rate, bytes per sample, heavy range query latency at 1× and
 * 10×, the CPU time of a Golden signals dashboard refresh in the worker,
 * the HTTP query-list time through `serve`, and the default world
 * simulated for 24 h: scraping alone, then the whole system (rules and
 * Alertmanager too). Pass `--quick` to skip the 10× scale and simulate 1 h
 * of the world instead of 24 h.
 */
import { benchTsdb } from './tsdb';
import { benchQueries } from './queries';
import { benchHttp } from './http';
import { benchDashboardQueries } from './dashboard-queries';
import { benchWorldSim } from './world-sim';
import { benchWorld } from './world';

const quick = process.argv.includes('--quick');
const scales = quick ? [1] : [1, 10];

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function main(): Promise<void> {
  console.log(`Prometheus Playground benchmarks (node ${process.version})\n`);
  for (const scale of scales) {
    const t = await benchTsdb(scale);
    console.log(`TSDB ${scale}×: ${fmt(t.series)} series, ${fmt(t.samples)} samples`);
    console.log(`  append rate     ${fmt(t.appendSamplesPerSec)} samples/s   (goal ≥ 1,000,000)`);
    console.log(`  bytes/sample    ${fmt(t.bytesPerSample, 3)}              (goal ≤ 1.4)`);
  }
  for (const scale of scales) {
    console.log(`\nHeavy range queries ${scale}× (2 h at 15 s step, best of 3):`);
    for (const r of await benchQueries(scale)) {
      console.log(`  ${fmt(r.ms, 1).padStart(9)} ms  ${String(r.series).padStart(5)} series  ${r.query}`);
    }
  }
  const d = await benchDashboardQueries();
  console.log(`\nGolden signals dashboard in the worker (${d.queries} range queries over 1 h), CPU per batch (median, best):`);
  console.log(`  refresh 15 s later  ${fmt(d.refresh.medianMs).padStart(5)} ms, ${fmt(d.refresh.bestMs)} ms   (goal with drawing in the browser: ≤ 200 ms)`);
  console.log(`  full evaluation     ${fmt(d.full.medianMs).padStart(5)} ms, ${fmt(d.full.bestMs)} ms   (first load or a new range)`);
  const h = await benchHttp({});
  console.log(`\nHTTP: ${fmt(h.queries)} query cases over HTTP in ${fmt(h.totalMs)} ms (real Prometheus 2.42: ~2,800 ms on this machine class)`);
  const hours = quick ? 1 : 24;
  const w = benchWorldSim(hours);
  console.log(`\nWorld: ${hours} h of the default world (${w.targets} targets, ${fmt(w.series)} series, ${fmt(w.samples)} samples scraped at 15 s)`);
  console.log(`  wall ${fmt(w.wallMs)} ms, CPU ${fmt(w.cpuMs)} ms, heap after ${fmt(w.heapUsedMB)} MB + array buffers ${fmt(w.arrayBuffersMB)} MB, ${fmt(w.samples / (w.wallMs / 1000))} samples/s   (goal for 24 h: ≤ 5,000 ms, ≤ 300 MB)`);
  const s = await benchWorld({ hours });
  console.log(`\nSystem: ${hours} h of createSystem (scraping, default rules, Alertmanager; ${fmt(s.series)} series)`);
  console.log(`  wall ${fmt(s.wallMs)} ms, CPU ${fmt(s.cpuMs)} ms, heap after ${fmt(s.heapUsedMB)} MB, ${fmt(s.samples / (s.wallMs / 1000))} samples/s   (goal for 24 h: ≤ 5,000 ms, ≤ 300 MB)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
