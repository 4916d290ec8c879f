import { describe, expect, it } from 'vitest';
import { parseExpr, prettifyExpr } from './index';
import { prettifyWithWidth } from './prettier';

/** Narrow lines (10 characters) make the splitting rules visible on short queries. */
const narrow = (input: string): string => prettifyWithWidth(parseExpr(input, { experimental: true }), 10);

describe('prettifyExpr', () => {
  it('keeps a query that fits in 100 characters on one line', () => {
    expect(prettifyExpr(parseExpr('sum by (job) (rate(http_requests_total[5m]))'))).toBe('sum by (job) (rate(http_requests_total[5m]))');
  });

  it('splits a long query over indented lines', () => {
    const q =
      'sum by (job) (rate(http_requests_total{code="200",handler="/api/v1/query"}[5m])) / ignoring (code) sum by (job) (rate(http_requests_total[5m]))';
    expect(prettifyExpr(parseExpr(q))).toBe(
      [
        '  sum by (job) (rate(http_requests_total{code="200",handler="/api/v1/query"}[5m]))',
        '/ ignoring (code)',
        '  sum by (job) (rate(http_requests_total[5m]))',
      ].join('\n'),
    );
  });

  it.each<[string, string]>([
    ['sum(foo)', 'sum(foo)'],
    ['sum without(job,foo) (task:errors:rate10s{job="s"})', 'sum without (job, foo) (\n  task:errors:rate10s{job="s"}\n)'],
    ['topk(5, foo_bar)', 'topk(\n  5,\n  foo_bar\n)'],
    ['a + b', 'a + b'],
    ['foo_1 + foo_2', '  foo_1\n+\n  foo_2'],
    ['foo_1 > bool on(x) foo_2', '  foo_1\n> bool on (x)\n  foo_2'],
    ['rate(foo[5m])', 'rate(\n  foo[5m]\n)'],
    ['label_replace(up, "a", "b", "c", "d")', 'label_replace(\n  up,\n  "a",\n  "b",\n  "c",\n  "d"\n)'],
    ['(foo_bar_baz)', '(\n  foo_bar_baz\n)'],
    ['-foo_bar_baz', '-foo_bar_baz'],
    ['-(foo_1 + foo_2)', '-(\n    foo_1\n  +\n    foo_2\n)'],
    ['rate(foo[2*1h])', 'rate(\n  foo[2 * 1h]\n)'],
    ['rate(foo_1[5m])[10m:1m]', 'rate(\n  foo_1[5m]\n)[10m:1m]'],
    ['metric_name{label="a_long_value"}', 'metric_name{label="a_long_value"}'],
  ])('%j with 10-character lines', (input, want) => {
    expect(narrow(input)).toBe(want);
  });
});
