import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorld } from './demoWorld';
import { createHandlers, type Handlers } from './handlers';

describe('the engine worker handlers (demo world)', () => {
  let h: Handlers;
  const signal = new AbortController().signal;
  beforeAll(() => {
    h = createHandlers(createDemoWorld());
  });

  it('reports the world with now at the newest sample', async () => {
    const info = await h.info({}, signal);
    expect(info.nowMs - info.minTimeMs).toBe(2 * 3_600_000 - 15_000);
    expect(info.metricNames).toContain('http_requests_total');
  });

  it('answers label names and values for match[] selectors', async () => {
    expect(await h.labelNames({ matchers: ['up'] }, signal)).toEqual(['__name__', 'instance', 'job']);
    expect(await h.labelValues({ name: 'code', matchers: ['{__name__="http_requests_total",handler="/health"}'] }, signal)).toEqual(['200', '404', '500']);
    expect(await h.metricNames({ prefix: 'node_load' }, signal)).toEqual(['node_load1', 'node_load5']);
  });

  it('lists series and metadata', async () => {
    const rows = await h.series({ matchers: ['up{instance="app-0:8080"}'] }, signal);
    expect(rows).toEqual([{ __name__: 'up', instance: 'app-0:8080', job: 'api' }]);
    expect((await h.metadata({}, signal)).http_requests_total).toMatchObject({ type: 'counter' });
  });

  it('returns parse errors as data with their positions, and formats queries', async () => {
    expect(await h.parse({ query: 'foo bar' }, signal)).toMatchObject({ ok: false, message: '1:5: parse error: unexpected identifier "bar"', pos: { start: 4, end: 7 } });
    expect(await h.parse({ query: 'sum(up)' }, signal)).toEqual({ ok: true, type: 'vector' });
    expect(await h.formatQuery({ query: 'sum by(job)(up)' }, signal)).toBe('sum by (job) (up)');
  });

  it('runs range queries and stops a runaway one when its signal aborts', async () => {
    const info = await h.info({}, signal);
    const reply = await h.rangeQuery({ query: 'sum by (code) (rate(http_requests_total[5m]))', startMs: info.nowMs - 3_600_000, endMs: info.nowMs, stepMs: 14_000 }, signal);
    expect(reply.value.type === 'matrix' && reply.value.series.length).toBe(3);
    const ctrl = new AbortController();
    const running = h.instantQuery({ query: 'count_over_time({__name__=~".+"}[1d:1s])', timeMs: info.nowMs }, ctrl.signal);
    setTimeout(() => ctrl.abort(), 50);
    await expect(running).rejects.toThrow('query was canceled in query execution');
  });
});
