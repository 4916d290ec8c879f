import { describe, expect, it } from 'vitest';
import type { Expr, VectorSelector } from '../ast';
import { formatExpr, parseExpr } from './index';

const print = (input: string): string => formatExpr(parseExpr(input, { experimental: true }));

describe('formatExpr', () => {
  it.each<[string, string]>([
    // Aggregations: grouping before the arguments, `by ()` dropped, `without ()` kept.
    ['sum(rate(http_requests_total{code="200"}[5m] offset 1m)) by (job)', 'sum by (job) (rate(http_requests_total{code="200"}[5m] offset 1m))'],
    ['sum by() (x)', 'sum(x)'],
    ['sum without() (x)', 'sum without () (x)'],
    ['SUM BY (job) (x)', 'sum by (job) (x)'],
    ['sum by("foo.bar", job) (x)', 'sum by ("foo.bar", job) (x)'],
    ['topk(5, x)', 'topk(5, x)'],
    ['count_values("value", x)', 'count_values("value", x)'],
    // Binary operators and their modifiers.
    ['a-on(b)c', 'a - on (b) c'],
    ['a - on() c', 'a - on () c'],
    ['a - ignoring() c', 'a - c'],
    ['a - ignoring() group_left c', 'a - ignoring () group_left () c'],
    ['a - on(b) group_left(x, y) c', 'a - on (b) group_left (x, y) c'],
    ['a / on("äää") group_right("ööö") b', 'a / on ("äää") group_right ("ööö") b'],
    ['a > bool b', 'a > bool b'],
    ['a AND b', 'a and b'],
    ['a + fill(-23) b', 'a + fill (-23) b'],
    ['a + fill_left(5) fill_right(5) b', 'a + fill (5) b'],
    ['a + fill_left(1e6) fill_right(Inf) b', 'a + fill_left (1e+06) fill_right (+Inf) b'],
    ['a + on(b) group_left fill(-23) c', 'a + on (b) group_left () fill (-23) c'],
    ['h </ 1.5', 'h </ 1.5'],
    // Numbers print like Go's strconv 'f' format; durations compactly.
    ['1e6 + 1e-7 + 0x10 + 1_000', '1000000 + 0.0000001 + 16 + 1000'],
    ['Inf + -Inf + NaN', '+Inf + -Inf + NaN'],
    ['-2^2', '-2 ^ 2'],
    ['-(2)', '-(2)'],
    ['90m + 1h30m + 100ms + 14d + -1w', '1h30m + 1h30m + 100ms + 2w + -1w'],
    ['"a\\tb\\u00e9\\"c\\x00"', '"a\\tbé\\"c\\x00"'],
    ["'single'", '"single"'],
    ['`raw\\`', '"raw\\\\"'],
    ['"\\xff"', '"\\xff"'],
    // Selectors: name in front, matchers sorted, quoted where needed.
    ['foo{c="1", a=~"2", b!="3"}', 'foo{a=~"2",b!="3",c="1"}'],
    ['{__name__="foo"}', '{__name__="foo"}'],
    ['{"my.metric", "label.name"="x"}', '{"label.name"="x",__name__="my.metric"}'],
    ['foo{}', 'foo'],
    // Ranges, subqueries and modifiers in canonical order.
    ['foo[90s]', 'foo[1m30s]'],
    ['foo offset -5m', 'foo offset -5m'],
    ['foo @ 1234.5', 'foo @ 1234.500'],
    ['foo offset 1m @ start()', 'foo @ start() offset 1m'],
    ['foo[5m] offset 1m @ end()', 'foo[5m] @ end() offset 1m'],
    ['foo[5m] anchored @ 10 offset 1m', 'foo[5m] anchored @ 10.000 offset 1m'],
    ['foo smoothed @ 100', 'foo @ 100.000 smoothed'],
    ['rate(x[5m])[30m:1m] offset 1m', 'rate(x[5m])[30m:1m] offset 1m'],
    ['x[30m:]', 'x[30m:]'],
    // Duration expressions print as written, parenthesised once.
    ['foo[5m+30s]', 'foo[5m + 30s]'],
    ['foo[((5m))]', 'foo[(5m)]'],
    ['foo[1+(STEP()-5)*2]', 'foo[1 + (step() - 5) * 2]'],
    ['foo[max_of(min_of(step()+1,1h),1ms)]', 'foo[max_of(min_of(step() + 1, 1h), 1ms)]'],
    ['foo offset +(5)', 'foo offset (5)'],
    ['foo offset -(5)', 'foo offset -(5)'],
    ['foo offset +min_of(10s, 20s)', 'foo offset min_of(10s, 20s)'],
    ['foo offset -step()', 'foo offset -step()'],
    ['foo offset 100 + 2', 'foo offset 1m40s + 2'],
    ['foo[4s+4s:1s*2] offset (5s-8)', 'foo[4s + 4s:1s * 2] offset (5s - 8)'],
  ])('%j prints as %j', (input, want) => {
    expect(print(input)).toBe(want);
  });

  it('prints a selector given an @ timestamp after parsing (as the test runner does)', () => {
    const vs = parseExpr('rate(foo{a="b"}[5m])');
    if (vs.kind !== 'Call' || vs.args[0]?.kind !== 'MatrixSelector') throw new Error('unexpected tree');
    const m = vs.args[0];
    const withAt: Expr = { ...vs, args: [{ ...m, selector: { ...m.selector, at: { kind: 'time', ms: 1500 } } }] };
    const text = formatExpr(withAt);
    expect(text).toBe('rate(foo{a="b"}[5m] @ 1.500)');
    expect(formatExpr(parseExpr(text))).toBe(text);
  });

  it('prints hand-built selectors like Prometheus', () => {
    const vs = (name: string, matchers: VectorSelector['matchers']): VectorSelector => ({
      kind: 'VectorSelector',
      name,
      matchers,
      offsetMs: 0,
      pos: { start: 0, end: 0 },
    });
    expect(formatExpr(vs('', []))).toBe('');
    expect(formatExpr(vs('foobar', [{ type: '=', name: '__name__', value: 'foobar' }]))).toBe('foobar');
    expect(formatExpr(vs('', [{ type: '=', name: '__name__', value: '' }, { type: '=', name: 'a', value: 'x' }]))).toBe('{__name__="",a="x"}');
  });
});
