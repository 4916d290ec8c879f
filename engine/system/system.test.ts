import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../model/matchers';
import { labelsKey } from '../model/labels';
import { createSystem, SystemConfigError, type System } from './index';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** dump reads every stored series and sample: the whole TSDB as plain data. */
function dump(s: System): string[] {
  const all = s.head.querier(-Infinity, Infinity).select([compileMatcher({ type: '=~', name: '__name__', value: '.+' })]);
  return all.map((x) => {
    const b = x.samples(-8.64e15, 8.64e15);
    return `${labelsKey(x.labels)} ${[...b.ts].join(',')} ${[...b.vs].map((v, i) => (b.stale[i] === 1 ? 'stale' : String(v))).join(',')}`;
  });
}

/** script is the same list of commands for every system under comparison. */
async function script(s: System): Promise<void> {
  await s.advance(90_000);
  s.startIncident('instance-down', { target: 'node-2' });
  s.startIncident('error-burst', { target: 'api' });
  await s.advance(60_000);
  s.push({ method: 'PUT', path: '/metrics/job/lesson', body: 'lesson_done 1\n' });
  await s.advance(45_000);
}

describe('createSystem', () => {
  it('is deterministic: the same seed and commands give an identical TSDB', async () => {
    const a = createSystem({ seed: 42, startMs: T0 });
    const b = createSystem({ seed: 42, startMs: T0 });
    await script(a);
    await script(b);
    const da = dump(a);
    expect(da.length).toBeGreaterThan(4000);
    expect(dump(b)).toEqual(da);
    const q = 'sum by (job) (rate(http_requests_total[1m]))';
    expect((await b.queryRange(q, T0, T0 + 195_000, 15_000)).value).toEqual((await a.queryRange(q, T0, T0 + 195_000, 15_000)).value);
  }, 120_000);

  it('differs with another seed', async () => {
    const a = createSystem({ seed: 1, startMs: T0 });
    const b = createSystem({ seed: 2, startMs: T0 });
    await a.advance(60_000);
    await b.advance(60_000);
    expect(dump(b)).not.toEqual(dump(a));
  }, 60_000);

  it('scrapes the default world: at least 20 targets and 5,000 series, all up', async () => {
    const s = createSystem({ seed: 1, startMs: T0 });
    await s.advance(60_000);
    const up = await s.query('up');
    expect(up.value.type === 'vector' && up.value.samples.length).toBeGreaterThanOrEqual(20);
    expect(up.value.type === 'vector' && up.value.samples.every((x) => x.v === 1)).toBe(true);
    expect(s.head.numSeries).toBeGreaterThanOrEqual(5000);
    // Every default rule evaluates without error against the default world.
    const health = s.rules.rules().groups.flatMap((g) => g.rules.map((r) => [r.name, r.health, r.lastError ?? '']));
    expect(health.filter(([, h]) => h !== 'ok')).toEqual([]);
    expect(health).toHaveLength(11);
  }, 60_000);

  it('keeps the running configuration when a reload is invalid, and says where', async () => {
    const s = createSystem({ seed: 1, startMs: T0 });
    const before = s.configText('prometheus');
    let err: unknown;
    try {
      s.applyConfig('prometheus', 'global:\n  scrape_interval: 15s\n  scrape_timeout: 20s\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SystemConfigError);
    expect((err as SystemConfigError).line).toBe(3);
    expect(s.configText('prometheus')).toBe(before);
    expect(() => s.applyConfig('rules', 'groups:\n  - name: g\n    rules:\n      - record: x\n        expr: sum(\n')).toThrow(SystemConfigError);
    expect(s.rules.groups().map((g) => g.name)).toEqual(['alerts', 'golden-signals']);
    expect(() => s.applyConfig('alertmanager', 'route:\n  receiver: nobody\n')).toThrow(/alertmanager\.yml:\d+: /);
    expect(s.alertmanager.config().receivers.map((r) => r.name)).toEqual(['team-slack', 'admin']);
  });

  it('reloads: a new scrape config adds a pool, a rule file adds a group', async () => {
    const s = createSystem({ seed: 1, startMs: T0 });
    s.applyConfig('prometheus', s.configText('prometheus') + '\n  - job_name: extra\n    static_configs:\n      - targets: [node-1:9100]\n');
    s.applyConfig('rules', 'groups:\n  - name: mine\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n', 'rules/mine.yml');
    await s.advance(45_000);
    const r = await s.query('job:up:sum{job="extra"}');
    expect(r.value.type === 'vector' && r.value.samples.map((x) => x.v)).toEqual([1]);
    // A file that rule_files does not match is kept but not loaded.
    s.applyConfig('rules', 'groups:\n  - name: elsewhere\n    rules: []\n', 'other/x.yml');
    expect(s.rules.groups().map((g) => g.name)).not.toContain('elsewhere');
  }, 60_000);

  it('answers the targets, rules and alerts endpoints from the running world', async () => {
    const s = createSystem({ seed: 1, startMs: T0, scrapeUrlFor: (hp, path) => `http://sim/${hp}${path}` });
    await s.advance(30_000);
    const get = async (url: string): Promise<any> => JSON.parse((await s.api({ method: 'GET', url, headers: {}, body: '' })).body).data;
    const targets = await get('/api/v1/targets?state=active');
    expect(targets.activeTargets.length).toBeGreaterThanOrEqual(20);
    expect(targets.activeTargets.map((t: any) => t.scrapeUrl)).toContain('http://sim/node-1:9100/metrics');
    expect((await get('/api/v1/scrape_pools')).scrapePools).toEqual(['api', 'ml', 'node', 'pushgateway']);
    const md = await get('/api/v1/targets/metadata?match_target={job="node"}&metric=node_load1');
    expect(md).toHaveLength(8);
    expect(md[0]).toEqual({ target: { instance: 'node-1:9100', job: 'node' }, type: 'gauge', help: expect.any(String), unit: '' });
    const rules = await get('/api/v1/rules?type=record');
    expect(rules.groups.map((g: any) => g.name)).toEqual(['golden-signals']);
    const page = await get('/api/v1/rules?group_limit=1');
    expect(page.groups).toHaveLength(1);
    expect((await get(`/api/v1/rules?group_limit=1&group_next_token=${page.groupNextToken}`)).groups[0].name).toBe('golden-signals');
    expect(await get('/api/v1/alerts')).toEqual(s.rules.alerts());
    expect((await get('/api/v1/status/config')).yaml).toBe(s.configText('prometheus'));
  }, 60_000);

  it('feeds a timeline of scrapes, discovery changes, pushes and incidents in time order', async () => {
    const s = createSystem({ seed: 1, startMs: T0 });
    await s.advance(20_000);
    s.push({ method: 'PUT', path: '/metrics/job/lesson', body: 'lesson_done 1\n' });
    s.startIncident('instance-down', { target: 'node-5' });
    await s.advance(20_000);
    const events = s.events(T0, 100_000);
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ['scrape', 'target-added', 'push', 'incident-started'] as const) expect(kinds).toContain(k);
    expect(events.map((e) => e.tMs)).toEqual([...events.map((e) => e.tMs)].sort((a, b) => a - b));
    expect(events.some((e) => e.kind === 'scrape' && e.instance === 'node-5:9100' && e.error !== undefined)).toBe(true);
  }, 60_000);
});
