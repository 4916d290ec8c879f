import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, type MetricFamily } from '../exposition/index';
import { createRandom, type SimRequest } from '../sim/index';
import { NodeExporter } from './node-exporter';
import type { NodeSignals } from './node-signals';
import { sampleValue, steadyNode, T0 } from './testing';

const GiB = 2 ** 30;

function node(signals: (t: number) => NodeSignals = () => steadyNode(), seed = 1): NodeExporter {
  return new NodeExporter({ nodename: 'node-1', cpus: 4, memTotalBytes: 16 * GiB, bootMs: T0 - 5 * 86_400_000, startMs: T0, random: createRandom(seed).fork('node'), signals });
}

const req = (tMs: number, headers: Record<string, string> = {}, path = '/metrics'): SimRequest => ({ method: 'GET', path, query: {}, headers, body: '', tMs });

function scrape(e: NodeExporter, tMs: number): MetricFamily[] {
  const r = e.handle(req(tMs));
  expect(r.status).toBe(200);
  return parseText(r.body);
}

describe('NodeExporter', () => {
  it('exposes the core node_exporter families with the real names, types and HELP texts', () => {
    const sample = parseText(readFileSync('/work/shared/samples/node_exporter.metrics', 'utf8'));
    const real = new Map(sample.map((f) => [f.name, f]));
    const ours = scrape(node(), T0 + 60_000);
    const names = ours.map((f) => f.name);
    for (const want of [
      'node_cpu_seconds_total', 'node_memory_MemTotal_bytes', 'node_memory_MemAvailable_bytes', 'node_memory_MemFree_bytes', 'node_memory_Cached_bytes',
      'node_memory_Buffers_bytes', 'node_filesystem_size_bytes', 'node_filesystem_avail_bytes', 'node_filesystem_free_bytes', 'node_filesystem_files',
      'node_disk_read_bytes_total', 'node_disk_written_bytes_total', 'node_disk_io_time_seconds_total', 'node_network_receive_bytes_total',
      'node_network_transmit_bytes_total', 'node_network_receive_errs_total', 'node_load1', 'node_load5', 'node_load15', 'node_boot_time_seconds',
      'node_time_seconds', 'node_uname_info', 'node_exporter_build_info', 'node_scrape_collector_duration_seconds', 'node_scrape_collector_success',
      'go_goroutines', 'go_gc_duration_seconds', 'process_cpu_seconds_total', 'process_start_time_seconds', 'promhttp_metric_handler_requests_total',
    ]) expect(names).toContain(want);
    let compared = 0;
    for (const f of ours) {
      const r = real.get(f.name);
      if (r === undefined) continue;
      expect({ name: f.name, type: f.type, help: f.help }).toEqual({ name: r.name, type: r.type, help: r.help });
      const labelNames = (fam: MetricFamily) => [...new Set(fam.samples.map((s) => s.labels.map((l) => l.name).join(',')))];
      if (f.name !== 'node_exporter_build_info') expect(labelNames(f)).toEqual(labelNames(r));
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
    expect(names).toEqual([...names].sort());
  });

  it('has one counter per cpu and mode, 8 modes, that only go up', () => {
    const e = node();
    const a = scrape(e, T0 + 15_000);
    const b = scrape(e, T0 + 30_000);
    const cpu = a.find((f) => f.name === 'node_cpu_seconds_total')!;
    expect(cpu.samples).toHaveLength(4 * 8);
    for (const mode of ['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user']) {
      expect(sampleValue(b, 'node_cpu_seconds_total', { cpu: '0', mode })!).toBeGreaterThanOrEqual(sampleValue(a, 'node_cpu_seconds_total', { cpu: '0', mode })!);
    }
    const busy = (fams: MetricFamily[]) => sampleValue(fams, 'node_cpu_seconds_total', { cpu: '1', mode: 'user' })!;
    expect(busy(b) - busy(a)).toBeGreaterThan(0);
  });

  it('follows its signals: more CPU load, more busy seconds and a higher load average', () => {
    let busy = 0.1;
    const e = node(() => steadyNode({ cpuBusy: busy }));
    const idleAt = (f: MetricFamily[]) => sampleValue(f, 'node_cpu_seconds_total', { cpu: '0', mode: 'idle' })!;
    const a = scrape(e, T0 + 600_000);
    const b = scrape(e, T0 + 1_200_000);
    busy = 0.9;
    const c = scrape(e, T0 + 1_800_000);
    expect(idleAt(c) - idleAt(b)).toBeLessThan((idleAt(b) - idleAt(a)) / 3);
    expect(sampleValue(c, 'node_load1')!).toBeGreaterThan(sampleValue(b, 'node_load1')! * 3);
  });

  it('loses free space on the data volume while the disk fills', () => {
    const e = node(() => steadyNode({ diskFillBytesPerSec: 50e6 }));
    const labels = { mountpoint: '/var/lib/data', fstype: 'xfs', device: '/dev/vdb' };
    const a = sampleValue(scrape(e, T0 + 60_000), 'node_filesystem_avail_bytes', labels)!;
    const b = sampleValue(scrape(e, T0 + 660_000), 'node_filesystem_avail_bytes', labels)!;
    expect(a - b).toBeGreaterThan(600 * 50e6 * 0.95);
    const end = sampleValue(scrape(e, T0 + 86_400_000), 'node_filesystem_avail_bytes', labels)!;
    expect(end).toBe(0);
  });

  it('answers in the text format even when OpenMetrics is asked for, as node_exporter does by default', () => {
    const r = node().handle(req(T0 + 15_000, { Accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5' }));
    expect(r.headers['Content-Type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.body).not.toContain('# EOF');
  });

  it('answers 404 elsewhere and models the scrape duration, slow-scrape delay included', () => {
    let delay = 0;
    const e = node(() => steadyNode({ scrapeDelayMs: delay }));
    expect(e.handle(req(T0, {}, '/')).status).toBe(404);
    const fast = e.handle(req(T0 + 15_000)).durationMs;
    expect(fast).toBeGreaterThan(0);
    expect(fast).toBeLessThan(100);
    delay = 12_000;
    expect(e.handle(req(T0 + 30_000)).durationMs).toBeGreaterThan(12_000);
  });

  it('counts its own scrapes in promhttp_metric_handler_requests_total', () => {
    const e = node();
    scrape(e, T0 + 15_000);
    const f = scrape(e, T0 + 30_000);
    expect(sampleValue(f, 'promhttp_metric_handler_requests_total', { code: '200' })).toBe(1);
  });

  it('renders identical text for the same seed, whatever the scrape times', () => {
    const a = node();
    const b = node();
    for (let t = T0; t < T0 + 3_600_000; t += 15_000) a.advanceTo(t);
    for (let t = T0; t < T0 + 3_600_000; t += 60_000) b.advanceTo(t);
    a.advanceTo(T0 + 3_600_000);
    b.advanceTo(T0 + 3_600_000);
    expect(a.render(false)).toBe(b.render(false));
    const c = node(undefined, 2);
    c.advanceTo(T0 + 3_600_000);
    expect(c.render(false)).not.toBe(a.render(false));
  });
});
