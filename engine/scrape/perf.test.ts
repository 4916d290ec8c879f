import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { createNetwork } from '../sim';
import { createHead } from '../tsdb';
import { ScrapeManager } from './index';
import { CounterExporter, T0 } from './testing';

/**
 * Throughput of the scrape path: 20 targets × 250 series every 15s, with
 * exporters rendering text and TSDB appends. The default run covers 30 min of
 * virtual time and prints the rate; `SCRAPE_BENCH=24` runs a whole day.
 */
describe('scrape throughput', () => {
  const hours = Number(process.env['SCRAPE_BENCH'] ?? '0.5');

  it(`scrapes 20 targets × 250 series every 15s for ${hours}h of virtual time`, () => {
    const net = createNetwork();
    const targets = Array.from({ length: 20 }, (_, i) => `app-${i}:8080`);
    for (const t of targets) net.register(t, new CounterExporter(250));
    const yaml = `global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: app\n    static_configs:\n      - targets: [${targets.join(', ')}]\n`;
    const head = createHead();
    const m = new ScrapeManager({ config: parseConfig(yaml).config, network: net, storage: head, startMs: T0 });
    const started = performance.now();
    m.runUntil(T0 + hours * 3600_000 - 1);
    const ms = performance.now() - started;
    const samples = head.stats().numSamples;
    // 5,000 series + 5 synthetic per target, once per 15s per target.
    expect(samples).toBe(hours * 240 * 20 * 255);
    expect(m.appendErrors).toBe(0);
    console.log(`scrape throughput: ${hours}h in ${ms.toFixed(0)} ms, ${(samples / ms / 1000).toFixed(2)}M samples/s; 24h ≈ ${((ms * 24) / hours / 1000).toFixed(1)} s`);
  }, 600_000);
});
