import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import { ParseError, QueryError } from '../promql/errors';
import type { QueryResult } from '../promql/types';
import { call, fakeDeps, fakeEngine, get, NO_STATS, post } from './test-fakes';

const up = labelsFromRecord({ __name__: 'up', job: 'prometheus', instance: 'localhost:9090' });
const upNode = labelsFromRecord({ __name__: 'up', job: 'node', instance: 'localhost:9100' });

function answering(result: Partial<QueryResult> | (() => never)) {
  return fakeEngine(() => (typeof result === 'function' ? result() : { annotations: [], stats: NO_STATS, value: { type: 'vector', samples: [] }, ...result }));
}

describe('/api/v1/query', () => {
  it('renders a vector exactly as Prometheus does', async () => {
    const engine = answering({ value: { type: 'vector', samples: [{ labels: up, t: 1435781451781, v: 1 }, { labels: upNode, t: 1435781451781, v: 0 }] } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=2015-07-01T20:10:51.781Z'));
    expect(r.status).toBe(200);
    expect(r.body).toBe(
      '{"status":"success","data":{"resultType":"vector","result":[' +
        '{"metric":{"__name__":"up","instance":"localhost:9090","job":"prometheus"},"value":[1435781451.781,"1"]},' +
        '{"metric":{"__name__":"up","instance":"localhost:9100","job":"node"},"value":[1435781451.781,"0"]}]}}',
    );
    expect(engine.calls[0]).toMatchObject({ kind: 'instant', query: 'up', startMs: 1435781451781 });
  });

  it('renders scalars with fixed notation and float-second timestamps', async () => {
    const engine = answering({ value: { type: 'scalar', t: 1500, v: 1e21 } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=1e21&time=1.5'));
    expect(r.body).toBe('{"status":"success","data":{"resultType":"scalar","result":[1.5,"1000000000000000000000"]}}');
  });

  it('renders strings', async () => {
    const engine = answering({ value: { type: 'string', t: 1000, v: 'a<b' } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=%22a%3Cb%22&time=1'));
    expect(r.body).toBe('{"status":"success","data":{"resultType":"string","result":[1,"a\\u003cb"]}}');
  });

  it('writes label values without HTML escaping, unlike other strings', async () => {
    const engine = answering({ value: { type: 'vector', samples: [{ labels: labelsFromRecord({ path: '/a?b=<c>&d' }), t: 1000, v: 1 }] } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=x&time=1'));
    expect(r.body).toBe('{"status":"success","data":{"resultType":"vector","result":[{"metric":{"path":"/a?b=<c>&d"},"value":[1,"1"]}]}}');
  });

  it('defaults time to the wall clock', async () => {
    const engine = answering({});
    await call(fakeDeps({ engine, nowMs: () => 1_700_000_000_123 }), get('/api/v1/query?query=up'));
    expect(engine.calls[0]!.startMs).toBe(1_700_000_000_123);
  });

  it('prefers form-body values over URL values for POST', async () => {
    const engine = answering({});
    await call(fakeDeps({ engine }), post('/api/v1/query?query=fromurl&time=5', 'query=frombody&time=10'));
    expect(engine.calls[0]).toMatchObject({ query: 'frombody', startMs: 10_000 });
  });

  it('passes lookback_delta and timeout to the engine', async () => {
    const engine = answering({});
    await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=1&lookback_delta=1m&timeout=30s'));
    expect(engine.calls[0]!.opts).toMatchObject({ lookbackDeltaMs: 60_000, timeoutMs: 30_000 });
  });

  it('lists annotations, capping each kind at ten', async () => {
    const annotations = Array.from({ length: 12 }, (_, i) => ({ severity: 'warning' as const, message: `w${i}` }));
    const engine = answering({ annotations: [...annotations, { severity: 'info', message: 'metric might not be a counter', pos: { start: 5, end: 9 } }] });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=rate(x[5m])&time=1'));
    const json = r.json as { warnings: string[]; infos: string[] };
    expect(json.warnings).toHaveLength(11);
    expect(json.warnings[0]).toBe('PromQL warning: w0');
    expect(json.warnings[10]).toBe('2 more warning annotations omitted');
    expect(json.infos).toEqual(['PromQL info: metric might not be a counter (1:6)']);
  });

  it('truncates vectors at limit and says so', async () => {
    const engine = answering({ value: { type: 'vector', samples: [{ labels: up, t: 1000, v: 1 }, { labels: upNode, t: 1000, v: 1 }] } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=1&limit=1'));
    const json = r.json as { data: { result: unknown[] }; warnings: string[] };
    expect(json.data.result).toHaveLength(1);
    expect(json.warnings).toEqual(['results truncated due to limit']);
  });

  it('adds stats with stats=all in the BuiltinStats shape', async () => {
    const engine = answering({ stats: { totalQueryableSamples: 42, peakSamples: 7, evalTotalTimeMs: 2 } });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=1&stats=all'));
    const json = r.json as { data: { stats: unknown } };
    expect(json.data.stats).toEqual({
      timings: { evalTotalTime: 0.002, resultSortTime: 0, queryPreparationTime: 0, innerEvalTime: 0.002, execQueueTime: 0, execTotalTime: 0 },
      samples: { totalQueryableSamples: 42, samplesRead: 42, peakSamples: 7 },
    });
  });

  it('warns about deprecated stats values', async () => {
    const r = await call(fakeDeps(), get('/api/v1/query?query=up&time=1&stats=yes'));
    expect((r.json as { warnings: string[] }).warnings).toEqual([
      'value "yes" for parameter "stats" is deprecated and will be rejected in the next major release, use "true" or "all"',
    ]);
  });

  it.each([
    ['/api/v1/query?query=up&time=x', 400, 'bad_data', `invalid parameter "time": invalid time value for 'time': cannot parse "x" to a valid timestamp`],
    ['/api/v1/query?query=up&limit=-1', 400, 'bad_data', 'invalid parameter "limit": limit must be non-negative'],
    ['/api/v1/query?query=up&timeout=soon', 400, 'bad_data', 'invalid parameter "timeout": cannot parse "soon" to a valid duration'],
    ['/api/v1/query?query=up&lookback_delta=invalid', 400, 'bad_data', 'error parsing lookback delta duration: cannot parse "invalid" to a valid duration'],
    ['/api/v1/query?query=', 400, 'bad_data', 'invalid parameter "query": 1:1: parse error: no expression found in input'],
  ])('rejects %s', async (url, status, errorType, error) => {
    const engine = fakeEngine((c) => {
      if (c.query === '') throw new ParseError('', { start: 0, end: 0 }, 'no expression found in input');
      return { value: { type: 'vector', samples: [] }, annotations: [], stats: NO_STATS };
    });
    const r = await call(fakeDeps({ engine }), get(url));
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ status: 'error', errorType, error });
  });

  it.each([
    [new QueryError('execution', 'query processing would load too many samples into memory in query execution'), 422, 'execution'],
    [new QueryError('timeout', 'query timed out in query execution'), 503, 'timeout'],
    [new QueryError('canceled', 'query was canceled in query execution'), 499, 'canceled'],
    [new QueryError('bad_data', 'invalid expression type "range vector" for range query, must be Scalar or instant Vector'), 400, 'bad_data'],
  ])('maps engine error %s', async (err, status, errorType) => {
    const engine = answering(() => {
      throw err;
    });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=1'));
    expect(r.status).toBe(status);
    const json = r.json as { errorType: string; error: string };
    expect(json.errorType).toBe(errorType);
    expect(json.error).toBe(errorType === 'bad_data' ? `invalid parameter "query": ${err.message}` : err.message);
  });
});

describe('/api/v1/query_range', () => {
  it('renders a matrix and passes times in ms', async () => {
    const engine = answering({
      value: { type: 'matrix', series: [{ labels: up, floats: [{ t: 1435781430781, v: 1 }, { t: 1435781445781, v: NaN }] }] },
    });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query_range?query=up&start=2015-07-01T20:10:30.781Z&end=2015-07-01T20:11:00.781Z&step=15s'));
    expect(r.body).toBe(
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up","instance":"localhost:9090","job":"prometheus"},' +
        '"values":[[1435781430.781,"1"],[1435781445.781,"NaN"]]}]}}',
    );
    expect(engine.calls[0]).toMatchObject({ kind: 'range', startMs: 1435781430781, endMs: 1435781460781, stepMs: 15_000 });
  });

  it('accepts the form POST Grafana sends', async () => {
    const engine = answering({ value: { type: 'matrix', series: [] } });
    const r = await call(fakeDeps({ engine }), post('/api/v1/query_range', 'query=sum(rate(x%5B5m%5D))&start=1700000000&end=1700003600&step=60'));
    expect(r.body).toBe('{"status":"success","data":{"resultType":"matrix","result":[]}}');
    expect(engine.calls[0]).toMatchObject({ query: 'sum(rate(x[5m]))', startMs: 1_700_000_000_000, stepMs: 60_000 });
  });

  it.each([
    ['start=x&end=1&step=1', 'invalid parameter "start": cannot parse "x" to a valid timestamp'],
    ['end=1&step=1', 'invalid parameter "start": cannot parse "" to a valid timestamp'],
    ['start=1&end=y&step=1', 'invalid parameter "end": cannot parse "y" to a valid timestamp'],
    ['start=2&end=1&step=1', 'invalid parameter "end": end timestamp must not be before start time'],
    ['start=1&end=2&step=0', 'invalid parameter "step": zero or negative query resolution step widths are not accepted. Try a positive integer'],
    ['start=1&end=2&step=-1s', 'invalid parameter "step": cannot parse "-1s" to a valid duration'],
    ['start=1&end=2', 'invalid parameter "step": cannot parse "" to a valid duration'],
    ['start=0&end=11001&step=1', 'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)'],
    ['start=1&end=2&step=1&limit=x', 'invalid parameter "limit": strconv.Atoi: parsing "x": invalid syntax'],
  ])('rejects %s', async (params, error) => {
    const r = await call(fakeDeps(), get(`/api/v1/query_range?query=up&${params}`));
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ status: 'error', errorType: 'bad_data', error });
  });

  it('allows exactly 11,000 steps', async () => {
    const r = await call(fakeDeps({ engine: answering({ value: { type: 'matrix', series: [] } }) }), get('/api/v1/query_range?query=up&start=0&end=11000&step=1'));
    expect(r.status).toBe(200);
  });
});
