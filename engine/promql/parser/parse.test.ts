import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast';
import { exprType, parseExpr, parseMetricSelector, walkExpr } from './index';

/** shape drops positions so expected trees stay readable. */
function shape(input: string, experimental = true): unknown {
  return JSON.parse(JSON.stringify(parseExpr(input, { experimental }), (k, v: unknown) => (k === 'pos' ? undefined : v)));
}

const num = (value: number, duration?: boolean): unknown => ({ kind: 'NumberLiteral', value, ...(duration === true ? { duration } : {}) });
const sel = (name: string, ...matchers: [string, string, string][]): unknown => ({
  kind: 'VectorSelector',
  name,
  matchers: [...matchers.map(([n, type, value]) => ({ type, name: n, value })), ...(name !== '' ? [{ type: '=', name: '__name__', value: name }] : [])],
  offsetMs: 0,
});
const bin = (op: string, lhs: unknown, rhs: unknown, extra: Record<string, unknown> = {}): unknown => ({
  kind: 'BinaryExpr',
  op,
  lhs,
  rhs,
  returnBool: false,
  ...extra,
});
const oneToOne = { card: 'one-to-one', labels: [], on: false, explicit: false, include: [] };

describe('numbers and strings', () => {
  it.each<[string, unknown]>([
    ['1', num(1)],
    ['.5', num(0.5)],
    ['5.', num(5)],
    ['5e-3', num(0.005)],
    ['0x1F', num(31)],
    ['010', num(8)], // a leading zero means octal, as in Go
    ['08', num(8)], // not octal, so a decimal float
    ['1_000.000_1', num(1000.0001)],
    ['1h30m', num(5400, true)],
    ['-5m', num(-300, true)],
    ['100ms', num(0.1, true)],
  ])('%j', (input, want) => {
    expect(shape(input)).toEqual(want);
  });

  it.each<[string, number]>([
    ['NaN', NaN],
    ['+Inf', Infinity],
    ['-inf', -Infinity],
  ])('parses the special value %s', (input, value) => {
    expect(parseExpr(input)).toMatchObject({ kind: 'NumberLiteral', value });
  });

  it.each<[string, string]>([
    ['"a\\nb\\t\\"q\\""', 'a\nb\t"q"'],
    ["'it\\'s'", "it's"],
    ['`raw\\n`', 'raw\\n'],
    ['"\\x41\\101\\u00e9\\U0001F600"', 'AAé😀'],
    ['"\\xc3\\xa9"', 'é'], // escaped bytes forming valid UTF-8
  ])('string %s', (input, want) => {
    expect(shape(input)).toEqual({ kind: 'StringLiteral', value: want });
  });

  it('keeps an escaped byte that is not UTF-8 as a lone surrogate', () => {
    expect(parseExpr('"a\\xff"')).toMatchObject({ kind: 'StringLiteral', value: 'a\udcff' });
  });
});

describe('operators', () => {
  it.each<[string, unknown]>([
    ['1 + 2 * 3', bin('+', num(1), bin('*', num(2), num(3)))],
    ['1 - 2 - 3', bin('-', bin('-', num(1), num(2)), num(3))],
    ['2 ^ 3 ^ 2', bin('^', num(2), bin('^', num(3), num(2)))],
    ['-2 ^ 2', { kind: 'UnaryExpr', op: '-', expr: bin('^', num(2), num(2)) }],
    ['-2 * 3', bin('*', num(-2), num(3))],
    ['- - 1', num(1)],
    ['2 ^ -3 * 4', bin('*', bin('^', num(2), num(-3)), num(4))],
    ['1 < bool 2 + 3', bin('<', num(1), bin('+', num(2), num(3)), { returnBool: true })],
    ['a or b and c unless d', bin('or', sel('a'), bin('unless', bin('and', sel('b'), sel('c'), { matching: { ...oneToOne, card: 'many-to-many' } }), sel('d'), { matching: { ...oneToOne, card: 'many-to-many' } }), { matching: { ...oneToOne, card: 'many-to-many' } })],
    ['a atan2 b', bin('atan2', sel('a'), sel('b'), { matching: oneToOne })],
    ['h </ 1.5', bin('</', sel('h'), num(1.5))],
    ['h >/ 0', bin('>/', sel('h'), num(0))],
    ['foo * 2', bin('*', sel('foo'), num(2))],
    [
      'a / on(x, "y.z") group_left(w) b',
      bin('/', sel('a'), sel('b'), { matching: { card: 'many-to-one', labels: ['x', 'y.z'], on: true, explicit: true, include: ['w'] } }),
    ],
    [
      'a - ignoring(x) group_right b',
      bin('-', sel('a'), sel('b'), { matching: { card: 'one-to-many', labels: ['x'], on: false, explicit: true, include: [] } }),
    ],
    ['a + fill_right(1) fill_left(-2) b', bin('+', sel('a'), sel('b'), { matching: { ...oneToOne, fillLeft: -2, fillRight: 1 } })],
    ['a > bool fill(NaN) b', bin('>', sel('a'), sel('b'), { returnBool: true, matching: { ...oneToOne, fillLeft: NaN, fillRight: NaN } })],
  ])('%j', (input, want) => {
    expect(shape(input)).toEqual(JSON.parse(JSON.stringify(want)));
  });

  it('binds unary minus tighter than * but looser than ^ and modifiers', () => {
    expect(shape('-foo offset 5m')).toEqual({ kind: 'UnaryExpr', op: '-', expr: { ...(sel('foo') as object), offsetMs: 300000 } });
  });
});

describe('selectors', () => {
  it.each<[string, unknown]>([
    ['foo', sel('foo')],
    ['foo{a="b", c!="d", e=~"f.*", g!~"h",}', sel('foo', ['a', '=', 'b'], ['c', '!=', 'd'], ['e', '=~', 'f.*'], ['g', '!~', 'h'])],
    ['{"my.metric"}', { kind: 'VectorSelector', name: '', matchers: [{ type: '=', name: '__name__', value: 'my.metric' }], offsetMs: 0 }],
    [
      '{"my.metric", "label.name"="x"}',
      { kind: 'VectorSelector', name: '', matchers: [{ type: '=', name: '__name__', value: 'my.metric' }, { type: '=', name: 'label.name', value: 'x' }], offsetMs: 0 },
    ],
    ['{__name__=~"a.*"}', { kind: 'VectorSelector', name: '', matchers: [{ type: '=~', name: '__name__', value: 'a.*' }], offsetMs: 0 }],
    ['a:b:c', sel('a:b:c')],
    ['sum{on="1", by="2"}', sel('sum', ['on', '=', '1'], ['by', '=', '2'])],
    ['offset', sel('offset')],
    ['fill + fill', bin('+', sel('fill'), sel('fill'), { matching: oneToOne })],
  ])('%j', (input, want) => {
    expect(shape(input)).toEqual(want);
  });
});

describe('ranges, subqueries and modifiers', () => {
  it.each<[string, unknown]>([
    ['foo[5m]', { kind: 'MatrixSelector', selector: sel('foo'), rangeMs: 300000 }],
    ['foo[1.5]', { kind: 'MatrixSelector', selector: sel('foo'), rangeMs: 1500 }],
    ['foo offset -7m', { ...(sel('foo') as object), offsetMs: -420000 }],
    ['foo @ 1234.5', { ...(sel('foo') as object), at: { kind: 'time', ms: 1234500 } }],
    ['foo offset 1m @ start()', { ...(sel('foo') as object), offsetMs: 60000, at: { kind: 'start' } }],
    ['foo @ end() offset 1m', { ...(sel('foo') as object), offsetMs: 60000, at: { kind: 'end' } }],
    ['foo[5m] offset 1m @ 10', { kind: 'MatrixSelector', selector: { ...(sel('foo') as object), offsetMs: 60000, at: { kind: 'time', ms: 10000 } }, rangeMs: 300000 }],
    ['foo[30m:1m] offset 5m', { kind: 'SubqueryExpr', expr: sel('foo'), rangeMs: 1800000, stepMs: 60000, offsetMs: 300000 }],
    ['foo[30m:]', { kind: 'SubqueryExpr', expr: sel('foo'), rangeMs: 1800000, stepMs: 0, offsetMs: 0 }],
    ['foo[5m] anchored', { kind: 'MatrixSelector', selector: { ...(sel('foo') as object), anchored: true }, rangeMs: 300000 }],
    ['foo smoothed', { ...(sel('foo') as object), smoothed: true }],
  ])('%j', (input, want) => {
    expect(shape(input)).toEqual(want);
  });

  it('keeps a constant duration expression and folds its value', () => {
    expect(shape('foo[5m+30s]')).toEqual({
      kind: 'MatrixSelector',
      selector: sel('foo'),
      rangeMs: 330000,
      rangeExpr: { kind: 'DurationExpr', op: '+', lhs: num(300, true), rhs: num(30, true) },
    });
  });

  it('leaves step()-dependent durations unresolved', () => {
    expect(shape('foo offset -step()*2')).toEqual(
      bin('*', { ...(sel('foo') as object), offsetExpr: { kind: 'DurationExpr', op: 'neg', rhs: { kind: 'DurationExpr', op: 'step' } } }, num(2)),
    );
    expect(shape('foo[min_of(step()+1,1h)]')).toMatchObject({
      rangeMs: 0,
      rangeExpr: { op: 'min_of', lhs: { op: '+', lhs: { op: 'step' }, rhs: num(1) }, rhs: num(3600, true) },
    });
  });

  it.each<[string, number, string]>([
    ['foo offset 100 + 2', 100000, '+'],
    ['foo offset 2 ^ 2', 2000, '^'],
    ['foo offset -2 * 2', -2000, '*'],
  ])('%j ends the offset at the literal', (input, offsetMs, op) => {
    expect(shape(input)).toMatchObject({ kind: 'BinaryExpr', op, lhs: { offsetMs } });
  });

  it.each<[string, number]>([
    ['foo offset (100 + 2)', 102000],
    ['foo offset (-2 ^ 2)', -4000],
    ['foo offset -(2 * 3)', -6000],
    ['foo offset (1m) * 2', 120000], // an unsigned parenthesis may continue, as in Prometheus
  ])('%j takes the whole duration expression', (input, offsetMs) => {
    expect(shape(input)).toMatchObject({ kind: 'VectorSelector', offsetMs, offsetExpr: { kind: 'DurationExpr' } });
  });
});

describe('aggregations and calls', () => {
  const agg = (op: string, expr: unknown, extra: Record<string, unknown> = {}): unknown => ({
    kind: 'AggregateExpr',
    op,
    expr,
    grouping: [],
    without: false,
    hasGrouping: false,
    ...extra,
  });
  it.each<[string, unknown]>([
    ['sum(foo)', agg('sum', sel('foo'))],
    ['sum by (a, "b.c",) (foo)', agg('sum', sel('foo'), { grouping: ['a', 'b.c'], hasGrouping: true })],
    ['SUM(foo) WITHOUT (a)', agg('sum', sel('foo'), { grouping: ['a'], without: true, hasGrouping: true })],
    ['sum by () (foo)', agg('sum', sel('foo'), { hasGrouping: true })],
    ['topk(5, foo)', agg('topk', sel('foo'), { param: num(5) })],
    ['count_values("v", foo)', agg('count_values', sel('foo'), { param: { kind: 'StringLiteral', value: 'v' } })],
    ['limitk by (a) (2, foo)', agg('limitk', sel('foo'), { param: num(2), grouping: ['a'], hasGrouping: true })],
    ['sum by (sum, on, offset) (foo)', agg('sum', sel('foo'), { grouping: ['sum', 'on', 'offset'], hasGrouping: true })],
    ['time()', { kind: 'Call', func: 'time', args: [] }],
    ['rate(foo[5m])', { kind: 'Call', func: 'rate', args: [{ kind: 'MatrixSelector', selector: sel('foo'), rangeMs: 300000 }] }],
    ['label_replace(up, "a", "b", "c", "d")', { kind: 'Call', func: 'label_replace', args: [sel('up'), ...['a', 'b', 'c', 'd'].map((value) => ({ kind: 'StringLiteral', value }))] }],
  ])('%j', (input, want) => {
    expect(shape(input)).toEqual(want);
  });

  it('does not require non-empty matchers in the second argument of info()', () => {
    expect(shape('info(foo, {data=~".*"})')).toMatchObject({ kind: 'Call', func: 'info' });
  });
});

describe('positions', () => {
  it.each<[string, [number, number]]>([
    ['foo offset 5m', [0, 13]],
    ['-1', [0, 2]],
    ['sum by (a) (foo)', [0, 16]],
    ['sum(foo) by (a)', [0, 15]],
    ['rate(foo[5m])', [0, 13]],
    ['foo[5m:1m] @ 10', [0, 15]],
    [' (a + b) ', [1, 8]],
  ])('%j spans %j', (input, [start, end]) => {
    expect(parseExpr(input).pos).toEqual({ start, end });
  });

  it('records the operand positions of a binary expression', () => {
    const e = parseExpr('foo + bar{a="b"}');
    expect(e.kind === 'BinaryExpr' && [e.lhs.pos, e.rhs.pos]).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 16 },
    ]);
  });
});

describe('exprType', () => {
  it.each<[string, string]>([
    ['1', 'scalar'],
    ['"s"', 'string'],
    ['foo', 'vector'],
    ['foo[5m]', 'matrix'],
    ['foo[5m:]', 'matrix'],
    ['1 + 2', 'scalar'],
    ['1 + foo', 'vector'],
    ['scalar(foo)', 'scalar'],
    ['-(1)', 'scalar'],
    ['sum(foo)', 'vector'],
  ])('%j is %s', (input, want) => {
    expect(exprType(parseExpr(input))).toBe(want);
  });
});

describe('walkExpr', () => {
  it('visits parents before children with the path from the root', () => {
    const seen: string[] = [];
    walkExpr(parseExpr('topk(2, rate(x[5m]) + 1)'), (node: Expr, path) => {
      seen.push(`${path.map((p) => p.kind).join('/')}>${node.kind}`);
    });
    expect(seen).toEqual([
      '>AggregateExpr',
      'AggregateExpr>BinaryExpr',
      'AggregateExpr/BinaryExpr>Call',
      'AggregateExpr/BinaryExpr/Call>MatrixSelector',
      'AggregateExpr/BinaryExpr/Call/MatrixSelector>VectorSelector',
      'AggregateExpr/BinaryExpr>NumberLiteral',
      'AggregateExpr>NumberLiteral',
    ]);
  });
});

describe('parseMetricSelector', () => {
  it.each<[string, unknown]>([
    ['up{job="x"}', [{ type: '=', name: 'job', value: 'x' }, { type: '=', name: '__name__', value: 'up' }]],
    ['{__name__=~"a.*"}', [{ type: '=~', name: '__name__', value: 'a.*' }]],
    ['{"my.metric"}', [{ type: '=', name: '__name__', value: 'my.metric' }]],
    ['sum', [{ type: '=', name: '__name__', value: 'sum' }]],
  ])('%j', (input, want) => {
    expect(parseMetricSelector(input)).toEqual(want);
  });

  it.each<[string, string]>([
    ['up[5m]', '1:3: parse error: unexpected "["'],
    ['5', '1:1: parse error: unexpected number "5"'],
    ['up{', '1:4: parse error: unexpected end of input inside braces'],
    ['', '1:1: parse error: unexpected end of input'],
  ])('rejects %j', (input, want) => {
    expect(() => parseMetricSelector(input)).toThrow(want);
  });
});
