import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../engine/cli/server';
import { backfillOpenMetrics, createHead } from '../engine/tsdb/index';

/**
 * End to end: the real server on an ephemeral port over a small generated
 * OpenMetrics file, spoken to over HTTP the way promtool, Grafana and the
 * CodeMirror PromQL client speak to Prometheus.
 */

const T0 = 1_700_000_000; // seconds
const STEP = 15;
const POINTS = 41; // 10 minutes

function openMetrics(): string {
  const lines = ['# HELP http_requests Total requests.', '# TYPE http_requests counter'];
  for (const code of ['200', '500']) {
    const perStep = code === '200' ? 10 : 1;
    for (let i = 0; i < POINTS; i++) lines.push(`http_requests_total{code="${code}",job="api"} ${i * perStep} ${T0 + i * STEP}`);
  }
  lines.push('# HELP temperature_celsius Room temperature.', '# TYPE temperature_celsius gauge', '# UNIT temperature_celsius celsius');
  for (let i = 0; i < POINTS; i++) lines.push(`temperature_celsius{room="lab"} ${20 + (i % 3) * 0.5} ${T0 + i * STEP}`);
  lines.push('# EOF', '');
  return lines.join('\n');
}

let dir: string;
let file: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  file = join(dir, 'data.om');
  writeFileSync(file, openMetrics());
  const head = createHead();
  backfillOpenMetrics(head, openMetrics());
  server = await startServer({ head, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function getJson(path: string, init?: RequestInit): Promise<{ status: number; json: any; text: string; headers: Headers }> {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

function postForm(path: string, form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return getJson(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() });
}

describe('serve: queries', () => {
  it('answers an instant selector with exact JSON', async () => {
    const r = await getJson(`/api/v1/query?query=${encodeURIComponent('http_requests_total{code="500"}')}&time=${T0 + 60}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.text).toBe(
      `{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"http_requests_total","code":"500","job":"api"},"value":[${T0 + 60},"4"]}]}}`,
    );
  });

  it('answers a range selector with exact JSON', async () => {
    const r = await getJson(`/api/v1/query_range?query=temperature_celsius&start=${T0}&end=${T0 + 30}&step=15s`);
    expect(r.text).toBe(
      `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"temperature_celsius","room":"lab"},"values":[[${T0},"20"],[${T0 + 15},"20.5"],[${T0 + 30},"21"]]}]}}`,
    );
  });

  it('evaluates rate() and aggregations (promtool-style POST)', async () => {
    const r = await postForm('/api/v1/query', { query: 'sum by (code) (rate(http_requests_total[1m]))', time: new Date((T0 + 300) * 1000).toISOString() });
    expect(r.status).toBe(200);
    const byCode = Object.fromEntries(r.json.data.result.map((s: any) => [s.metric.code, Number(s.value[1])]));
    expect(byCode['200']).toBeCloseTo(10 / 15, 10);
    expect(byCode['500']).toBeCloseTo(1 / 15, 10);
  });

  it('serves Grafana-style form POSTs to query_range with scalar results', async () => {
    const r = await postForm('/api/v1/query_range', { query: '1+1', start: String(T0), end: String(T0 + 60), step: '30' });
    expect(r.json).toEqual({
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: {}, values: [[T0, '2'], [T0 + 30, '2'], [T0 + 60, '2']] }] },
    });
  });

  it('returns scalars', async () => {
    const r = await getJson(`/api/v1/query?query=scalar(temperature_celsius)&time=${T0 + 15}`);
    expect(r.text).toBe(`{"status":"success","data":{"resultType":"scalar","result":[${T0 + 15},"20.5"]}}`);
  });

  it('reports parse errors with Prometheus wording', async () => {
    const r = await getJson(`/api/v1/query?query=${encodeURIComponent('sum(rate(x[5m])')}&time=${T0}`);
    expect(r.status).toBe(400);
    expect(r.json.errorType).toBe('bad_data');
    expect(r.json.error).toMatch(/^invalid parameter "query": 1:\d+: parse error: /);
  });

  it('rejects range queries over range vectors', async () => {
    const r = await getJson(`/api/v1/query_range?query=${encodeURIComponent('temperature_celsius[1m]')}&start=${T0}&end=${T0 + 60}&step=15`);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "query": invalid expression type "range vector" for range query, must be Scalar or instant Vector',
    });
  });

  it('times out with an expired timeout, but reports parse errors first', async () => {
    const r = await getJson(`/api/v1/query?query=temperature_celsius&time=${T0}&timeout=0`);
    expect(r.status).toBe(503);
    expect(r.json.errorType).toBe('timeout');
    expect((await getJson(`/api/v1/query?query=(&time=${T0}&timeout=0`)).status).toBe(400);
  });

  it('includes stats on request', async () => {
    const r = await getJson(`/api/v1/query?query=temperature_celsius&time=${T0 + 60}&stats=all`);
    expect(Object.keys(r.json.data.stats)).toEqual(['timings', 'samples']);
    expect(r.json.data.stats.samples.totalQueryableSamples).toBeGreaterThan(0);
  });
});

describe('serve: metadata endpoints (Grafana and CodeMirror clients)', () => {
  it('lists series', async () => {
    const r = await postForm('/api/v1/series', { 'match[]': ['http_requests_total'], start: String(T0), end: String(T0 + 600) });
    expect(r.json.data).toEqual([
      { __name__: 'http_requests_total', code: '200', job: 'api' },
      { __name__: 'http_requests_total', code: '500', job: 'api' },
    ]);
  });

  it('lists label names and values', async () => {
    expect((await getJson('/api/v1/labels')).json.data).toEqual(['__name__', 'code', 'job', 'room']);
    expect((await getJson('/api/v1/label/__name__/values')).json.data).toEqual(['http_requests_total', 'temperature_celsius']);
    expect((await getJson(`/api/v1/label/code/values?match[]=${encodeURIComponent('{job="api"}')}`)).json.data).toEqual(['200', '500']);
  });

  it('answers the CodeMirror PromQL client (POST mode, ISO times)', async () => {
    const end = new Date((T0 + 600) * 1000);
    const start = new Date(end.getTime() - 12 * 3600_000);
    const body = new URLSearchParams({ start: start.toISOString(), end: end.toISOString(), 'match[]': '{__name__="http_requests_total"}' });
    const labels = await fetch(server.url + '/api/v1/labels', { method: 'POST', body });
    expect((await labels.json()).data).toEqual(['__name__', 'code', 'job']);
    const values = await getJson(`/api/v1/label/code/values?${body}`);
    expect(values.json.data).toEqual(['200', '500']);
    const ser = await fetch(server.url + '/api/v1/series', { method: 'POST', body });
    expect((await ser.json()).data).toHaveLength(2);
    expect((await getJson('/api/v1/status/flags')).json.data['query.lookback-delta']).toBe('5m');
  });

  it('answers promtool query instant (client_golang form POST, float time)', async () => {
    const r = await postForm('/api/v1/query', { query: 'temperature_celsius', time: String(T0 + 30.5) });
    expect(r.json.data.result).toEqual([{ metric: { __name__: 'temperature_celsius', room: 'lab' }, value: [T0 + 30.5, '21'] }]);
  });

  it('serves metadata from the file', async () => {
    const r = await getJson('/api/v1/metadata');
    expect(r.json.data.temperature_celsius).toEqual([{ type: 'gauge', help: 'Room temperature.', unit: 'celsius' }]);
  });

  it('serves buildinfo, tsdb status and the probes', async () => {
    expect((await getJson('/api/v1/status/buildinfo')).json.data.version).toMatch(/^3\.\d+\.\d+$/);
    const tsdb = (await getJson('/api/v1/status/tsdb')).json.data;
    expect(tsdb.headStats.numSeries).toBe(3);
    expect(tsdb.headStats.minTime).toBe(T0 * 1000);
    expect((await getJson('/-/ready')).text).toBe('Prometheus Server is Ready.\n');
  });
});

describe('serve: HTTP behaviour', () => {
  function raw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(server.url + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('gzips API responses when asked', async () => {
    const r = await raw('/api/v1/labels', { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(r.body).toString()).data).toContain('__name__');
  });

  it('sends CORS headers for cross-origin callers', async () => {
    const r = await raw('/api/v1/labels', { Origin: 'http://localhost:3000' });
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers 404 and 405 like Prometheus', async () => {
    expect((await getJson('/api/v1/nope')).status).toBe(404);
    expect((await getJson('/api/v1/query', { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses oversized bodies without falling over', async () => {
    const r = await getJson('/api/v1/query', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'query=' + 'x'.repeat(11 << 20) });
    expect(r.status).toBe(413);
    expect((await getJson('/-/healthy')).status).toBe(200);
  });

  it('survives random garbage in URLs and bodies', async () => {
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'abc%zz;&=[]{}"\\\u00e9\u2028 +x0123456789.:-/upquery_rangestartendstep';
    for (let i = 0; i < 200; i++) {
      const junk = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const path = ['/api/v1/query?', '/api/v1/query_range?', '/api/v1/series?match[]=', '/api/v1/label/'][i % 4]!;
      const res = await fetch(server.url + path + encodeURI(junk).replace(/%25/g, '%'), { method: i % 3 === 0 ? 'POST' : 'GET', body: i % 3 === 0 ? junk : undefined }).catch(() => undefined);
      if (res) await res.text();
    }
    expect((await getJson('/-/healthy')).status).toBe(200);
  });
});

describe('serve: the CLI', () => {
  it('loads the file, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'engine/cli/serve.ts', '--data', file, '--port', '0', '--host', '127.0.0.1'], {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /listening on (http:\/\/\S+?)\/api\/v1\//.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const res = await fetch(`${url}/api/v1/query?query=up&time=${T0}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'success', data: { resultType: 'vector', result: [] } });
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(stderr).toContain('loaded 123 samples in 3 series');
  });
});
