import type { AtModifier, Expr, MatrixSelector, SubqueryExpr, VectorSelector } from '../ast';
import { formatFloatFixed } from './go-numbers';
import { numberLiteral } from './parse-literal';
import { constantSeconds, parseDurationExpr, parseOffsetDuration } from './parse-duration';
import type { ParserCore } from './parser-core';

/**
 * parsePostfix applies the modifiers that bind tighter than any operator:
 * `[range]`, `[range:step]`, `offset`, `@` and the experimental
 * `anchored`/`smoothed`, in any number and order. Misplaced modifiers are
 * reported (with Prometheus's wording) and parsing goes on.
 */
export function parsePostfix(p: ParserCore, first: Expr): Expr {
  let e = first;
  for (;;) {
    switch (p.peek().kind) {
      case '[': e = parseBrackets(p, e); break;
      case 'offset': e = parseOffset(p, e); break;
      case '@': e = parseAt(p, e); break;
      case 'anchored':
      case 'smoothed': e = parseExtendedRange(p, e); break;
      default: return e;
    }
  }
}

/** secondsToMs converts a literal's seconds to ms, rounding to whole nanoseconds like Go. */
function secondsToMs(s: number): number {
  return Math.round(s * 1e9) / 1e6;
}

/** foldMs gives the ms value of a constant duration expression (truncated to ms, as the engine does), else 0. */
function foldMs(e: Expr, positive: boolean): number {
  const s = constantSeconds(e);
  if (s === undefined || !Number.isFinite(s) || (positive && s <= 0)) return 0;
  return Math.trunc(s * 1000);
}

/**
 * A range, step or offset as written: a literal goes to the `...Ms` field;
 * an expression goes to `...Expr`, and when it is constant its value is also
 * folded into `...Ms`.
 */
function durationFields(e: Expr, positive: boolean): { ms: number; expr?: Expr } {
  if (e.kind === 'NumberLiteral') return { ms: secondsToMs(e.value) };
  return { ms: foldMs(e, positive), expr: e };
}

function parsePositiveDuration(p: ParserCore): Expr {
  const d = parseDurationExpr(p);
  if (d.kind === 'NumberLiteral' && d.value <= 0) {
    p.softError(d.pos, 'duration must be greater than 0');
    return { ...d, value: 0 };
  }
  return d;
}

function parseBrackets(p: ParserCore, e: Expr): Expr {
  const open = p.next();
  const range = p.withContext('subquery or range selector', 'number, duration, step(), or range()', () => parsePositiveDuration(p));
  const r = durationFields(range, true);
  if (p.accept(']')) {
    let err = '';
    if (e.kind !== 'VectorSelector') err = 'ranges only allowed for vector selectors';
    else if (e.offsetMs !== 0 || e.offsetExpr !== undefined) err = 'no offset modifiers allowed before range';
    else if (e.at !== undefined) err = 'no @ modifiers allowed before range';
    if (err !== '') p.softError({ start: open.pos, end: p.lastEnd }, err);
    const selector: VectorSelector =
      e.kind === 'VectorSelector' ? e : { kind: 'VectorSelector', name: '', matchers: [], offsetMs: 0, pos: e.pos };
    const m: MatrixSelector = {
      kind: 'MatrixSelector',
      selector,
      rangeMs: r.ms,
      ...(r.expr !== undefined ? { rangeExpr: r.expr } : {}),
      pos: { start: e.pos.start, end: p.lastEnd },
    };
    return m;
  }
  if (!p.is(':')) p.unexpectedIn('subquery or range', '":" or "]"');
  p.next();
  let step: { ms: number; expr?: Expr } = { ms: 0 };
  if (!p.accept(']')) {
    const stepExpr = p.withContext('subquery selector', 'number, duration, step(), range(), or "]"', () => parsePositiveDuration(p));
    step = durationFields(stepExpr, true);
    if (!p.is(']')) p.unexpectedIn('subquery selector', '"]"');
    p.next();
  }
  const sq: SubqueryExpr = {
    kind: 'SubqueryExpr',
    expr: e,
    rangeMs: r.ms,
    ...(r.expr !== undefined ? { rangeExpr: r.expr } : {}),
    stepMs: step.ms,
    ...(step.expr !== undefined ? { stepExpr: step.expr } : {}),
    offsetMs: 0,
    pos: { start: e.pos.start, end: p.lastEnd },
  };
  return sq;
}

function parseOffset(p: ParserCore, e: Expr): Expr {
  p.next();
  const d = p.withContext('offset', 'number, duration, step(), or range()', () => parseOffsetDuration(p));
  const { ms, expr } = durationFields(d, false);
  const end = p.lastEnd;
  const target = e.kind === 'MatrixSelector' ? e.selector : e;
  if (target.kind !== 'VectorSelector' && target.kind !== 'SubqueryExpr') {
    p.softError(e.pos, 'offset modifier must be preceded by an instant vector selector or range vector selector or a subquery');
    return e;
  }
  if (target.offsetMs !== 0 || target.offsetExpr !== undefined) {
    p.softError(e.pos, 'offset may not be set multiple times');
    return { ...e, pos: { start: e.pos.start, end } };
  }
  const withOffset = { ...target, offsetMs: ms, ...(expr !== undefined ? { offsetExpr: expr } : {}) };
  return e.kind === 'MatrixSelector'
    ? { ...e, selector: withOffset as VectorSelector, pos: { start: e.pos.start, end } }
    : { ...withOffset, pos: { start: e.pos.start, end } };
}

function parseAt(p: ParserCore, e: Expr): Expr {
  p.next();
  const at = p.withContext('@', 'timestamp', (): AtModifier => {
    const tok = p.peek();
    if (tok.kind === 'start' || tok.kind === 'end') {
      p.next();
      p.expect('(');
      p.expect(')');
      return { kind: tok.kind };
    }
    const sign = p.accept('+') ?? p.accept('-');
    const num = p.peek();
    if (num.kind !== 'NUMBER' && num.kind !== 'DURATION') p.unexpected();
    p.next();
    const value = numberLiteral(p, num).value;
    const seconds = sign?.kind === '-' ? -value : value;
    if (!Number.isFinite(seconds) || seconds >= 2 ** 63 || seconds <= -(2 ** 63)) {
      p.softError(e.pos, `timestamp out of bounds for @ modifier: ${formatFloatFixed(seconds, 6)}`);
    }
    return { kind: 'time', ms: Math.round(seconds * 1000) };
  });
  const end = p.lastEnd;
  const target = e.kind === 'MatrixSelector' ? e.selector : e;
  if (target.kind !== 'VectorSelector' && target.kind !== 'SubqueryExpr') {
    p.softError(e.pos, '@ modifier must be preceded by an instant vector selector or range vector selector or a subquery');
    return e;
  }
  if (target.at !== undefined) {
    p.softError(e.pos, '@ <timestamp> may not be set multiple times');
    return e;
  }
  const withAt = { ...target, at };
  return e.kind === 'MatrixSelector'
    ? { ...e, selector: withAt as VectorSelector, pos: { start: e.pos.start, end } }
    : { ...withAt, pos: { start: e.pos.start, end } };
}

function parseExtendedRange(p: ParserCore, e: Expr): Expr {
  const which = p.next().kind as 'anchored' | 'smoothed';
  if (!p.experimental) {
    p.softError(e.pos, `${which} modifier is experimental and not enabled`);
    return e;
  }
  const other = which === 'anchored' ? 'smoothed' : 'anchored';
  const mark = (vs: VectorSelector): VectorSelector => {
    if (vs[other] === true) p.softError(e.pos, 'anchored and smoothed modifiers cannot be used together');
    return { ...vs, [which]: true };
  };
  switch (e.kind) {
    case 'VectorSelector': return mark(e);
    case 'MatrixSelector': return { ...e, selector: mark(e.selector) };
    case 'SubqueryExpr':
      p.softError(e.pos, `${which} modifier is not supported for subqueries`);
      return e;
    default:
      p.softError(e.pos, `${which} modifier not implemented`);
      return e;
  }
}
