import { describe, expect, it } from 'vitest';
import { lookupFunction } from '../promql/parser/functions';
import { parseExpr, parseMetricSelector, prettifyExpr } from '../promql/parser/index';
import { astJson } from './ast-json';
import type { ApiParser } from './deps';
import { encodeJson } from './json';

/** The real parser, experimental syntax on, as parse_query sees it. */
const parser: ApiParser = {
  parseExpr: (q) => parseExpr(q, { experimental: true }),
  parseMetricSelector,
  prettify: prettifyExpr,
  functionSignature: lookupFunction,
};

const tree = (q: string) => JSON.parse(encodeJson(astJson(parser.parseExpr(q), parser))) as Record<string, unknown>;
const dur = (op: string, lhs: unknown, rhs: unknown, wrapped = false) => ({ type: 'durationExpr', op, lhs, rhs, wrapped });
const num = (val: string, duration: boolean) => ({ type: 'numberLiteral', val, duration });

describe('parse_query AST (translateAST)', () => {
  it('matches the upstream documentation example for foo/bar', () => {
    expect(encodeJson(astJson(parser.parseExpr('foo/bar'), parser))).toBe(
      '{"bool":false,"lhs":{"anchored":false,"matchers":[{"name":"__name__","type":"=","value":"foo"}],"name":"foo","offset":0,"offsetExpr":null,"smoothed":false,"startOrEnd":null,"timestamp":null,"type":"vectorSelector"},' +
        '"matching":{"card":"one-to-one","fillValues":{"lhs":null,"rhs":null},"include":[],"labels":[],"on":false},"op":"/",' +
        '"rhs":{"anchored":false,"matchers":[{"name":"__name__","type":"=","value":"bar"}],"name":"bar","offset":0,"offsetExpr":null,"smoothed":false,"startOrEnd":null,"timestamp":null,"type":"vectorSelector"},"type":"binaryExpr"}',
    );
  });

  // Cases from Prometheus's translate_ast_test.go.
  it.each([
    ['foo[5m]', { type: 'matrixSelector', range: 300_000, rangeExpr: null, offset: 0, offsetExpr: null }],
    ['foo[5m] offset 1m', { range: 300_000, offset: 60_000 }],
    ['foo[5m+1m]', { range: 0, rangeExpr: dur('+', num('300', true), num('60', true)) }],
    ['foo[5m+1m] offset (10m/2)', { offset: 0, offsetExpr: dur('/', num('600', true), num('2', false), true) }],
    ['foo[max_of(step(),5m+3m) ]', { rangeExpr: dur('max_of', dur('step', null, null), dur('+', num('300', true), num('180', true))) }],
    ['foo[range()]', { range: 0, rangeExpr: dur('range', null, null) }],
    ['foo[5m:1m]', { type: 'subquery', range: 300_000, step: 60_000, stepExpr: null, offset: 0 }],
    ['foo[4s+4s:1s*2] offset (5s-8)', { range: 0, step: 0, stepExpr: dur('*', num('1', true), num('2', false)), offsetExpr: dur('-', num('5', true), num('8', false), true) }],
    ['foo offset 5m', { type: 'vectorSelector', offset: 300_000, offsetExpr: null }],
    ['foo offset -min_of(5s,step()+8s)', { offset: 0, offsetExpr: dur('-', null, dur('min_of', num('5', true), dur('+', dur('step', null, null), num('8', true)))) }],
  ])('%s', (query, want) => {
    expect(tree(query)).toMatchObject(want);
  });

  it('describes calls with their signature and aggregations with grouping', () => {
    expect(tree('sum without (job) (rate(x[1m]))')).toMatchObject({
      type: 'aggregation',
      op: 'sum',
      grouping: ['job'],
      without: true,
      param: null,
      expr: { type: 'call', func: { name: 'rate', argTypes: ['matrix'], variadic: 0, returnType: 'vector' } },
    });
    expect(tree('x @ start()')).toMatchObject({ timestamp: null, startOrEnd: 'start' });
    expect(tree('x @ 100')).toMatchObject({ timestamp: 100_000, startOrEnd: null });
  });
});
