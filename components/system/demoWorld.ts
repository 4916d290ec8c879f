import { createEngine, createHead, generateDataset, type Head, type MetricType, type PromQLEngine } from '@/engine/index';
import type { WorldInfo } from './protocol';

/**
 * ServedWorld is what the worker serves: a queryable store and a PromQL engine.
 * Today it holds the demo dataset; the simulated world with a virtual clock
 * will implement the same shape and push a new `info()` when time advances.
 */
export interface ServedWorld {
  readonly head: Head;
  readonly engine: PromQLEngine;
  info(): WorldInfo;
}

/** HELP texts for the demo families, as their exporters would expose them. */
const HELP: Readonly<Record<string, string>> = {
  http_requests_total: 'Total number of HTTP requests by handler and status code.',
  http_request_duration_seconds: 'HTTP request latency in seconds.',
  node_cpu_seconds_total: 'Seconds the CPUs spent in each mode.',
  node_memory_MemTotal_bytes: 'Memory information field MemTotal_bytes.',
  node_memory_MemAvailable_bytes: 'Memory information field MemAvailable_bytes.',
  node_load1: '1m load average.',
  node_load5: '5m load average.',
  process_resident_memory_bytes: 'Resident memory size in bytes.',
  go_goroutines: 'Number of goroutines that currently exist.',
  up: '1 if the target was scraped successfully, 0 otherwise.',
  node_filesystem_avail_bytes: 'Filesystem space available to non-root users in bytes.',
  node_network_receive_bytes_total: 'Network device statistic receive_bytes.',
  node_network_transmit_bytes_total: 'Network device statistic transmit_bytes.',
};

/** createDemoWorld loads the 2 h demo dataset (scale 1) into a fresh head. */
export function createDemoWorld(): ServedWorld {
  const head = createHead();
  const dataset = generateDataset(1);
  const app = head.appender();
  const families = new Map<string, MetricType>();
  for (const s of dataset.series) families.set(s.family, s.type);
  for (const [family, type] of families) app.setMetadata(family, { type, help: HELP[family] ?? '', unit: '' });
  for (let i = 0; i < dataset.points; i++) {
    const t = dataset.startMs + i * dataset.intervalMs;
    for (const s of dataset.series) app.append(s.labels, t, s.values[i]!);
  }
  // A tab has far less memory than a Prometheus server: a tenth of its 50M-sample limit.
  const engine = createEngine({ maxSamples: 5_000_000 });
  return {
    head,
    engine,
    info: () => ({
      minTimeMs: head.minTime,
      nowMs: head.maxTime,
      numSeries: head.numSeries,
      metricNames: head.querier(head.minTime, head.maxTime).labelValues('__name__'),
    }),
  };
}
