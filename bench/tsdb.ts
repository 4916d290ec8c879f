/**
 * TSDB benchmark: append rate and compression of the head on the
 * deterministic demo dataset (~300 series × 2 h at 15 s per unit of scale).
 */
import { createHead } from '../engine/tsdb/index';
import type { Labels } from '../engine/model/labels';
import { generateDataset } from './dataset';

export interface TsdbBenchResult {
  /** appendSamplesPerSec is the best of three runs, appending scrape by scrape. */
  readonly appendSamplesPerSec: number;
  /** bytesPerSample is encoded chunk bytes divided by samples stored. */
  readonly bytesPerSample: number;
  readonly series: number;
  readonly samples: number;
}

export async function benchTsdb(scale: number): Promise<TsdbBenchResult> {
  const ds = generateDataset(scale);
  // Scrapes reuse their label sets, so do we: the head caches series by label-set identity.
  const labels: Labels[] = ds.series.map((s) => s.labels);
  const values = ds.series.map((s) => s.values);
  let best = Infinity;
  let bytesPerSample = 0;
  let samples = 0;
  for (let run = 0; run < 3; run++) {
    const head = createHead();
    const app = head.appender();
    const start = performance.now();
    for (let i = 0; i < ds.points; i++) {
      const t = ds.startMs + i * ds.intervalMs;
      for (let s = 0; s < labels.length; s++) app.append(labels[s]!, t, values[s]![i]!);
    }
    best = Math.min(best, performance.now() - start);
    const stats = head.stats();
    bytesPerSample = stats.bytesPerSample;
    samples = stats.numSamples;
    await Promise.resolve();
  }
  return {
    appendSamplesPerSec: samples / (best / 1000),
    bytesPerSample,
    series: ds.series.length,
    samples,
  };
}
