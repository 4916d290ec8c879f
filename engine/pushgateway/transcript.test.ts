import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Pushgateway, type PushgatewayRequest } from './index';

/** The real Pushgateway session and its /metrics and /api/v1/metrics snapshots (never copied into the project). */
const sample = (name: string): string => readFileSync(new URL(`../../../shared/samples/${name}`, import.meta.url), 'utf8');

interface Exchange {
  readonly request: PushgatewayRequest;
  readonly status: number;
  readonly response: string;
}

/** readTranscript parses `=== METHOD path`, `> body`, `<<< HTTP code`, `< response` blocks. */
function readTranscript(text: string): Exchange[] {
  const out: Exchange[] = [];
  for (const block of text.split(/^(?==== )/m)) {
    const lines = block.split('\n');
    const head = /^=== (PUT|POST|DELETE|GET) (\S+)$/.exec(lines[0] ?? '');
    if (head === null) continue;
    const body = lines.filter((l) => l.startsWith('>')).map((l) => l.replace(/^> ?/, ''));
    const status = Number(/^<<< HTTP (\d+)/m.exec(block)?.[1]);
    const response = lines.filter((l) => l.startsWith('< ')).map((l) => l.slice(2)).join('\n');
    out.push({ request: { method: head[1] as PushgatewayRequest['method'], path: head[2]!, body: body.length ? body.join('\n') + '\n' : '' }, status, response });
  }
  return out;
}

const SELF_OR_HOST = /^(go_|process_|pushgateway_)/;

/**
 * normalize keeps the pushed families of an exposition, in order, with
 * push_time_seconds / push_failure_time_seconds values reduced to "0" or
 * "T" (a time): wall-clock times cannot match a virtual clock.
 */
function normalize(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l !== '' && !SELF_OR_HOST.test(l.replace(/^# (HELP|TYPE) /, '')))
    .map((l) => (/^push_(failure_)?time_seconds\{/.test(l) ? l.replace(/ \S+$/, (v) => (v === ' 0' ? ' 0' : ' T')) : l));
}

/** requestCounters picks `pushgateway_http_requests_total` and the push summaries' counts. */
function requestCounters(text: string): string[] {
  return text.split('\n').filter((l) => /^pushgateway_http_requests_total\{|^pushgateway_http_push_(size_bytes|duration_seconds)_count\{/.test(l));
}

const transcript = readTranscript(sample('pushgateway_transcript.txt'));
// The snapshots come from a second pass of the same session against the state the first left behind.
const RUN1_MS = 1_795_546_423_788;
const RUN2_MS = 1_795_546_746_900;

function replay(pg: Pushgateway, exchanges: readonly Exchange[], startMs: number): void {
  exchanges.forEach((x, i) => pg.handle(x.request, startMs + i * 10));
}

describe('replaying the real Pushgateway transcript', () => {
  it('parses the transcript', () => {
    expect(transcript).toHaveLength(13);
  });

  it('answers every request with the real status code and body', () => {
    const pg = new Pushgateway({ startMs: RUN1_MS - 1000 });
    transcript.forEach((x, i) => {
      const res = pg.handle(x.request, RUN1_MS + i * 10);
      expect({ req: `${x.request.method} ${x.request.path}`, status: res.status }).toEqual({ req: `${x.request.method} ${x.request.path}`, status: x.status });
      if (x.request.path === '/api/v1/status') {
        const ours = JSON.parse(res.body);
        const real = JSON.parse(x.response);
        expect(ours.status).toBe('success');
        expect(Object.keys(ours.data).sort()).toEqual(Object.keys(real.data).sort());
        expect(Object.keys(ours.data.flags).sort()).toEqual(Object.keys(real.data.flags).sort());
        expect(Object.keys(ours.data.build_information).sort()).toEqual(Object.keys(real.data.build_information).sort());
      } else {
        expect(res.body.trimEnd()).toBe(x.response);
      }
    });
  });

  it('exposes the final state as the real /metrics does, request counters included', () => {
    const pg = new Pushgateway();
    pg.handle({ method: 'GET', path: '/-/ready', body: '' }, RUN1_MS - 1); // the harness's readiness probe
    replay(pg, transcript, RUN1_MS);
    const real = sample('pushgateway.metrics');
    expect(normalize(pg.exposition())).toEqual(normalize(real));
    expect(requestCounters(pg.exposition())).toEqual(requestCounters(real));
  });

  it('matches the snapshot taken after the first two pushes of the second pass', () => {
    const pg = new Pushgateway();
    replay(pg, transcript, RUN1_MS);
    replay(pg, transcript.slice(0, 2), RUN2_MS);
    expect(normalize(pg.exposition())).toEqual(normalize(sample('pushgateway_after_two_pushes.metrics')));
  });

  it('serves /api/v1/metrics like the real one after the second pass', () => {
    const pg = new Pushgateway();
    replay(pg, transcript, RUN1_MS);
    replay(pg, transcript, RUN2_MS);
    const res = pg.handle({ method: 'GET', path: '/api/v1/metrics', body: '' }, RUN2_MS + 1000);
    expect(res.headers['Content-Type']).toBe('application/json');
    const ours = JSON.parse(res.body) as { status: string; data: Record<string, unknown>[] };
    const real = JSON.parse(sample('pushgateway_api_v1_metrics.json')) as typeof ours;
    expect(ours.status).toBe('success');
    const byGroup = (data: Record<string, unknown>[]): Map<string, unknown> => new Map(data.map((g) => [JSON.stringify(g['labels']), stripTimes(g)]));
    expect(byGroup(ours.data)).toEqual(byGroup(real.data));
    // Each family's time_stamp is its last push; never-failed groups keep the creation time on push_failure_time_seconds.
    for (const [ourGroup, realGroup] of pairGroups(ours.data, real.data)) {
      for (const name of Object.keys(realGroup)) {
        const r = realGroup[name] as { time_stamp?: string };
        if (r.time_stamp === undefined) continue;
        const o = ourGroup[name] as { time_stamp: string };
        const pass = (t: string): number => (Date.parse(t) < (RUN1_MS + RUN2_MS) / 2 ? 1 : 2);
        expect(`${name}: pass ${pass(o.time_stamp)}`).toBe(`${name}: pass ${pass(r.time_stamp)}`);
      }
    }
  });
});

function pairGroups(a: Record<string, unknown>[], b: Record<string, unknown>[]): [Record<string, unknown>, Record<string, unknown>][] {
  return b.map((g) => [a.find((x) => JSON.stringify(x['labels']) === JSON.stringify(g['labels']))!, g]);
}

/** stripTimes removes time_stamp fields and reduces push_* values to "0"/"T". */
function stripTimes(group: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(group), (key, value: unknown) => {
    if (key === 'time_stamp') return undefined;
    if (key === 'value' && typeof value === 'string' && /e\+09$/.test(value) && Number(value) > 1.7e9 && Number(value) < 1.9e9) return 'T';
    return value;
  });
}
