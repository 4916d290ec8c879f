import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from './handlers';
import type { WorkerMessage } from './protocol';
import { WORLD_START_MS } from './worldHost';
import { WorldSession } from './worldSession';

const immediate = () => Promise.resolve();

describe('the engine worker handlers (simulated world)', () => {
  let h: Handlers;
  let session: WorldSession;
  const messages: WorkerMessage[] = [];
  const signal = new AbortController().signal;
  beforeAll(async () => {
    session = new WorldSession({ seed: 1, historyMs: 20 * 60_000 }, (m) => messages.push(m), immediate);
    h = createHandlers(session);
    await session.current();
  });

  it('reports build progress, then the world with now at the end of its history', async () => {
    const building = messages.filter((m) => m.kind === 'building');
    expect(building.at(-1)).toEqual({ kind: 'building', doneMs: 20 * 60_000, totalMs: 20 * 60_000 });
    const info = await h.info({}, signal);
    expect(info.nowMs).toBe(WORLD_START_MS + 20 * 60_000);
    expect(info.seed).toBe(1);
    expect(info.numSeries).toBeGreaterThan(5000);
    expect(info.metricNames).toContain('http_requests_total');
    expect(messages.some((m) => m.kind === 'world')).toBe(true);
  });

  it('answers label names and values for match[] selectors', async () => {
    expect(await h.labelNames({ matchers: ['up'] }, signal)).toEqual(expect.arrayContaining(['__name__', 'instance', 'job']));
    expect(await h.labelValues({ name: 'code', matchers: ['http_requests_total'] }, signal)).toEqual(expect.arrayContaining(['200', '500']));
    expect(await h.metricNames({ prefix: 'node_load' }, signal)).toEqual(['node_load1', 'node_load15', 'node_load5']);
  });

  it('lists series and metadata', async () => {
    const rows = await h.series({ matchers: ['up'] }, signal);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    // Scraped as OpenMetrics (Prometheus 3's first choice), a counter's family name has no _total.
    expect((await h.metadata({}, signal)).http_requests).toMatchObject({ type: 'counter' });
  });

  it('returns parse errors as data with their positions, and formats queries', async () => {
    expect(await h.parse({ query: 'foo bar' }, signal)).toMatchObject({ ok: false, message: '1:5: parse error: unexpected identifier "bar"', pos: { start: 4, end: 7 } });
    expect(await h.parse({ query: 'sum(up)' }, signal)).toEqual({ ok: true, type: 'vector' });
    expect(await h.formatQuery({ query: 'sum by(job)(up)' }, signal)).toBe('sum by (job) (up)');
  });

  it('runs range queries and stops a runaway one when its signal aborts', async () => {
    const info = await h.info({}, signal);
    const reply = await h.rangeQuery({ query: 'sum by (code) (rate(http_requests_total[5m]))', startMs: info.nowMs - 600_000, endMs: info.nowMs, stepMs: 15_000 }, signal);
    expect(reply.value.type === 'matrix' && reply.value.series.length).toBeGreaterThan(1);
    const ctrl = new AbortController();
    const running = h.instantQuery({ query: 'count_over_time({__name__=~".+"}[1d:1s])', timeMs: info.nowMs }, ctrl.signal);
    setTimeout(() => ctrl.abort(), 50);
    await expect(running).rejects.toThrow(/query was canceled|too many samples/);
  });

  it('answers the served world HTTP routes: Prometheus API, targets, Pushgateway, control API', async () => {
    const targets = await h.http({ method: 'GET', url: '/api/v1/targets?state=active' }, signal);
    expect(targets.status).toBe(200);
    expect(JSON.parse(targets.body).data.activeTargets.length).toBeGreaterThanOrEqual(20);
    const push = await h.http({ method: 'PUT', url: '/pushgateway/metrics/job/etl', headers: { 'Content-Type': 'text/plain' }, body: 'rows_processed 42\n' }, signal);
    expect(push.status).toBe(200);
    const pg = await h.http({ method: 'GET', url: '/pushgateway/metrics' }, signal);
    expect(pg.body).toContain('rows_processed{instance="",job="etl"} 42');
    const bad = await h.http({ method: 'POST', url: '/api/sim/incidents', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'kind=no-such' }, signal);
    expect(bad.status).toBe(400);
  });

  it('moves the clock on request and keeps a running world when a reset has a bad config', async () => {
    const before = await h.info({}, signal);
    const c = await h.clock({ paused: true, speed: 10, advanceMs: 60_000 }, signal);
    expect(c).toEqual({ nowMs: before.nowMs + 60_000, speed: 10, paused: true });
    await expect(h.reset({ seed: 2, historyMs: 0, prometheusYml: 'global:\n  scrape_interval: banana\n' }, signal)).rejects.toThrow(/banana/);
    expect((await h.info({}, signal)).nowMs).toBe(before.nowMs + 60_000);
    const fresh = await h.reset({ seed: 2, historyMs: 60_000 }, signal);
    expect(fresh).toMatchObject({ seed: 2, nowMs: WORLD_START_MS + 60_000 });
  });
});

describe('setupKey', () => {
  it('is equal for equal setups whatever the key order or spelled-out defaults', async () => {
    const { setupKey } = await import('./setupKey');
    expect(setupKey({ seed: 1 })).toBe(setupKey({ historyMs: 3_600_000, seed: 1, incidents: [] }));
    expect(setupKey({ seed: 1, incidents: [{ kind: 'instance-down', options: { target: 'a', atMs: 5 } }] })).toBe(
      setupKey({ incidents: [{ options: { atMs: 5, target: 'a' }, kind: 'instance-down' }], seed: 1 }),
    );
    expect(setupKey({ seed: 1 })).not.toBe(setupKey({ seed: 2 }));
  });
});

describe('world snapshots', () => {
  it('rebuild the same world: time, incidents, edited configs and data', async () => {
    const session = new WorldSession({ seed: 4, historyMs: 10 * 60_000 }, () => {}, immediate);
    const h = createHandlers(session);
    const signal = new AbortController().signal;
    await session.current();
    expect(await h.snapshot({}, signal)).toEqual({ seed: 4, historyMs: 10 * 60_000, incidents: [] });
    await h.http({ method: 'POST', url: '/api/sim/incidents?kind=instance-down&target=node-2&duration=3m' }, signal);
    await h.clock({ advanceMs: 5 * 60_000 }, signal);
    const snap = await h.snapshot({}, signal);
    expect(snap).toMatchObject({ seed: 4, historyMs: 15 * 60_000, incidents: [{ kind: 'instance-down', options: { target: 'node-2', durationMs: 180_000 } }] });
    const q = { query: 'sum(rate(http_requests_total[5m])) + count(up == 0)', timeMs: WORLD_START_MS + 12 * 60_000 };
    const before = await h.instantQuery(q, signal);

    const rebuilt = await h.reset(snap, signal);
    expect(rebuilt.nowMs).toBe(WORLD_START_MS + 15 * 60_000);
    expect(await h.instantQuery(q, signal)).toMatchObject({ value: before.value });
    expect((await h.snapshot({}, signal)).incidents).toEqual(snap.incidents);

    // An edited file travels in the snapshot (untouched ones do not).
    const am = (await h.http({ method: 'GET', url: '/api/sim/config/alertmanager' }, signal)).body;
    expect((await h.http({ method: 'PUT', url: '/api/sim/config/alertmanager', body: am + '\n# edited\n' }, signal)).status).toBe(200);
    const edited = await h.snapshot({}, signal);
    expect(edited.alertmanagerYml).toContain('# edited');
    expect(edited.prometheusYml).toBeUndefined();
    await h.reset(edited, signal);
    expect((await h.http({ method: 'GET', url: '/api/sim/config/alertmanager' }, signal)).body).toContain('# edited');
  }, 120_000);
});

describe('a worker started with a kept world', () => {
  it('builds that world with its clock, leaving out incidents stopped the moment they began', async () => {
    const session = new WorldSession({ seed: 5, historyMs: 5 * 60_000 }, () => {}, immediate, { speed: 60, paused: true });
    const h = createHandlers(session);
    const signal = new AbortController().signal;
    const info = await h.info({}, signal);
    expect(info).toMatchObject({ seed: 5, nowMs: WORLD_START_MS + 5 * 60_000, clock: { speed: 60, paused: true } });
    // With the clock paused, an incident started and stopped at once never acted; a rebuild must not choke on it.
    const started = JSON.parse((await h.http({ method: 'POST', url: '/api/sim/incidents?kind=traffic-spike' }, signal)).body) as { id: string };
    expect((await h.http({ method: 'DELETE', url: `/api/sim/incidents/${started.id}` }, signal)).status).toBe(200);
    const snap = await h.snapshot({}, signal);
    expect(snap.incidents).toEqual([]);
    await expect(h.reset(snap, signal)).resolves.toMatchObject({ nowMs: WORLD_START_MS + 5 * 60_000 });
  }, 60_000);

  it('falls back to the default world when the kept one no longer builds', async () => {
    const session = new WorldSession({ seed: 9, historyMs: 60_000, prometheusYml: 'global: [' }, () => {}, immediate);
    const info = await createHandlers(session).info({}, new AbortController().signal);
    expect(info.seed).toBe(1);
    expect(info.setup).toEqual({ seed: 1 });
  }, 60_000);
});
