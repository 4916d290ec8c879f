import { describe, expect, it } from 'vitest';
import type { SystemEvent } from '@/engine/index';
import { applyOutcome, configUrl, fileName, positionText, ruleFileNames } from './config/configApi';
import { changeText, publicLabels, ruleYaml, stepOutcome, targetTitle, type RelabelRule } from './sd/sdModel';
import { formatAgo, formatBytes, formatSeconds, parseApiTime } from './shared/format';
import { errorText } from './shared/http';
import { countSamples, expositionLines, lineKind } from './targets/exposition';
import { groupByPool, hostPortOf, matchesFilter, type ActiveTarget } from './targets/targetsModel';
import { base64url, groupTitle, parseGroups, pushPath } from './pushgateway/pushModel';
import { compareNatural, layoutTimeline, PUSH_LANE } from './timeline/timelineLayout';
import { markShape } from './timeline/drawTimeline';

function target(pool: string, instance: string, health: ActiveTarget['health'], extra: Partial<ActiveTarget> = {}): ActiveTarget {
  return {
    discoveredLabels: {}, labels: { instance, job: pool }, scrapePool: pool, scrapeUrl: `http://${instance}/metrics`, lastError: '',
    lastScrape: '2026-01-05T09:00:00Z', lastScrapeDuration: 0.034, health, scrapeInterval: '15s', scrapeTimeout: '10s', ...extra,
  };
}

describe('format', () => {
  it('prints virtual ages the way the targets page shows them', () => {
    expect(formatAgo(1000, 1500)).toBe('just now');
    expect(formatAgo(0, 12_000)).toBe('12s ago');
    expect(formatAgo(0, 184_000)).toBe('3m 4s ago');
    expect(formatAgo(0, 180_000)).toBe('3m ago');
    expect(formatAgo(0, 7_500_000)).toBe('2h 5m ago');
    expect(formatAgo(10_000, 0)).toBe('just now');
  });
  it('reads RFC 3339 times and treats Go’s zero time as never', () => {
    expect(parseApiTime('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(parseApiTime('2026-01-05T09:00:01.5Z')).toBe(Date.UTC(2026, 0, 5, 9, 0, 1, 500));
    expect(parseApiTime('nope')).toBeUndefined();
  });
  it('prints scrape durations and byte counts', () => {
    expect(formatSeconds(0.034)).toBe('34ms');
    expect(formatSeconds(0.0004)).toBe('0.4ms');
    expect(formatSeconds(1.2041)).toBe('1.204s');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(141419)).toBe('138.1 KiB');
  });
});

describe('targets', () => {
  const all = [target('node', 'node-2:9100', 'up'), target('api', '10.0.0.1:8080', 'down', { lastError: 'connection refused' }), target('node', 'node-1:9100', 'unknown')];

  it('groups by pool in name order and counts up targets over the whole pool', () => {
    const groups = groupByPool(all, { health: new Set(['up']), search: '' });
    expect(groups.map((g) => [g.pool, g.targets.length, g.up, g.total])).toEqual([['api', 0, 0, 1], ['node', 1, 1, 2]]);
  });
  it('filters by text over endpoint, labels and error', () => {
    const f = (search: string) => all.filter((t) => matchesFilter(t, { health: new Set(), search })).map((t) => t.labels.instance);
    expect(f('node-1')).toEqual(['node-1:9100']);
    expect(f('JOB="API"')).toEqual(['10.0.0.1:8080']);
    expect(f('refused')).toEqual(['10.0.0.1:8080']);
    expect(f('  ')).toHaveLength(3);
  });
  it('finds host:port and path in scrape URLs, served-world URLs and bare addresses', () => {
    expect(hostPortOf('http://node-1:9100/metrics')).toEqual({ hostPort: 'node-1:9100', path: '/metrics' });
    expect(hostPortOf('http://127.0.0.1:9090/sim/targets/10.244.1.3:8080/stats?x=1')).toEqual({ hostPort: '10.244.1.3:8080', path: '/stats' });
    expect(hostPortOf('pushgateway:9091')).toEqual({ hostPort: 'pushgateway:9091', path: '/metrics' });
  });
});

describe('exposition', () => {
  const body = '# HELP up Whether.\n# TYPE up gauge\nup 1\n\n# UNIT x seconds\n# comment\nx_total{a="b"} 2\n# EOF\n';
  it('classifies lines so metadata can be dimmed', () => {
    expect(expositionLines(body).map(lineKind)).toEqual(['help', 'type', 'sample', 'blank', 'unit', 'comment', 'sample', 'eof']);
    expect(countSamples(body)).toBe(2);
  });
});

describe('service discovery', () => {
  const rule: RelabelRule = { source_labels: ['__meta_app'], separator: ';', target_label: '', regex: 'true', modulus: 0, replacement: '$1', action: 'keep' };
  it('prints rules as YAML without their defaults', () => {
    expect(ruleYaml(rule)).toBe('{action: keep, source_labels: [__meta_app], regex: "true"}');
    expect(ruleYaml({ ...rule, action: 'replace', regex: '(.*)', target_label: 'pod', source_labels: ['__meta_pod'] })).toBe('{action: replace, source_labels: [__meta_pod], target_label: pod}');
  });
  it('says what a step did', () => {
    expect(stepOutcome({ index: 0, action: 'keep', value: 'false', matched: false, dropped: true, changes: [] })).toBe('value "false" did not match the regex: target dropped');
    expect(stepOutcome({ index: 0, action: 'keep', value: 'true', matched: true, dropped: false, changes: [] })).toBe('value "true" matched: kept');
    expect(stepOutcome({ index: 1, action: 'replace', value: '', matched: false, dropped: false, changes: [] })).toBe('value "" did not match the regex: no change');
    expect(stepOutcome({ index: 1, action: 'replace', value: 'a', matched: true, dropped: false, changes: [{ name: 'pod', after: 'a' }] })).toBe('1 label changed');
    expect([changeText({ name: 'a', after: '1' }), changeText({ name: 'b', before: '2' }), changeText({ name: 'c', before: '1', after: '2' })]).toEqual(['+ a="1"', '- b="2"', '~ c: "1" → "2"']);
  });
  it('shows only public labels as target labels and names targets by address and pod', () => {
    expect(publicLabels({ __address__: 'a:1', __metrics_path__: '/m', job: 'x', instance: 'a:1' })).toEqual({ job: 'x', instance: 'a:1' });
    expect(targetTitle({ state: 'dropped', discoveredLabels: { __address__: '10.0.0.1:80', __meta_kubernetes_pod_name: 'api-1' }, labels: null, steps: [] })).toBe('10.0.0.1:80 (api-1)');
  });
});

describe('configuration', () => {
  it('names files and their URLs', () => {
    expect(configUrl('prometheus')).toBe('/api/sim/config/prometheus');
    expect(configUrl('rules', 'rules/my file.yml')).toBe('/api/sim/config/rules?file=rules%2Fmy%20file.yml');
    expect(fileName('rules')).toBe('rules/default.yml');
    expect(ruleFileNames([{ file: 'rules/b.yml' }, { file: 'rules/a.yml' }, { file: 'rules/b.yml' }])).toEqual(['rules/default.yml', 'rules/a.yml', 'rules/b.yml']);
  });
  it('turns a rejected reload into its message and editor markers', () => {
    const body = JSON.stringify({ status: 'error', error: 'prometheus.yml:7: field foo not found', issues: [{ file: 'prometheus.yml', line: 7, column: 5, message: 'prometheus.yml:7: field foo not found' }, { file: 'x', message: 'no position' }] });
    const out = applyOutcome(400, body);
    expect(out).toEqual({ ok: false, status: 400, message: 'prometheus.yml:7: field foo not found', markers: [{ line: 7, column: 5, message: 'prometheus.yml:7: field foo not found' }] });
    expect(applyOutcome(200, '{"status":"success"}')).toEqual({ ok: true });
    expect(applyOutcome(500, 'boom\n')).toMatchObject({ ok: false, message: 'boom', markers: [] });
    expect(positionText({ line: 7, column: 5, message: '' })).toBe('line 7, column 5');
    expect(errorText({ status: 503, headers: {}, body: '' })).toBe('HTTP 503');
  });
});

describe('pushgateway', () => {
  it('builds push paths as the Go client does, base64 for slashes and empty values', () => {
    expect(pushPath('backup', [['instance', 'db-1'], ['', 'ignored']])).toBe('/metrics/job/backup/instance/db-1');
    expect(pushPath('a/b', [['path', ''], ['x', 'ü']])).toBe(`/metrics/job@base64/${base64url('a/b')}/path@base64/=/x/%C3%BC`);
    expect(base64url('a/b?>')).toBe('YS9iPz4=');
  });
  it('reads groups with their push times and pushed families', () => {
    const data = [{
      labels: { instance: 'batch-1', job: 'etl' },
      last_push_successful: false,
      etl_ok: { time_stamp: '2026-01-05T09:05:06.934Z', type: 'GAUGE', help: 'ok?', metrics: [{ labels: { instance: 'batch-1', job: 'etl' }, value: '1' }] },
      etl_seconds: { time_stamp: 'x', type: 'HISTOGRAM', metrics: [{ labels: {}, count: '3', sum: '1.5', buckets: {} }] },
      push_failure_time_seconds: { metrics: [{ labels: {}, value: '1.7676e+09' }] },
      push_time_seconds: { metrics: [{ labels: {}, value: '1.767603906934e+09' }] },
    }, 'junk'];
    const [g] = parseGroups(data);
    expect(parseGroups(data)).toHaveLength(1);
    expect(g).toEqual({
      labels: { instance: 'batch-1', job: 'etl' }, lastPushSuccessful: false, pushTimeMs: 1767603906934, failureTimeMs: 1767600000000,
      families: [
        { name: 'etl_ok', type: 'GAUGE', help: 'ok?', samples: [{ labels: { instance: 'batch-1', job: 'etl' }, value: '1' }] },
        { name: 'etl_seconds', type: 'HISTOGRAM', help: '', samples: [{ labels: {}, value: 'count 3, sum 1.5' }] },
      ],
    });
    expect(groupTitle({ instance: 'b', job: 'etl' })).toBe('job="etl", instance="b"');
  });
});

describe('scrape timeline layout', () => {
  const events: SystemEvent[] = [
    { kind: 'scrape', tMs: 1000, job: 'pushgateway', instance: 'pushgateway:9091', durationMs: 2, samples: 10 },
    { kind: 'scrape', tMs: 1100, job: 'node', instance: 'node-10:9100', durationMs: 20, samples: 300 },
    { kind: 'scrape', tMs: 1200, job: 'node', instance: 'node-2:9100', durationMs: 20, samples: 0, error: 'connection refused' },
    { kind: 'target-added', tMs: 1300, job: 'api', instance: '10.0.0.1:8080', scrapeUrl: 'http://10.0.0.1:8080/metrics' },
    { kind: 'push', tMs: 1400, groupingKey: { job: 'etl' }, ok: true, status: 200 },
    { kind: 'push', tMs: 1500, groupingKey: { job: 'etl' }, ok: false, status: 400, error: 'bad text' },
    { kind: 'scrape', tMs: 5, job: 'node', instance: 'old:9100', durationMs: 1, samples: 1 },
    { kind: 'alert-sent', tMs: 1450, rule: 'r', alert: 'a', reason: 'x' },
  ];
  const layout = layoutTimeline(events, 100, 2000);

  it('puts one lane per target, jobs in order with the Pushgateway last, then the push lane', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(['api/10.0.0.1:8080', 'node/node-2:9100', 'node/node-10:9100', 'pushgateway/pushgateway:9091', PUSH_LANE]);
  });
  it('marks scrapes (failed ones with their error), target changes and pushes; drops events outside the window', () => {
    expect(layout.marks.map((m) => [m.lane, m.kind])).toEqual([
      ['pushgateway/pushgateway:9091', 'scrape'], ['node/node-10:9100', 'scrape'], ['node/node-2:9100', 'scrape-failed'],
      ['api/10.0.0.1:8080', 'target-added'], [PUSH_LANE, 'push'], [PUSH_LANE, 'push-failed'],
    ]);
    expect(layout.marks[2]!.title).toBe('node node-2:9100: scrape failed: connection refused');
    expect(layout.marks[5]!.title).toBe('push {job="etl"} failed: HTTP 400: bad text');
  });
  it('keeps the push lane when nothing was pushed, and draws pushes as diamonds', () => {
    expect(layoutTimeline([], 0, 1).lanes.map((l) => l.kind)).toEqual(['push']);
    expect(markShape('push', 10)).toMatch(/Z$/);
    expect(markShape('scrape', 10)).toBe('M0,-3.2V3.2');
    expect(['node-10', 'node-2'].sort(compareNatural)).toEqual(['node-2', 'node-10']);
  });
});
