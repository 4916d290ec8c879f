import { describe, expect, it } from 'vitest';
import { call, fakeDeps, get } from './test-fakes';

const deps = fakeDeps();

describe('status endpoints', () => {
  it('serves buildinfo in field order', async () => {
    const r = await call(deps, get('/api/v1/status/buildinfo'));
    expect(r.body).toBe(
      '{"status":"success","data":{"version":"3.14.0","revision":"test","branch":"HEAD","buildUser":"test","buildDate":"20260101-00:00:00","goVersion":"none"}}',
    );
  });

  it('serves runtimeinfo with RFC 3339 times', async () => {
    const r = await call(deps, get('/api/v1/status/runtimeinfo'));
    expect(r.json).toMatchObject({ data: { startTime: '2026-01-01T00:00:00Z', serverTime: '2026-01-01T00:00:01.5Z', storageRetention: '15d', CWD: '/work' } });
  });

  it('serves flags as a sorted map and config as YAML', async () => {
    expect((await call(deps, get('/api/v1/status/flags'))).body).toBe('{"status":"success","data":{"query.lookback-delta":"5m","query.timeout":"2m"}}');
    expect((await call(deps, get('/api/v1/status/config'))).json).toEqual({ status: 'success', data: { yaml: 'global:\n  scrape_interval: 1m\n' } });
  });

  it('serves tsdb stats, printing an empty head with int64 bounds', async () => {
    const r = await call(deps, get('/api/v1/status/tsdb'));
    expect(r.body).toContain('"headStats":{"numSeries":0,"numLabelPairs":0,"chunkCount":0,"minTime":9223372036854775807,"maxTime":-9223372036854775808}');
  });

  it.each([
    ['0', 'limit must be a positive number'],
    ['x', 'limit must be a positive number'],
    ['10001', 'limit must not exceed 10000'],
  ])('rejects tsdb limit=%s', async (limit, error) => {
    expect((await call(deps, get(`/api/v1/status/tsdb?limit=${limit}`))).json).toEqual({ status: 'error', errorType: 'bad_data', error });
  });
});

describe('discovery endpoints without targets or rules', () => {
  it.each([
    ['/api/v1/targets', '{"activeTargets":[],"droppedTargets":[],"droppedTargetCounts":{}}'],
    ['/api/v1/targets?state=active', '{"activeTargets":[],"droppedTargets":[],"droppedTargetCounts":null}'],
    ['/api/v1/rules', '{"groups":[]}'],
    ['/api/v1/alerts', '{"alerts":[]}'],
    ['/api/v1/alertmanagers', '{"activeAlertmanagers":[],"droppedAlertmanagers":[]}'],
    ['/api/v1/scrape_pools', '{"scrapePools":[]}'],
  ])('%s', async (url, data) => {
    expect((await call(deps, get(url))).body).toBe(`{"status":"success","data":${data}}`);
  });

  it('validates rules parameters', async () => {
    expect((await call(deps, get('/api/v1/rules?type=foo'))).json).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "type": not supported value "foo"',
    });
    expect((await call(deps, get('/api/v1/rules?group_next_token=abc'))).json).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "group_next_token": group_limit needs to be present in order to paginate over the groups',
    });
  });
});
