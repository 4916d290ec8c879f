import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLabel, type Labels } from '../model/labels';
import { parseExposition } from './detect';
import { parseOpenMetrics } from './om-parse';
import { writeOpenMetrics } from './om-write';
import { parseText } from './text-parse';
import { writeText } from './text-write';
import type { MetricFamily } from './types';

/** Real exporter outputs shared by the team (not copied into the project). */
function readSample(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../shared/samples/${name}`, import.meta.url)), 'utf8');
}

function family(fams: readonly MetricFamily[], name: string): MetricFamily {
  const f = fams.find((x) => x.name === name);
  if (f === undefined) throw new Error(`no family ${name}`);
  return f;
}

function valueOf(f: MetricFamily, match: Record<string, string>): number | undefined {
  const has = (labels: Labels): boolean => Object.entries(match).every(([k, v]) => getLabel(labels, k) === v);
  return f.samples.find((s) => has(s.labels))?.value;
}

function typeCounts(fams: readonly MetricFamily[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fams) out[f.type] = (out[f.type] ?? 0) + 1;
  return out;
}

const FILES = ['node_exporter.metrics', 'pushgateway.metrics', 'pushgateway_after_two_pushes.metrics', 'alertmanager.metrics'];

describe('real exporter outputs', () => {
  it('node_exporter: 283 families with 507 samples', () => {
    const fams = parseText(readSample('node_exporter.metrics'));
    expect(fams).toHaveLength(283);
    expect(fams.reduce((n, f) => n + f.samples.length, 0)).toBe(507);
    expect(typeCounts(fams)).toEqual({ summary: 1, gauge: 175, counter: 60, unknown: 47 });
    const cpu = family(fams, 'node_cpu_seconds_total');
    expect(cpu).toMatchObject({ type: 'counter', help: 'Seconds the CPUs spent in each mode.', unit: '' });
    expect(cpu.samples).toHaveLength(16);
    expect(valueOf(cpu, { cpu: '0', mode: 'idle' })).toBe(1061.87);
    expect(valueOf(family(fams, 'node_boot_time_seconds'), {})).toBe(1.795545241e9);
    const gc = family(fams, 'go_gc_duration_seconds');
    expect(gc.type).toBe('summary');
    expect(gc.samples.map((s) => getLabel(s.labels, '__name__')).slice(-2)).toEqual(['go_gc_duration_seconds_sum', 'go_gc_duration_seconds_count']);
    // Empty label values are dropped: node_os_info prints model="", path="" and others.
    expect(family(fams, 'node_os_info').samples[0]!.labels.map((l) => l.name)).toEqual([
      '__name__', 'id', 'name', 'pretty_name', 'version', 'version_codename', 'version_id',
    ]);
  });

  it('alertmanager: histograms with le last, summaries and gauges', () => {
    const fams = parseText(readSample('alertmanager.metrics'));
    expect(fams).toHaveLength(77);
    expect(typeCounts(fams)).toEqual({ gauge: 43, counter: 23, summary: 6, histogram: 5 });
    const alerts = family(fams, 'alertmanager_alerts');
    expect(alerts).toMatchObject({ type: 'gauge', help: 'How many alerts by state.' });
    expect(valueOf(alerts, { state: 'active' })).toBe(1);
    const http = family(fams, 'alertmanager_http_request_duration_seconds');
    expect(http.type).toBe('histogram');
    expect(valueOf(http, { __name__: 'alertmanager_http_request_duration_seconds_sum', handler: '/-/ready' })).toBe(3.7486e-5);
    expect(http.samples.filter((s) => getLabel(s.labels, 'le') === '+Inf').length).toBeGreaterThan(0);
  });

  it('pushgateway: untyped families become unknown; groups carry job and instance labels', () => {
    const fams = parseText(readSample('pushgateway.metrics'));
    expect(fams).toHaveLength(46);
    expect(typeCounts(fams)).toEqual({ gauge: 33, histogram: 1, counter: 7, unknown: 2, summary: 3 });
    expect(family(fams, 'files_seen')).toMatchObject({ type: 'unknown', help: '' });
    expect(valueOf(family(fams, 'files_seen'), { job: 'files', path: '/var/tmp' })).toBe(3);
    expect(family(fams, 'push_time_seconds').help).toBe('Last Unix time when changing this group in the Pushgateway succeeded.');
    expect(valueOf(family(fams, 'etl_duration_seconds'), { __name__: 'etl_duration_seconds_bucket', le: '5' })).toBe(7);
  });

  it('pushgateway after two pushes: the replaced group has its new value and help', () => {
    const fams = parseText(readSample('pushgateway_after_two_pushes.metrics'));
    expect(fams).toHaveLength(48);
    const backup = family(fams, 'backup_last_success_timestamp_seconds');
    expect(backup).toMatchObject({ type: 'gauge', help: 'Last time the backup job succeeded.' });
    expect(valueOf(backup, { job: 'backup' })).toBe(1.7672256e9);
    expect(family(fams, 'backup_bytes_total').type).toBe('unknown');
  });

  it.each(FILES)('%s round-trips through both writers', (file) => {
    const fams = parseText(readSample(file));
    expect(parseText(writeText(fams))).toEqual(fams);
    const om = writeOpenMetrics(fams);
    expect(parseExposition(om).format).toBe('openmetrics');
    expect(writeText(parseOpenMetrics(om))).toBe(writeText(fams));
  });

  it('parses node_exporter repeatedly with identical results (speed sanity check, not timed)', () => {
    const src = readSample('node_exporter.metrics');
    const first = parseText(src);
    let samples = 0;
    for (let i = 0; i < 200; i++) samples += parseText(src).reduce((n, f) => n + f.samples.length, 0);
    expect(samples).toBe(200 * 507);
    expect(parseText(src)).toEqual(first);
  });
});
