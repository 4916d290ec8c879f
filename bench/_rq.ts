import { createEngine, createHead, generateDataset } from '../engine/index';
const ds = generateDataset(1);
const head = createHead();
const app = head.appender();
for (let i = 0; i < ds.points; i++) for (const s of ds.series) app.append(s.labels, ds.startMs + i * ds.intervalMs, s.values[i]!);
const engine = createEngine({});
const t0 = performance.now();
let maxGap = 0; let last = performance.now();
const timer = setInterval(() => { const n = performance.now(); maxGap = Math.max(maxGap, n - last); last = n; }, 10);
try {
  await engine.instantQuery(head, 'count_over_time({__name__=~".+"}[1y:1s])', ds.startMs + 7000_000, { timeoutMs: 3000 });
  console.log('finished?!');
} catch (e) { console.log('error after', (performance.now() - t0).toFixed(0), 'ms:', (e as Error).message); }
clearInterval(timer);
console.log('max event-loop gap', maxGap.toFixed(0), 'ms');
