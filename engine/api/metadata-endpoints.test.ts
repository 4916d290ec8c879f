import { describe, expect, it } from 'vitest';
import { call, fakeDeps, fakeStorage, get, post, series } from './test-fakes';

const storage = fakeStorage(
  [
    series({ __name__: 'up', job: 'api', instance: 'a:1' }),
    series({ __name__: 'up', job: 'node', instance: 'b:1' }),
    series({ __name__: 'http_requests_total', job: 'api', code: '200' }),
    series({ __name__: 'http_requests_total', job: 'api', code: '500' }),
    series({ __name__: 'odd', 'http.status_code': '404' }),
  ],
  {
    up: { type: 'gauge', help: 'Whether the target is up.', unit: '' },
    http_requests_total: { type: 'counter', help: 'Requests.', unit: '' },
  },
);
const deps = fakeDeps({ storage });

describe('/api/v1/series', () => {
  it('returns label sets of matching series', async () => {
    const r = await call(deps, get('/api/v1/series?match[]=up'));
    expect(r.body).toBe(
      '{"status":"success","data":[{"__name__":"up","instance":"a:1","job":"api"},{"__name__":"up","instance":"b:1","job":"node"}]}',
    );
  });

  it('merges several match[] without duplicates, sorted', async () => {
    const r = await call(deps, post('/api/v1/series', 'match[]=up{job="node"}&match[]=up&match[]=http_requests_total{code="500"}'));
    expect((r.json as { data: unknown[] }).data).toEqual([
      { __name__: 'http_requests_total', code: '500', job: 'api' },
      { __name__: 'up', instance: 'a:1', job: 'api' },
      { __name__: 'up', instance: 'b:1', job: 'node' },
    ]);
  });

  it('cuts at limit with a warning', async () => {
    const r = await call(deps, get('/api/v1/series?match[]=up&limit=1'));
    expect(r.json).toEqual({ status: 'success', data: [{ __name__: 'up', instance: 'a:1', job: 'api' }], warnings: ['results truncated due to limit'] });
  });

  it.each([
    ['/api/v1/series', 'no match[] parameter provided'],
    ['/api/v1/series?match[]={job=~".*"}', 'invalid parameter "match[]": match[] must contain at least one non-empty matcher'],
    ['/api/v1/series?match[]=up&start=yesterday', `invalid parameter "start": invalid time value for 'start': cannot parse "yesterday" to a valid timestamp`],
    ['/api/v1/series?match[]=up;x', 'error parsing form values: invalid semicolon separator in query'],
    ['/api/v1/series?match[]=%zz', 'error parsing form values: invalid URL escape "%zz"'],
  ])('rejects %s', async (url, error) => {
    const r = await call(deps, get(url));
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ status: 'error', errorType: 'bad_data', error });
  });
});

describe('/api/v1/labels', () => {
  it('lists all label names', async () => {
    const r = await call(deps, get('/api/v1/labels'));
    expect(r.json).toEqual({ status: 'success', data: ['__name__', 'code', 'http.status_code', 'instance', 'job'] });
  });

  it('restricts to match[] and truncates at limit', async () => {
    const r = await call(deps, post('/api/v1/labels', 'match[]=up&limit=2'));
    expect(r.json).toEqual({ status: 'success', data: ['__name__', 'instance'], warnings: ['results truncated due to limit'] });
  });

  it('reports matcher errors without a parameter name', async () => {
    const r = await call(deps, get('/api/v1/labels?match[]={a=~""}'));
    expect(r.json).toEqual({ status: 'error', errorType: 'bad_data', error: 'match[] must contain at least one non-empty matcher' });
  });
});

describe('/api/v1/label/<name>/values', () => {
  it('lists values', async () => {
    const r = await call(deps, get('/api/v1/label/job/values'));
    expect(r.body).toBe('{"status":"success","data":["api","node"]}');
  });

  it('filters by match[]', async () => {
    const r = await call(deps, get('/api/v1/label/__name__/values?match[]={job="node"}'));
    expect(r.json).toEqual({ status: 'success', data: ['up'] });
  });

  it('decodes U__ escaped UTF-8 names', async () => {
    const r = await call(deps, get('/api/v1/label/U__http_2e_status__code/values'));
    expect(r.json).toEqual({ status: 'success', data: ['404'] });
  });

  it('answers an unknown label with an empty list', async () => {
    const r = await call(deps, get('/api/v1/label/nope/values'));
    expect(r.body).toBe('{"status":"success","data":[]}');
  });

  it('rejects invalid UTF-8 names', async () => {
    const r = await call(deps, get('/api/v1/label/%ed%a0%80/values'));
    expect(r.json).toEqual({ status: 'error', errorType: 'bad_data', error: 'invalid label name: "\\xed\\xa0\\x80"' });
  });
});

describe('/api/v1/metadata', () => {
  it('maps families to metadata lists, keys sorted', async () => {
    const r = await call(deps, get('/api/v1/metadata'));
    expect(r.body).toBe(
      '{"status":"success","data":{"http_requests_total":[{"type":"counter","help":"Requests.","unit":""}],"up":[{"type":"gauge","help":"Whether the target is up.","unit":""}]}}',
    );
  });

  it('honours limit and metric', async () => {
    expect((await call(deps, get('/api/v1/metadata?limit=1'))).json).toEqual({
      status: 'success',
      data: { http_requests_total: [{ type: 'counter', help: 'Requests.', unit: '' }] },
    });
    expect((await call(deps, get('/api/v1/metadata?limit=0'))).body).toBe('{"status":"success","data":{}}');
    expect((await call(deps, get('/api/v1/metadata?metric=up'))).json).toEqual({
      status: 'success',
      data: { up: [{ type: 'gauge', help: 'Whether the target is up.', unit: '' }] },
    });
  });

  it('rejects non-numeric limits with its own wording', async () => {
    expect((await call(deps, get('/api/v1/metadata?limit=x'))).json).toEqual({ status: 'error', errorType: 'bad_data', error: 'limit must be a number' });
    expect((await call(deps, get('/api/v1/metadata?limit_per_metric=x'))).json).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'limit_per_metric must be a number',
    });
  });
});
