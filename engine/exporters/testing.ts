import type { MetricFamily } from '../exposition/index';
import type { ApiSignals } from './api-service';
import type { MlSignals } from './ml-service';
import type { NodeSignals } from './node-signals';

/** Steady signals for exporter tests; override what a test varies. */

export const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);

export function steadyNode(over: Partial<NodeSignals> = {}): NodeSignals {
  return { cpuBusy: 0.3, memUsedBytes: 4e9, netRxBytesPerSec: 1e6, netTxBytesPerSec: 3e6, diskReadBytesPerSec: 2e5, diskWriteBytesPerSec: 1e6, diskFillBytesPerSec: 0, scrapeDelayMs: 0, ...over };
}

export function steadyApi(over: Partial<ApiSignals> = {}): ApiSignals {
  return { rps: 40, saturation: 0.33, errorRatio: 0.001, handlerErrorRatio: {}, latencyFactor: 1, version: '1.14.2', leakBytesPerSec: 0, newUserIdsPerSec: 0, scrapeDelayMs: 0, ...over };
}

export function steadyMl(over: Partial<MlSignals> = {}): MlSignals {
  return { rps: 20, saturation: 0.5, errorRatio: 0.001, latencyFactor: 1, drift: {}, scrapeDelayMs: 0, ...over };
}

/** sampleValue finds a sample by name and exact labels in parsed families (undefined when absent). */
export function sampleValue(families: readonly MetricFamily[], name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
  for (const f of families) {
    for (const s of f.samples) {
      const rec: Record<string, string> = {};
      for (const l of s.labels) rec[l.name] = l.value;
      if (rec['__name__'] !== name) continue;
      if (Object.keys(labels).every((k) => rec[k] === labels[k])) return s.value;
    }
  }
  return undefined;
}

/** sumValues sums the samples named `name` whose labels include `labels`. */
export function sumValues(families: readonly MetricFamily[], name: string, labels: Readonly<Record<string, string>> = {}): number {
  let sum = 0;
  for (const f of families) {
    for (const s of f.samples) {
      const rec: Record<string, string> = {};
      for (const l of s.labels) rec[l.name] = l.value;
      if (rec['__name__'] === name && Object.keys(labels).every((k) => rec[k] === labels[k])) sum += s.value;
    }
  }
  return sum;
}
