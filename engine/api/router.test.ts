import { describe, expect, it } from 'vitest';
import { ParseError } from '../promql/errors';
import { createApiHandler } from './router';
import { call, fakeDeps, fakeEngine, fakeStorage, get, NO_STATS, series } from './test-fakes';
import type { ApiRequest } from './types';

const deps = fakeDeps();

describe('routing', () => {
  it('answers the health probes in plain text', async () => {
    expect(await call(deps, get('/-/healthy'))).toMatchObject({ status: 200, body: 'Prometheus Server is Healthy.\n' });
    expect(await call(deps, get('/-/ready'))).toMatchObject({ status: 200, body: 'Prometheus Server is Ready.\n' });
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect(await call(deps, get('/api/v1/nope'))).toMatchObject({ status: 404, body: '404 page not found\n' });
    expect(await call(deps, get('/metrics'))).toMatchObject({ status: 404 });
    const r = await call(deps, { method: 'DELETE', url: '/api/v1/query', headers: {}, body: '' });
    expect(r.status).toBe(405);
    expect(r.headers.Allow).toBe('GET, POST, OPTIONS');
    expect((await call(deps, { method: 'POST', url: '/api/v1/label/job/values', headers: {}, body: '' })).status).toBe(405);
  });

  it('redirects a trailing slash like httprouter', async () => {
    expect(await call(deps, get('/api/v1/labels/?a=1'))).toMatchObject({ status: 301, headers: { Location: '/api/v1/labels?a=1' } });
  });

  it('sends CORS headers only when an Origin is present, and 204 for OPTIONS', async () => {
    const plain = await call(deps, get('/api/v1/labels'));
    expect(plain.headers['Access-Control-Allow-Origin']).toBeUndefined();
    expect(plain.headers.Vary).toEqual(['Accept-Encoding', 'Origin']);
    const cors = await call(deps, get('/api/v1/labels', { origin: 'http://grafana:3000' }));
    expect(cors.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(cors.headers['Access-Control-Allow-Methods']).toBe('GET, POST, OPTIONS');
    const pre = await call(deps, { method: 'OPTIONS', url: '/api/v1/query_range', headers: { origin: 'x' }, body: '' });
    expect(pre).toMatchObject({ status: 204, body: '' });
  });

  it('decodes the label name in the path', async () => {
    const storage = fakeStorage([series({ __name__: 'x', 'a b': 'v' })]);
    const r = await call(fakeDeps({ storage }), get('/api/v1/label/U__a_20_b/values'));
    expect(r.json).toEqual({ status: 'success', data: ['v'] });
  });

  it('turns a handler bug into a 500 internal error instead of throwing', async () => {
    const engine = fakeEngine(() => {
      throw new TypeError('boom');
    });
    const r = await call(fakeDeps({ engine }), get('/api/v1/query?query=up&time=1'));
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ status: 'error', errorType: 'internal', error: 'internal error: boom' });
  });
});

describe('format_query and parse_query', () => {
  it('formats', async () => {
    expect((await call(deps, get('/api/v1/format_query?query=foo{}'))).body).toBe('{"status":"success","data":"foo"}');
  });

  it('parses into the UI AST with sorted keys', async () => {
    const r = await call(deps, get('/api/v1/parse_query?query=foo'));
    expect(r.body).toBe(
      '{"status":"success","data":{"anchored":false,"matchers":[{"name":"__name__","type":"=","value":"foo"}],"name":"foo","offset":0,"offsetExpr":null,"smoothed":false,"startOrEnd":null,"timestamp":null,"type":"vectorSelector"}}',
    );
  });

  it('reports parse errors as invalid query parameter', async () => {
    const r = await call(deps, get('/api/v1/format_query?query=invalid%5D%5Bquery'));
    expect(r.status).toBe(400);
    expect((r.json as { error: string }).error).toMatch(/^invalid parameter "query": 1:1: parse error: /);
  });
});

/** mulberry32 makes the fuzz inputs reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness', () => {
  it('never throws and always answers JSON or text on random input', async () => {
    const rand = rng(7);
    const engine = fakeEngine((c) => {
      if (c.query.includes('[')) throw new ParseError(c.query, { start: 0, end: 1 }, 'bad');
      return { value: { type: 'vector', samples: [] }, annotations: [], stats: NO_STATS };
    });
    const handler = createApiHandler(fakeDeps({ engine }));
    const paths = ['/api/v1/query', '/api/v1/query_range', '/api/v1/series', '/api/v1/labels', '/api/v1/label/x/values', '/api/v1/metadata', '/api/v1/status/tsdb', '/api/v1/parse_query', '/-/ready', '/api/v1/label/%/values'];
    const params = ['query', 'time', 'start', 'end', 'step', 'limit', 'timeout', 'lookback_delta', 'stats', 'match[]', 'metric'];
    const junk = ['', 'x', '%', '%zz', ';', '1e999', 'NaN', '-Inf', '0x1p-2', '1h30m', '9'.repeat(40), '2015-07-01T20:10:51.781Z', '{', 'up', '\u0000', '\ud800', '%ed%a0%80', '-1', '0'];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    for (let i = 0; i < 2000; i++) {
      const qs = Array.from({ length: Math.floor(rand() * 5) }, () => `${pick(params)}=${pick(junk)}`).join(pick(['&', ';', '&&']));
      const req: ApiRequest = {
        method: pick(['GET', 'POST', 'PUT', 'OPTIONS', 'HEAD']),
        url: `${pick(paths)}?${qs}`,
        headers: { 'content-type': pick(['application/x-www-form-urlencoded', 'text/plain', '']) },
        body: qs,
      };
      const res = await handler(req);
      expect(res.status).toBeGreaterThanOrEqual(200);
      if (String(res.headers['Content-Type']).startsWith('application/json')) expect(() => JSON.parse(res.body)).not.toThrow();
      expect(res.status === 500 ? res.body : '').not.toContain('internal error');
    }
  });
});
