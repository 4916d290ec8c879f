import { describe, expect, it } from 'vitest';
import type { Call, Expr, MatrixSelector, SubqueryExpr, VectorSelector } from '../promql/ast';
import { rewriteWithAt, usesQueryRangeFunctions } from './at-rewrite';

const pos = { start: 0, end: 0 };
const vs = (name: string, at?: VectorSelector['at']): VectorSelector => ({ kind: 'VectorSelector', name, matchers: [], offsetMs: 0, pos, ...(at ? { at } : {}) });
const call = (func: string, ...args: Expr[]): Call => ({ kind: 'Call', func, args, pos });
const ms = (e: VectorSelector): MatrixSelector => ({ kind: 'MatrixSelector', selector: e, rangeMs: 60_000, pos });
const sq = (e: Expr): SubqueryExpr => ({ kind: 'SubqueryExpr', expr: e, rangeMs: 300_000, stepMs: 60_000, offsetMs: 0, pos });

describe('rewriteWithAt', () => {
  it('pins selectors and subqueries outside subqueries, keeping explicit times', () => {
    const e = call('max_over_time', sq(call('rate', ms(vs('a')))));
    const rw = rewriteWithAt({ kind: 'BinaryExpr', op: '+', lhs: e, rhs: vs('b', { kind: 'time', ms: 5 }), returnBool: false, pos }, 60_000)!;
    const bin = rw.expr as Extract<Expr, { kind: 'BinaryExpr' }>;
    const sub = (bin.lhs as Call).args[0] as SubqueryExpr;
    expect(sub.at).toEqual({ kind: 'time', ms: 60_000 });
    // Inside the subquery nothing changes.
    expect(((sub.expr as Call).args[0] as MatrixSelector).selector.at).toBeUndefined();
    expect((bin.rhs as VectorSelector).at).toEqual({ kind: 'time', ms: 5 });
    expect(rw.evalTimesMs).toEqual([-600_000, 0, 12_000, 60_000, 600_000]);
  });
  it('replaces @ start() like upstream and uses ±1s at t=0', () => {
    const rw = rewriteWithAt(ms(vs('a', { kind: 'start' })), 0)!;
    expect((rw.expr as MatrixSelector).selector.at).toEqual({ kind: 'time', ms: 0 });
    expect(rw.evalTimesMs).toEqual([-1000, 0, 1000]);
  });
  it('skips queries whose value depends on the evaluation time', () => {
    expect(rewriteWithAt(call('timestamp', vs('a')), 1000)).toBeUndefined();
    expect(rewriteWithAt(call('abs', call('time')), 1000)).toBeUndefined();
    // Inside a subquery the time is fixed by the subquery, so time() there is fine.
    expect(rewriteWithAt(call('max_over_time', sq(call('time'))), 1000)).toBeDefined();
  });
  it('detects the query-range functions by text for the range-mode check', () => {
    expect(usesQueryRangeFunctions('foo offset step()')).toBe(true);
    expect(usesQueryRangeFunctions('my_range_total')).toBe(false);
  });
});
