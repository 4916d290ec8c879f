import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_YAML, parseConfig } from '../config';
import { TEXT_CONTENT_TYPE } from '../exposition';
import { labelsToRecord } from '../model/labels';
import type { SimEndpoint, SimRequest, SimResponse } from '../sim';
import { createHead } from '../tsdb';
import { createWorld } from '../world';
import { ScrapeManager } from './manager';
import { harness, T0, textOnlyNetwork } from './testing';

const IV = 15_000;

/** dumpWorld runs the default world and config for `minutes` and lists every stored series, the targets and the scrape log. */
function dumpWorld(minutes: number, text: boolean): string {
  const w = createWorld({ seed: 3, startMs: T0 });
  // The scrape log keeps the last 2,000 scrapes (about 20 minutes): the failures happen in the last quarter hour.
  // (A cardinality explosion changes layouts at every scrape; the exporters' own test covers it.)
  w.incidents.start('traffic-spike', { atMs: T0 + 300_000, durationMs: 900_000 });
  w.incidents.start('slow-scrape', { atMs: T0 + 1_500_000, durationMs: 600_000 });
  w.incidents.start('instance-down', { atMs: T0 + 1_800_000, durationMs: 300_000 });
  const head = createHead();
  const m = new ScrapeManager({
    config: parseConfig(DEFAULT_CONFIG_YAML).config,
    network: text ? textOnlyNetwork(w.network) : w.network,
    storage: head,
    clock: w.clock,
    discovery: { kubernetes: w.cluster, files: new Map() },
  });
  m.runUntil(T0 + minutes * 60_000);
  const out: string[] = [];
  for (const s of head.querier(-Infinity, Infinity).select([])) {
    const b = s.samples(-8.64e15, 8.64e15);
    const points: string[] = [];
    for (let i = 0; i < b.length; i++) points.push(b.stale[i] === 1 ? `${b.ts[i]}:stale` : `${b.ts[i]}:${Object.is(b.vs[i], -0) ? '-0' : b.vs[i]}`);
    out.push(`${JSON.stringify(labelsToRecord(s.labels))} ${points.join(' ')}`);
  }
  for (const p of m.pools()) for (const t of p.active.values()) out.push(`${t.job} ${t.instance} ${t.health} ${t.lastError} ${t.lastSamples}`);
  for (const e of m.events.list()) out.push(JSON.stringify(e));
  out.push(`append errors ${m.appendErrors}`);
  return out.join('\n');
}

/** ValuesExporter serves `n` gauges with a fixed layout object, as the simulated exporters do; `layout` changes only when its lines do. */
class ValuesExporter implements SimEndpoint {
  values: number[];
  layout: object = {};

  constructor(n: number) {
    this.values = Array.from({ length: n }, (_, i) => i);
  }

  handle(_req: SimRequest): SimResponse {
    const values = [...this.values];
    return {
      status: 200,
      headers: { 'Content-Type': TEXT_CONTENT_TYPE },
      body: '# TYPE g gauge\n' + values.map((v, i) => `g{i="${i}"} ${v}\n`).join(''),
      durationMs: 2,
      samples: { layout: this.layout, values },
    };
  }
}

describe('scraping an endpoint that also gives sample values', () => {
  it('stores exactly what reading the text stores: samples, staleness, synthetic series, health and the log', () => {
    const viaValues = dumpWorld(40, false);
    // Compared whole, but not printed whole on failure: the first differing line says enough.
    const viaText = dumpWorld(40, true);
    if (viaValues !== viaText) {
      const a = viaValues.split('\n');
      const b = viaText.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      expect(a[i], `line ${i}`).toBe(b[i]);
    }
    expect(viaValues.length).toBeGreaterThan(1_000_000);
    expect(viaValues).toContain(':stale');
    expect(viaValues).toContain('context deadline exceeded');
  });

  it('reads the text until it has seen the layout, then the values', () => {
    const ex = new ValuesExporter(3);
    // Bodies are printed on first read, as the simulated exporters do; count the prints.
    let bodyReads = 0;
    const counted: SimEndpoint = {
      handle: (req) => {
        const r = ex.handle(req);
        let body: string | undefined;
        return {
          ...r,
          get body() {
            if (body === undefined) bodyReads++;
            return (body ??= r.body);
          },
        };
      },
    };
    const h = harness(createHead(), 'scrape_configs:\n  - job_name: j\n    scrape_interval: 15s\n    static_configs:\n      - targets: [t:1]\n', (net) => net.register('t:1', counted));
    h.manager.runUntil(T0 + IV - 1);
    expect(bodyReads).toBe(1);
    for (let i = 2; i <= 4; i++) {
      ex.values = ex.values.map((v) => v + 10);
      h.manager.runUntil(T0 + i * IV - 1);
    }
    expect(bodyReads).toBe(1);
    expect(h.series('g').map((s) => s.vs)).toEqual([
      [0, 10, 20, 30],
      [1, 11, 21, 31],
      [2, 12, 22, 32],
    ]);
    // A new layout object is read as text once more, and new series behave as they would from text.
    ex.layout = {};
    ex.values = [...ex.values, 99];
    h.manager.runUntil(T0 + 5 * IV - 1);
    expect(bodyReads).toBe(2);
    expect(h.series('g', { i: '3' })[0]!.vs).toEqual([99]);
    expect(h.series('scrape_series_added')[0]!.vs.at(-1)).toBe(1);
    const target = [...h.manager.pools()[0]!.active.values()][0]!;
    expect(target.lastBody).toContain('g{i="3"} 99\n');
  });

  it('applies sample_limit and metric relabeling to values as to text', () => {
    const ex = new ValuesExporter(4);
    const yaml = [
      'scrape_configs:',
      '  - job_name: j',
      '    scrape_interval: 15s',
      '    sample_limit: 3',
      '    metric_relabel_configs:',
      '      - source_labels: [i]',
      '        regex: "0"',
      '        action: drop',
      '    static_configs:',
      '      - targets: [t:1]',
      '',
    ].join('\n');
    const h = harness(createHead(), yaml, (net) => net.register('t:1', ex));
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(h.series('g').map((s) => s.labels['i'])).toEqual(['1', '2', '3']);
    expect(h.series('up')[0]!.vs).toEqual([1, 1]);
    // One more series than the limit allows: the scrape fails on the values path too, and the series go stale.
    ex.layout = {};
    ex.values = [...ex.values, 4];
    h.manager.runUntil(T0 + 3 * IV - 1);
    ex.values = ex.values.map((v) => v + 1);
    h.manager.runUntil(T0 + 4 * IV - 1);
    expect(h.series('up')[0]!.vs).toEqual([1, 1, 0, 0]);
    expect(h.series('g', { i: '1' })[0]!.stale).toEqual([false, false, true]);
    const target = [...h.manager.pools()[0]!.active.values()][0]!;
    expect(target.lastError).toBe('sample limit exceeded');
  });

  it('stores borrowed values as read, and none of a scrape over the sample limit', () => {
    const ex = new ValuesExporter(3);
    const yaml = 'scrape_configs:\n  - job_name: j\n    scrape_interval: 15s\n    sample_limit: 3\n    static_configs:\n      - targets: [t:1]\n';
    const h = harness(createHead(), yaml, (net) => net.register('t:1', ex));
    for (let i = 1; i <= 3; i++) {
      h.manager.runUntil(T0 + i * IV - 1);
      ex.values = ex.values.map((v) => v * 2 + 1);
    }
    // A layout with one more line than the limit: read as text once, then as values, failing both times.
    ex.layout = {};
    ex.values = [...ex.values, 7];
    h.manager.runUntil(T0 + 5 * IV - 1);
    expect(h.series('g').map((s) => s.vs.slice(0, 3))).toEqual([
      [0, 1, 3],
      [1, 3, 7],
      [2, 5, 11],
    ]);
    expect(h.series('g').map((s) => s.stale)).toEqual(Array(3).fill([false, false, false, true]));
    expect(h.series('up')[0]!.vs).toEqual([1, 1, 1, 0, 0]);
  });
});
