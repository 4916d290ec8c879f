import type { Expr } from '../ast';
import { ParseError } from '../errors';
import type { LabelMatcher } from '../../model/matchers';
import { checkExpr } from './check';
import { installExpressionParser } from './parse-expr';
import { parseSelector } from './parse-selector';
import { ParserCore, SyntaxAbort, type ParseOptions } from './parser-core';
import { METRIC_NAME_TOKENS } from './tokens';

export type { ParseOptions } from './parser-core';
export type { FunctionSignature } from './functions';
export { FUNCTION_SIGNATURES } from './functions';
export { exprType } from './expr-type';
export { formatExpr } from './printer';
export { prettifyExpr } from './prettier';
export { walkExpr } from './walk';

/**
 * parseExpr parses and type-checks a PromQL expression. It throws a
 * ParseError worded and positioned as Prometheus reports the first error
 * (`1:13: parse error: unexpected <EOF>`).
 */
export function parseExpr(input: string, opts: ParseOptions = {}): Expr {
  const p = new ParserCore(input, opts);
  installExpressionParser(p);
  let expr: Expr | undefined;
  run(() => {
    if (p.is('EOF')) p.fail({ start: 0, end: 0 }, 'no expression found in input');
    expr = p.parseExpr(0);
    if (!p.is('EOF')) p.unexpected();
  });
  if (p.errors.length === 0 && expr !== undefined) expr = checkExpr(input, expr, p.errors);
  throwFirst(p);
  return expr!;
}

/**
 * parseMetricSelector parses a series selector as used by match[] in the
 * HTTP API (`up{job="x"}`, `{__name__=~"a.*"}`) and returns its matchers,
 * the name matcher last when the name is written before the braces.
 */
export function parseMetricSelector(input: string): LabelMatcher[] {
  const p = new ParserCore(input, {});
  let matchers: LabelMatcher[] = [];
  run(() => {
    if (!p.is('{') && !METRIC_NAME_TOKENS.has(p.peek().kind)) p.unexpected();
    matchers = [...parseSelector(p).matchers];
    if (!p.is('EOF')) p.unexpected();
  });
  throwFirst(p);
  return matchers;
}

/** run parses with fn; a syntax error has already been recorded when it unwinds. */
function run(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof SyntaxAbort)) throw e;
  }
}

function throwFirst(p: ParserCore): void {
  const first = p.errors[0];
  if (first !== undefined) throw new ParseError(p.input, first.pos, first.message);
}
