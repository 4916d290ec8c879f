import { beforeAll, describe, expect, it } from 'vitest';
import { alignMatrix } from './gridSeries';
import type { RangeAnswer, RangeQueryParams } from './protocol';
import { answerRangeQueries } from './rangeQueries';
import { canonicalQuery, quantileOf } from './sharedQuantiles';
import { WORLD_START_MS, type WorldHost } from './worldHost';
import { WorldSession } from './worldSession';

const BUCKETS = 'sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[1m]))';
const quantile = (phi: number) => `histogram_quantile(${phi}, ${BUCKETS})`;

describe('rangeQueries: a dashboard refresh in one request', () => {
  let host: WorldHost;
  const signal = new AbortController().signal;
  const grid = { startMs: WORLD_START_MS + 5 * 60_000, endMs: WORLD_START_MS + 20 * 60_000, stepMs: 15_000 };
  const q = (query: string, g = grid): RangeQueryParams => ({ query, ...g });
  /** alone is the query's answer evaluated on its own, the way `rangeQuery` answers it. */
  const alone = async (p: RangeQueryParams): Promise<RangeAnswer> => {
    const res = await host.engine.rangeQuery(host.system.head, p.query, p.startMs, p.endMs, p.stepMs);
    return { ok: true, series: res.value.type === 'matrix' ? alignMatrix(res.value.series, p.startMs, p.endMs, p.stepMs) : [], warnings: [], infos: [] };
  };

  beforeAll(async () => {
    const session = new WorldSession({ seed: 1, historyMs: 20 * 60_000 }, () => {}, () => Promise.resolve());
    host = await session.current();
  });

  it('answers every query in order, each on its step grid as Float64Arrays', async () => {
    const [up, rate] = await answerRangeQueries(host, [q('up{job="api"}'), q('sum(rate(http_requests_total[1m]))')], signal);
    if (!up?.ok || !rate?.ok) throw new Error(`unexpected answers: ${JSON.stringify([up, rate])}`);
    expect(up.series.length).toBeGreaterThan(1);
    expect(up.series[0]!.values).toBeInstanceOf(Float64Array);
    expect(up.series[0]!.values.length).toBe(61);
    expect(up.series[0]!.labels).toMatchObject({ __name__: 'up', job: 'api' });
    expect(rate.series).toHaveLength(1);
  });

  it('gives quantiles that share their buckets exactly the answers they have alone', async () => {
    const batch = [q(quantile(0.5)), q(quantile(0.99)), q(BUCKETS), q(`histogram_quantile(0.9,${BUCKETS})`)];
    // Count the evaluations that read the world's TSDB: the buckets, once.
    let worldReads = 0;
    const counting: WorldHost = { ...host, engine: { ...host.engine, rangeQuery: (qy, ...rest) => {
      if (qy === host.system.head) worldReads++;
      return host.engine.rangeQuery(qy, ...rest);
    } } };
    const answers = await answerRangeQueries(counting, batch, signal);
    expect(worldReads).toBe(1);
    for (const [i, p] of batch.entries()) expect(answers[i], p.query).toEqual(await alone(p));
    // A quantile over a series that is not a histogram raises an info: that query is evaluated on its own, wording and position included.
    const odd = q('histogram_quantile(0.5, sum by (le) (rate(http_requests_total[1m])))');
    const [plain, , withInfo] = await answerRangeQueries(host, [odd, q('sum by (le) (rate(http_requests_total[1m]))'), odd], signal);
    expect(withInfo).toEqual(plain);
  });

  it('answers a query’s error in its place and the others still', async () => {
    const [bad, good] = await answerRangeQueries(host, [q('rate(up[1m]'), q('up')], signal);
    expect(bad).toMatchObject({ ok: false, error: { type: 'bad_data' } });
    expect(good).toMatchObject({ ok: true });
  });

  it('rejects the whole batch when it is cancelled', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(answerRangeQueries(host, [q(quantile(0.5)), q(quantile(0.9))], ctrl.signal)).rejects.toThrow(/cancel/);
  });

  it('recognises a quantile and one query written two ways', () => {
    expect(quantileOf(`(${quantile(0.9)})`)).toEqual({ phi: 0.9, inner: canonicalQuery(BUCKETS) });
    expect(quantileOf('histogram_quantile(scalar(up), x)')).toBeNull();
    expect(quantileOf('sum(x)')).toBeNull();
    expect(canonicalQuery('sum by(le)(x)')).toBe(canonicalQuery('sum  by (le) (x)'));
  });
});

describe('rangeQueries: refreshes reuse settled steps', () => {
  const signal = new AbortController().signal;
  const RANGE = 20 * 60_000;
  /** A dashboard's grid at the world's now: 20 minutes, aligned to the step as the panels align it. */
  const gridAt = (nowMs: number, stepMs = 15_000) => ({ startMs: Math.floor((nowMs - RANGE) / stepMs) * stepMs, endMs: Math.floor(nowMs / stepMs) * stepMs, stepMs });

  it('evaluates only the newest steps after the world moves, with the answers the queries have alone', async () => {
    const session = new WorldSession({ seed: 3, historyMs: RANGE + 5 * 60_000 }, () => {}, () => Promise.resolve());
    const host = await session.current();
    const reads: { query: string; startMs: number; endMs: number }[] = [];
    const counting: WorldHost = { ...host, engine: { ...host.engine, rangeQuery: (qy, query, startMs, endMs, ...rest) => {
      if (qy === host.system.head) reads.push({ query, startMs, endMs });
      return host.engine.rangeQuery(qy, query, startMs, endMs, ...rest);
    } } };
    const queries = [
      'sum by (code) (rate(http_requests_total{job="api"}[1m]))',
      quantile(0.99),
      quantile(0.5),
      'up == 0',
      'sum(up) - sum(up @ end())',
    ];
    const alone = async (p: RangeQueryParams) => {
      const res = await host.engine.rangeQuery(host.system.head, p.query, p.startMs, p.endMs, p.stepMs);
      return res.value.type === 'matrix' ? alignMatrix(res.value.series, p.startMs, p.endMs, p.stepMs) : [];
    };
    for (let refresh = 0; refresh < 4; refresh++) {
      // The third refresh takes an instance down: `up == 0` gains a series that only the new steps have.
      if (refresh === 2) host.system.startIncident('instance-down', { target: 'node-2' });
      await host.system.advance(refresh === 0 ? 0 : 40_000);
      const g = gridAt(host.system.clock.nowMs);
      reads.length = 0;
      const answers = await answerRangeQueries(counting, queries.map((query) => ({ query, ...g })), signal);
      for (const [i, query] of queries.entries()) {
        const a = answers[i]!;
        if (!a.ok) throw new Error(`${query}: ${a.error.message}`);
        expect(a.series, `refresh ${refresh}: ${query}`).toEqual(await alone({ query, ...g }));
      }
      if (refresh === 0) {
        expect(reads.every((r) => r.startMs === g.startMs)).toBe(true);
        continue;
      }
      // From then on only steps after the settled ones (now − 1 min) are read; `@ end()` keeps its query out of the cache.
      for (const r of reads.filter((x) => !x.query.includes('@ end()'))) {
        expect(r.startMs, r.query).toBeGreaterThan(host.system.clock.nowMs - 2 * 60_000 - 15_000);
        expect(r.endMs).toBe(g.endMs);
      }
      expect(reads.filter((x) => x.query.includes('@ end()')).map((x) => x.startMs)).toEqual([g.startMs]);
      // The quantiles still share one read of their buckets.
      expect(reads.filter((x) => x.query.includes('histogram_quantile'))).toHaveLength(0);
    }
    const [down] = await answerRangeQueries(counting, [{ query: 'up == 0', ...gridAt(host.system.clock.nowMs) }], signal);
    expect(down?.ok && down.series.map((x) => x.labels.instance)).toEqual(['node-2:9100']);

    // Rules given a longer query offset write further back than the cache assumed settled: it starts afresh.
    let offsetMs = 0;
    const withOffset: WorldHost = { ...counting, system: new Proxy(host.system, {
      get: (target, prop) => (prop === 'rules' ? { groups: () => [{ queryOffsetMs: offsetMs }] } : Reflect.get(target, prop)),
    }) };
    const g = gridAt(host.system.clock.nowMs);
    const ask = async () => {
      reads.length = 0;
      await answerRangeQueries(withOffset, [{ query: queries[0]!, ...g }], signal);
      return reads.map((r) => r.startMs);
    };
    await ask();
    expect(await ask()).toEqual([Math.floor((host.system.clock.nowMs - 60_000) / 15_000) * 15_000 + 15_000]);
    offsetMs = 10 * 60_000;
    expect(await ask()).toEqual([g.startMs]);
    // Kept again, but only up to now − 1 min − the offset.
    expect(await ask()).toEqual([Math.floor((host.system.clock.nowMs - 60_000 - offsetMs) / 15_000) * 15_000 + 15_000]);
  });
});

