import { describe, expect, it } from 'vitest';
import { formatLabels, labelsFromRecord } from '../model/labels';
import { compileMatcher, matchesAll, type CompiledMatcher, type MatchType } from '../model/matchers';
import { createHead } from './head';

const m = (name: string, type: MatchType, value: string): CompiledMatcher => compileMatcher({ name, type, value });

const SERIES: Record<string, string>[] = [
  { __name__: 'http_requests_total', job: 'api', code: '200', path: '/a' },
  { __name__: 'http_requests_total', job: 'api', code: '500', path: '/a' },
  { __name__: 'http_requests_total', job: 'web', code: '200' },
  { __name__: 'http_requests_total', job: 'web', code: '404', path: '' },
  { __name__: 'up', job: 'api' },
  { __name__: 'up', job: 'web', env: 'prod' },
  { __name__: 'up', job: 'db', env: 'dev\nline' },
];

function fixture() {
  const head = createHead();
  const app = head.appender();
  // Insert in reverse so that id order differs from label order.
  for (const r of [...SERIES].reverse()) app.append(labelsFromRecord(r), 1000, 1);
  app.append(labelsFromRecord({ __name__: 'old', job: 'api' }), 10, 1);
  return head;
}

function names(matchers: CompiledMatcher[], minT = 500, maxT = 5000): string[] {
  return fixture().querier(minT, maxT).select(matchers).map((s) => formatLabels(s.labels));
}

/** brute force: what a linear scan with the same matchers returns. */
function expected(matchers: CompiledMatcher[]): string[] {
  return SERIES.map((r) => labelsFromRecord(r))
    .filter((l) => matchesAll(l, matchers))
    .map(formatLabels)
    .sort();
}

describe('select', () => {
  const cases: [string, CompiledMatcher[]][] = [
    ['equality', [m('__name__', '=', 'http_requests_total'), m('job', '=', 'api')]],
    ['inequality', [m('__name__', '=', 'http_requests_total'), m('code', '!=', '200')]],
    ['regex alternation', [m('code', '=~', '200|404')]],
    ['general regex', [m('code', '=~', '[45]..')]],
    ['negative regex', [m('__name__', '=', 'http_requests_total'), m('code', '!~', '2.*')]],
    ['negative literal alternation', [m('job', '!~', 'api|db'), m('__name__', '=~', '.+')]],
    ['label must be absent', [m('__name__', '=', 'up'), m('env', '=', '')]],
    ['regex matching the empty string', [m('__name__', '=', 'http_requests_total'), m('path', '=~', '/a|')]],
    ['label must be present', [m('path', '!=', '')]],
    ['.* matches everything', [m('job', '=~', '.*'), m('__name__', '=', 'up')]],
    ['.+ requires the label', [m('env', '=~', '.+')]],
    ['.* with s flag matches newlines', [m('env', '=~', 'dev.*')]],
    ['no series', [m('job', '=', 'nope')]],
    ['!~ .* excludes everything with the label', [m('__name__', '=', 'up'), m('env', '!~', '.*')]],
    ['only empty-matching matchers', [m('code', '!=', '200'), m('env', '=', '')]],
    ['unknown label with =~ .*', [m('nope', '=~', '.*'), m('job', '=', 'db')]],
  ];
  for (const [name, matchers] of cases) {
    it(`selects like a linear scan: ${name}`, () => {
      expect(names(matchers)).toEqual(expected(matchers));
    });
  }

  it('returns series sorted by labels', () => {
    const got = fixture().querier(500, 5000).select([m('__name__', '=~', '.+')]).map((s) => s.labels);
    const sorted = [...got].sort((a, b) => (formatLabels(a) < formatLabels(b) ? -1 : 1));
    expect(got.length).toBe(7);
    // http_requests_total series come first, then up; within them by label pairs.
    expect(formatLabels(got[0]!)).toBe('http_requests_total{code="200", job="api", path="/a"}');
    expect(got.map(formatLabels)).toEqual(sorted.map(formatLabels));
  });

  it('keeps label order as series come and go', () => {
    const head = fixture();
    const all = () => head.querier(500, 5000).select([m('__name__', '=~', '.+')]).map((s) => formatLabels(s.labels));
    const before = all();
    head.appender().append(labelsFromRecord({ __name__: 'aaa' }), 1000, 1);
    head.appender().append(labelsFromRecord({ __name__: 'up', job: 'zzz' }), 1000, 1);
    expect(all()).toEqual(['aaa', ...before, 'up{job="zzz"}']);
    head.deleteSeries([m('__name__', '=', 'aaa')]);
    expect(all()).toEqual([...before, 'up{job="zzz"}']);
    expect(head.querier(500, 5000).select([m('job', '=~', 'zzz|db')]).map((s) => formatLabels(s.labels))).toEqual([
      'up{env="dev\\nline", job="db"}',
      'up{job="zzz"}',
    ]);
  });

  it('skips series without samples in the querier range or the hinted range', () => {
    const head = fixture();
    expect(head.querier(0, 100).select([m('job', '=', 'api')]).map((s) => formatLabels(s.labels))).toEqual(['old{job="api"}']);
    expect(head.querier(0, 5000).select([m('job', '=', 'api')], { startMs: 500, endMs: 5000 }).length).toBe(3);
  });

  it('never returns samples outside the querier range', () => {
    const head = fixture();
    head.appender().append(labelsFromRecord({ __name__: 'up', job: 'api' }), 9000, 2);
    const [s] = head.querier(0, 5000).select([m('__name__', '=', 'up'), m('job', '=', 'api')]);
    expect([...s!.samples(0, 10_000).ts]).toEqual([1000]);
  });
});

describe('label names and values', () => {
  it('lists every name and value when no matcher is given', () => {
    const q = fixture().querier(0, 5000);
    expect(q.labelNames()).toEqual(['__name__', 'code', 'env', 'job', 'path']);
    expect(q.labelValues('job')).toEqual(['api', 'db', 'web']);
    expect(q.labelValues('nope')).toEqual([]);
  });

  it('restricts names and values to matching series', () => {
    const q = fixture().querier(0, 5000);
    expect(q.labelNames([m('__name__', '=', 'up')])).toEqual(['__name__', 'env', 'job']);
    expect(q.labelValues('code', [m('job', '=', 'web')])).toEqual(['200', '404']);
    expect(q.labelValues('job', [m('__name__', '=', 'up'), m('env', '!=', '')])).toEqual(['db', 'web']);
  });

  it('restricts names and values to the querier time range', () => {
    const q = fixture().querier(0, 100);
    expect(q.labelNames()).toEqual(['__name__', 'job']);
    expect(q.labelValues('__name__')).toEqual(['old']);
  });
});
