import { describe, expect, it } from 'vitest';
import { EVENT_CAPACITY, Pushgateway, type PushgatewayRequest } from './index';

const T0 = 1_767_225_600_000;

function gw(): { pg: Pushgateway; send: (method: PushgatewayRequest['method'], path: string, body?: string, contentType?: string) => { status: number; body: string; headers: Readonly<Record<string, string>> } } {
  const pg = new Pushgateway({ startMs: T0 });
  let t = T0;
  return { pg, send: (method, path, body = '', contentType) => pg.handle({ method, path, body, ...(contentType === undefined ? {} : { contentType }) }, (t += 1000)) };
}

/** pushed returns the exposition lines of pushed families (own metrics and push_* gauges left out). */
function pushed(pg: Pushgateway): string[] {
  return pg
    .exposition()
    .split('\n')
    .filter((l) => l !== '' && !/^(# (HELP|TYPE) )?(pushgateway_|push_time_seconds|push_failure_time_seconds)/.test(l));
}

describe('grouping keys from the path', () => {
  const cases: readonly { path: string; status: number; labels?: Record<string, string>; error?: string }[] = [
    { path: '/metrics/job/j', status: 200, labels: { job: 'j' } },
    { path: '/metrics/job/j/instance/i/zone/z', status: 200, labels: { job: 'j', instance: 'i', zone: 'z' } },
    { path: '/metrics/job/files/path@base64/L3Zhci90bXA', status: 200, labels: { job: 'files', path: '/var/tmp' } },
    { path: '/metrics/job/files/path@base64/L3Zhci90bXA=', status: 200, labels: { job: 'files', path: '/var/tmp' } },
    { path: '/metrics/job/e/first@base64/=/second/x', status: 200, labels: { job: 'e', first: '', second: 'x' } },
    { path: '/metrics/job@base64/L3Zhci90bXA', status: 200, labels: { job: '/var/tmp' } },
    { path: '/metrics/job/titan/name@base64/zqDPgc6_zrzOt864zrXPjc-C', status: 200, labels: { job: 'titan', name: 'Προμηθεύς' } },
    { path: '/metrics/job/j%20x/a/b%2Fc', status: 400, error: 'odd number of components in label string "/a/b/c"' },
    { path: '/metrics/job/j/a', status: 400, error: 'odd number of components in label string "/a"' },
    { path: '/metrics/job/j/1a/x', status: 400, error: 'improper label name "1a"' },
    { path: '/metrics/job/j/__name__/x', status: 400, error: 'improper label name "__name__"' },
    { path: '/metrics/job/j/path@base64/L3Zhci90bXA!', status: 400, error: 'invalid base64 encoding for label path="L3Zhci90bXA!": illegal base64 data at input byte 11' },
    { path: '/metrics/job/j/path@base64/a', status: 400, error: 'invalid base64 encoding for label path="a": illegal base64 data at input byte 0' },
    { path: '/metrics/job@base64/=', status: 400, error: 'job name is required' },
    { path: '/metrics/job@base64/a+b', status: 400, error: 'invalid base64 encoding in job name "a+b": illegal base64 data at input byte 1' },
  ];
  for (const c of cases) {
    it(`${c.path} → ${c.status}`, () => {
      const { pg, send } = gw();
      const res = send('PUT', c.path, 'm 1\n');
      expect(res.status).toBe(c.status);
      if (c.error !== undefined) {
        expect(res.body).toBe(`${c.error}\n`);
        expect(res.headers['Content-Type']).toBe('text/plain; charset=utf-8');
        expect(pg.groups()).toEqual([]);
      } else {
        expect(pg.groups().map((g) => g.labels)).toEqual([c.labels]);
      }
    });
  }

  it('lets path labels override pushed labels and adds an empty instance', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/joblabel', 'm{job="other",zone="a"} 1\n');
    send('PUT', '/metrics/job/withinst/instance/i1', 'n{instance="pushed"} 2\n');
    send('PUT', '/metrics/job/ownInst', 'o{instance="pushed"} 3\n');
    expect(pushed(pg)).toEqual([
      '# TYPE m untyped',
      'm{instance="",job="joblabel",zone="a"} 1',
      '# TYPE n untyped',
      'n{instance="i1",job="withinst"} 2',
      '# TYPE o untyped',
      'o{instance="pushed",job="ownInst"} 3',
    ]);
  });

  it('takes the job from the path over a job label pair', () => {
    const { pg, send } = gw();
    expect(send('PUT', '/metrics/job/a/job/b', 'm 1\n').status).toBe(200);
    expect(pg.groups().map((g) => g.labels)).toEqual([{ job: 'a' }]);
  });
});

describe('PUT, POST and DELETE', () => {
  it('PUT replaces the whole group', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\nb 2\n');
    send('PUT', '/metrics/job/j', 'a 3\n');
    expect(pushed(pg)).toEqual(['# TYPE a untyped', 'a{instance="",job="j"} 3']);
  });

  it('POST replaces only same-named families', () => {
    const { pg, send } = gw();
    send('POST', '/metrics/job/j', 'a{x="1"} 1\na{x="2"} 1\nb 2\n');
    send('POST', '/metrics/job/j', 'a{x="3"} 3\n');
    expect(pushed(pg)).toEqual(['# TYPE a untyped', 'a{instance="",job="j",x="3"} 3', '# TYPE b untyped', 'b{instance="",job="j"} 2']);
  });

  it('an empty PUT empties the group but keeps it with a new push time', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\n');
    send('PUT', '/metrics/job/j', '');
    expect(pushed(pg)).toEqual([]);
    expect(pg.groups()).toMatchObject([{ labels: { job: 'j' }, pushTimeMs: T0 + 2000, families: [] }]);
  });

  it('an empty POST only updates the push time', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\n');
    send('POST', '/metrics/job/j', '');
    expect(pushed(pg)).toEqual(['# TYPE a untyped', 'a{instance="",job="j"} 1']);
    expect(pg.groups()[0]!.pushTimeMs).toBe(T0 + 2000);
  });

  it('DELETE removes the group and answers 202, also for unknown groups', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j/instance/i', 'a 1\n');
    send('PUT', '/metrics/job/j', 'a 2\n');
    expect(send('DELETE', '/metrics/job/j/instance/i')).toMatchObject({ status: 202, body: '' });
    expect(send('DELETE', '/metrics/job/nope')).toMatchObject({ status: 202, body: '' });
    expect(pg.groups().map((g) => g.labels)).toEqual([{ job: 'j' }]);
  });

  it('the admin wipe deletes every group', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/a', 'x 1\n');
    send('PUT', '/metrics/job/b', 'x 2\n');
    expect(send('PUT', '/api/v1/admin/wipe').status).toBe(202);
    expect(pg.groups()).toEqual([]);
    send('PUT', '/metrics/job/c', 'x 3\n');
    expect(send('DELETE', '/api/v1/admin/wipe').status).toBe(202);
    expect(pg.groups()).toEqual([]);
  });

  it('metrics never expire', () => {
    const pg = new Pushgateway();
    pg.handle({ method: 'PUT', path: '/metrics/job/j', body: 'a 1\n' }, T0);
    pg.handle({ method: 'GET', path: '/-/ready', body: '' }, T0 + 365 * 86_400_000);
    expect(pushed(pg)).toEqual(['# TYPE a untyped', 'a{instance="",job="j"} 1']);
  });
});

describe('rejected pushes', () => {
  const INCONSISTENT = 'pushed metrics are invalid or inconsistent with existing metrics: ';

  it('a body that does not parse is a 400 that records nothing', () => {
    const { pg, send } = gw();
    const res = send('PUT', '/metrics/job/broken', 'this is not { valid\n');
    expect(res).toMatchObject({ status: 400, body: 'text format parsing error in line 1: expected float as value, got "is"\n' });
    expect(pg.groups()).toEqual([]);
  });

  it('timestamps are rejected, recorded as a failure, and leave the group unchanged', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\n');
    const res = send('PUT', '/metrics/job/j', 'a 2 1767225600000\n');
    expect(res).toMatchObject({ status: 400, body: `${INCONSISTENT}pushed metrics must not have timestamps\n` });
    expect(pushed(pg)).toEqual(['# TYPE a untyped', 'a{instance="",job="j"} 1']);
    expect(pg.groups()[0]).toMatchObject({ lastPushSuccessful: false, pushTimeMs: T0 + 1000, pushFailureTimeMs: T0 + 2000 });
    send('POST', '/metrics/job/j', '');
    expect(pg.groups()[0]!.lastPushSuccessful).toBe(true);
  });

  it('a type that differs from another group is rejected, naming the existing metric', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/backup/instance/db-1', '# TYPE t gauge\nt 1767229200\n');
    const res = send('PUT', '/metrics/job/conflict', '# TYPE t counter\nt 5\n');
    expect(res.status).toBe(400);
    expect(res.body).toBe(
      `${INCONSISTENT}collected metric "t" { label:<name:"instance" value:"db-1" > label:<name:"job" value:"backup" > gauge:<value:1.7672292e+09 > } is not a COUNTER\n`,
    );
    expect(pg.groups().map((g) => [g.labels, g.families.length])).toEqual([
      [{ instance: 'db-1', job: 'backup' }, 1],
      [{ job: 'conflict' }, 0],
    ]);
  });

  it('duplicate series in one push are rejected', () => {
    const { send } = gw();
    const res = send('PUT', '/metrics/job/j', 'a{x="1"} 1\na{x="1"} 2\n');
    expect(res.body).toBe(`${INCONSISTENT}collected metric "a" { label:<name:"instance" value:"" > label:<name:"job" value:"j" > label:<name:"x" value:"1" > untyped:<value:2 > } was collected before with the same name and label values\n`);
  });

  it('a summary colliding with another family\'s _count is rejected', () => {
    const { send } = gw();
    send('PUT', '/metrics/job/a', 'lat_count 1\n');
    const res = send('PUT', '/metrics/job/b', '# TYPE lat summary\nlat_sum 1\nlat_count 2\n');
    // The pushed group is gathered first, so the older family is the one reported.
    expect(res.body).toBe(`${INCONSISTENT}collected metric named "lat_count" collides with previously collected summary named "lat"\n`);
  });

  it('a family clashing with the Pushgateway\'s own metrics is rejected', () => {
    const { send } = gw();
    const res = send('PUT', '/metrics/job/a', 'pushgateway_build_info 1\n');
    expect(res.body).toBe(`${INCONSISTENT}gathered metric family pushgateway_build_info has type UNTYPED but should have GAUGE\n`);
  });

  it('several problems are listed as Go\'s MultiError does', () => {
    const { send } = gw();
    send('PUT', '/metrics/job/a', '# TYPE x gauge\nx 1\n# TYPE y gauge\ny 1\n');
    const res = send('PUT', '/metrics/job/b', '# TYPE x counter\nx 1\n# TYPE y counter\ny 1\n');
    expect(res.body.startsWith(`${INCONSISTENT}2 error(s) occurred:\n* collected metric "x" `)).toBe(true);
    expect(res.body).toContain('\n* collected metric "y" ');
  });

  it('protobuf bodies are refused (a string body cannot carry them)', () => {
    const { send } = gw();
    const res = send('PUT', '/metrics/job/j', 'x', 'application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited');
    expect(res.status).toBe(400);
  });
});

describe('exposition', () => {
  it('merges same-named families across groups: one HELP (first group in key order wins), metrics sorted', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/b', '# HELP up2 From b.\n# TYPE up2 gauge\nup2 1\n');
    send('PUT', '/metrics/job/a/instance/x', '# HELP up2 From a.\n# TYPE up2 gauge\nup2 2\n');
    send('PUT', '/metrics/job/a', '# TYPE up2 gauge\nup2{zone="z"} 3\n');
    expect(pushed(pg)).toEqual([
      '# HELP up2 From a.',
      '# TYPE up2 gauge',
      'up2{instance="",job="b"} 1',
      'up2{instance="x",job="a"} 2',
      'up2{instance="",job="a",zone="z"} 3',
    ]);
    // The first group wins even without a HELP of its own.
    send('DELETE', '/metrics/job/a/instance/x');
    expect(pushed(pg)[0]).toBe('# TYPE up2 gauge');
    send('DELETE', '/metrics/job/a');
    expect(pushed(pg)[0]).toBe('# HELP up2 From b.');
  });

  it('renders summaries and histograms as the Go client does', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', '# TYPE h histogram\nh_bucket{le="0.5"} 1\nh_sum 2\nh_count 3\n# TYPE s summary\ns{quantile="0.9"} 4\ns_sum 5\ns_count 6\n');
    expect(pushed(pg)).toEqual([
      '# TYPE h histogram',
      'h_bucket{instance="",job="j",le="0.5"} 1',
      'h_bucket{instance="",job="j",le="+Inf"} 3',
      'h_sum{instance="",job="j"} 2',
      'h_count{instance="",job="j"} 3',
      '# TYPE s summary',
      's{instance="",job="j",quantile="0.9"} 4',
      's_sum{instance="",job="j"} 5',
      's_count{instance="",job="j"} 6',
    ]);
  });

  it('exposes push times in seconds and is served on GET /metrics', () => {
    const { send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\n');
    const res = send('GET', '/metrics');
    expect(res.headers['Content-Type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.body).toContain('push_time_seconds{instance="",job="j"} 1.767225601e+09\n');
    expect(res.body).toContain('push_failure_time_seconds{instance="",job="j"} 0\n');
    expect(res.body).toContain('pushgateway_http_requests_total{code="200",handler="push",method="put"} 1\n');
  });
});

describe('routing', () => {
  const cases: readonly { method: PushgatewayRequest['method']; path: string; status: number; body?: string }[] = [
    { method: 'PUT', path: '/metrics/instance/x', status: 404, body: '404 page not found\n' },
    { method: 'GET', path: '/nope', status: 404, body: '404 page not found\n' },
    { method: 'GET', path: '/metrics/job/j', status: 405, body: 'Method Not Allowed\n' },
    { method: 'PUT', path: '/metrics', status: 405 },
    { method: 'GET', path: '/-/healthy', status: 200, body: 'OK' },
    { method: 'GET', path: '/-/ready', status: 200, body: 'OK' },
    { method: 'PUT', path: '/metrics/job/j//x', status: 301 },
    { method: 'GET', path: '/api/v1/status?x=1', status: 200 },
    { method: 'GET', path: '/api/v1/admin/wipe', status: 405 },
  ];
  for (const c of cases) {
    it(`${c.method} ${c.path} → ${c.status}`, () => {
      const res = gw().send(c.method, c.path, 'm 1\n');
      expect(res.status).toBe(c.status);
      if (c.body !== undefined) expect(res.body).toBe(c.body);
    });
  }

  it('redirects unclean paths to the cleaned one', () => {
    expect(gw().send('PUT', '/metrics/job/j//x').headers['Location']).toBe('/metrics/job/j/x');
  });

  it('hides the admin API unless enabled', () => {
    const pg = new Pushgateway({ enableAdminApi: false });
    expect(pg.handle({ method: 'PUT', path: '/api/v1/admin/wipe', body: '' }, T0).status).toBe(404);
    expect(JSON.parse(pg.handle({ method: 'GET', path: '/api/v1/status', body: '' }, T0).body).data.flags['web.enable-admin-api']).toBe('false');
  });

  it('reports the start time in /api/v1/status', () => {
    const res = gw().send('GET', '/api/v1/status');
    expect(JSON.parse(res.body).data.start_time).toBe('2026-01-01T00:00:00Z');
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
  });
});

describe('events', () => {
  it('records every push and delete with its outcome', () => {
    const { pg, send } = gw();
    send('PUT', '/metrics/job/j', 'a 1\n');
    send('POST', '/metrics/job/j', 'bad bad\n');
    send('DELETE', '/metrics/job/j');
    send('PUT', '/metrics/job/j/x', '');
    send('GET', '/metrics');
    expect(pg.events()).toEqual([
      { kind: 'push', method: 'PUT', groupingKey: { job: 'j' }, tMs: T0 + 1000, ok: true, status: 200 },
      { kind: 'push', method: 'POST', groupingKey: { job: 'j' }, tMs: T0 + 2000, ok: false, status: 400, error: 'text format parsing error in line 1: expected float as value, got "bad"' },
      { kind: 'delete', method: 'DELETE', groupingKey: { job: 'j' }, tMs: T0 + 3000, ok: true, status: 202 },
      { kind: 'push', method: 'PUT', groupingKey: {}, tMs: T0 + 4000, ok: false, status: 400, error: 'odd number of components in label string "/x"' },
    ]);
  });

  it(`keeps the last ${EVENT_CAPACITY}, oldest first`, () => {
    const pg = new Pushgateway();
    for (let i = 0; i < EVENT_CAPACITY + 10; i++) pg.handle({ method: 'PUT', path: `/metrics/job/j${i}`, body: '' }, i);
    const events = pg.events();
    expect(events).toHaveLength(EVENT_CAPACITY);
    expect(events[0]!.groupingKey).toEqual({ job: 'j10' });
    expect(events[EVENT_CAPACITY - 1]!.groupingKey).toEqual({ job: `j${EVENT_CAPACITY + 9}` });
  });
});

describe('the exposition a scrape sees', () => {
  it('is rendered again only when a request or the summaries\' window changes it', () => {
    const pg = new Pushgateway({ startMs: T0 });
    let t = T0;
    const at = (method: PushgatewayRequest['method'], path: string, body = '') => pg.handle({ method, path, body }, t);
    let scrapes = 0;
    let changes = 0;
    let last = '';
    // Pushes now and then over 40 minutes of scrapes every 15 s: each scrape must see exactly what a fresh render shows.
    for (let step = 0; step < 160; step++, t += 15_000) {
      if (step % 23 === 0) at('PUT', `/metrics/job/j${step % 3}`, `m ${step}\n`);
      if (step % 37 === 0) at('POST', '/metrics/job/other', `n{a="b"} ${step}\n`);
      if (step % 41 === 0) at('DELETE', '/metrics/job/j1');
      if (step % 29 === 0) at('GET', '/-/healthy');
      const seen = at('GET', '/metrics').body;
      expect(seen).toBe(pg.renderExposition(t));
      scrapes++;
      if (seen !== last) changes++;
      last = seen;
    }
    // Pushes, deletes and observations leaving the 10-minute window all showed up.
    expect(changes).toBeGreaterThan(10);
    expect(changes).toBeLessThan(scrapes);
    // A scrape at an earlier time than the cached one is rendered for that time.
    expect(pg.exposition(T0 + 60_000)).toBe(pg.renderExposition(T0 + 60_000));
  });
});
