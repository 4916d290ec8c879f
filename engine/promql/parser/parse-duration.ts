import type { DurationExpr, Expr, NumberLiteral, PosRange } from '../ast';
import { numberLiteral } from './parse-literal';
import type { ParserCore } from './parser-core';
import type { Token, TokenKind } from './tokens';

/**
 * Duration expressions: the (experimental) arithmetic allowed inside `[...]`
 * and after `offset`: `5m+30s`, `2m*(10+5)`, `-step()*2`, `min_of(step(), 1h)`.
 * Leaves are NumberLiterals in seconds. Plain (optionally signed) literals
 * stay NumberLiterals and need no feature flag; anything else becomes a
 * DurationExpr and is reported when experimental features are off.
 *
 * In DurationExpr nodes the operand of the unary ops `neg` and `paren` is `rhs`.
 */

const PRECEDENCE: Readonly<Partial<Record<TokenKind, number>>> = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3 };
/** Unary signs bind like `*`: their operand only extends over `^`. */
const UNARY_OPERAND_PREC = 3;
/** Durations are time.Duration nanoseconds upstream; beyond ±2^63 ns they are out of range. */
const MAX_SECONDS = 2 ** 63 / 1e9;

/** parseDurationExpr parses a duration expression whose operators bind at least as tight as minPrec. */
export function parseDurationExpr(p: ParserCore, minPrec = 0): Expr {
  return continueDurationExpr(p, parseOperand(p), minPrec);
}

function continueDurationExpr(p: ParserCore, first: Expr, minPrec: number): Expr {
  let lhs = first;
  for (;;) {
    const opTok = p.peek();
    const prec = PRECEDENCE[opTok.kind];
    if (prec === undefined || prec < minPrec) return lhs;
    p.next();
    const rhs = parseDurationExpr(p, opTok.kind === '^' ? prec : prec + 1);
    requireExperimental(p, lhs);
    const opPos = { start: opTok.pos, end: opTok.end };
    if ((opTok.kind === '/' || opTok.kind === '%') && rhs.kind === 'NumberLiteral' && rhs.value === 0) {
      p.softError(opPos, opTok.kind === '/' ? 'division by zero' : 'modulo by zero');
      lhs = { kind: 'NumberLiteral', value: 0, pos: opPos };
      continue;
    }
    const op = opTok.kind as DurationExpr['op'];
    lhs = { kind: 'DurationExpr', op, lhs, rhs, pos: { start: lhs.pos.start, end: rhs.pos.end } };
  }
}

function parseOperand(p: ParserCore): Expr {
  const sign = p.accept('+') ?? p.accept('-');
  if (sign === undefined) return parsePrimary(p);
  return applySign(p, sign, parseDurationExpr(p, UNARY_OPERAND_PREC));
}

function parsePrimary(p: ParserCore): Expr {
  const tok = p.peek();
  switch (tok.kind) {
    case 'NUMBER':
    case 'DURATION':
      p.next();
      return checkRange(p, numberLiteral(p, tok), { start: tok.pos, end: tok.end });
    case 'step':
    case 'range':
    case 'min_of':
    case 'max_of': {
      const node = parseDurationCall(p);
      requireExperimental(p, node);
      return node;
    }
    case '(':
      return parseParen(p);
  }
  return p.unexpected();
}

/** parseDurationCall parses step(), range(), min_of(a, b) or max_of(a, b) without the feature check. */
function parseDurationCall(p: ParserCore): DurationExpr {
  const tok = p.next();
  p.expect('(');
  if (tok.kind === 'step' || tok.kind === 'range') {
    p.expect(')');
    return { kind: 'DurationExpr', op: tok.kind, pos: { start: tok.pos, end: p.lastEnd } };
  }
  const lhs = parseDurationExpr(p);
  p.expect(',');
  const rhs = parseDurationExpr(p);
  p.expect(')');
  return { kind: 'DurationExpr', op: tok.kind as 'min_of' | 'max_of', lhs, rhs, pos: { start: tok.pos, end: p.lastEnd } };
}

function parseParen(p: ParserCore): Expr {
  const open = p.expect('(');
  const inner = parseDurationExpr(p);
  p.expect(')');
  requireExperimental(p, inner);
  return wrapParen(inner, { start: open.pos, end: p.lastEnd });
}

/** wrapParen marks an expression as parenthesised so it prints back with its parentheses (once). */
function wrapParen(inner: Expr, pos: PosRange): Expr {
  if (inner.kind === 'DurationExpr' && inner.op === 'paren') return { ...inner, pos };
  return { kind: 'DurationExpr', op: 'paren', rhs: inner, pos };
}

/** applySign folds a sign into a literal, or wraps an expression in `neg` (unary plus disappears). */
function applySign(p: ParserCore, sign: Token, operand: Expr): Expr {
  if (operand.kind === 'NumberLiteral') {
    const value = sign.kind === '-' ? -operand.value : operand.value;
    return checkRange(p, { ...operand, value, pos: { start: sign.pos, end: operand.pos.end } }, { start: sign.pos, end: sign.end });
  }
  if (sign.kind === '+') return operand;
  return { kind: 'DurationExpr', op: 'neg', rhs: operand, pos: { start: sign.pos, end: operand.pos.end } };
}

function checkRange(p: ParserCore, lit: NumberLiteral, errPos: PosRange): NumberLiteral {
  if (lit.value > MAX_SECONDS || lit.value < -MAX_SECONDS) {
    p.softError(errPos, 'duration out of range');
    return { kind: 'NumberLiteral', value: 0, pos: lit.pos };
  }
  return lit;
}

function requireExperimental(p: ParserCore, e: Expr): void {
  if (!p.experimental) p.softError(e.pos, 'experimental duration expression is not enabled');
}

/**
 * parseOffsetDuration parses what follows `offset`. A signed literal,
 * step(), range(), min_of()/max_of() or a signed parenthesis ends the
 * offset, so `foo offset -2 ^ 2` is `(foo offset -2) ^ 2`; an unsigned
 * parenthesis may go on with duration operators, as in Prometheus.
 */
export function parseOffsetDuration(p: ParserCore): Expr {
  const sign = p.accept('+') ?? p.accept('-');
  const tok = p.peek();
  if (tok.kind === 'NUMBER' || tok.kind === 'DURATION') {
    p.next();
    const lit = numberLiteral(p, tok);
    if (sign === undefined) return checkRange(p, lit, lit.pos);
    return applySign(p, sign, lit);
  }
  if (tok.kind === 'step' || tok.kind === 'range' || tok.kind === 'min_of' || tok.kind === 'max_of') {
    const call = parseDurationCall(p);
    const node = sign === undefined ? call : applySign(p, sign, call);
    requireExperimental(p, node);
    return node;
  }
  if (tok.kind === '(') {
    const paren = parseParen(p);
    return sign === undefined ? continueDurationExpr(p, paren, 0) : applySign(p, sign, paren);
  }
  if (sign !== undefined) return continueDurationExpr(p, applySign(p, sign, parseDurationExpr(p, UNARY_OPERAND_PREC)), 0);
  return p.unexpected();
}

/**
 * constantSeconds evaluates a duration expression that does not depend on
 * step() or range(), as Prometheus does before running a query; undefined
 * when it depends on them or divides by zero.
 */
export function constantSeconds(e: Expr): number | undefined {
  if (e.kind === 'NumberLiteral') return e.value;
  if (e.kind !== 'DurationExpr') return undefined;
  const l = e.lhs === undefined ? 0 : constantSeconds(e.lhs);
  const r = e.rhs === undefined ? 0 : constantSeconds(e.rhs);
  if (l === undefined || r === undefined) return undefined;
  switch (e.op) {
    case 'step': case 'range': return undefined;
    case 'paren': return r;
    case 'neg': return -r;
    case 'min_of': return Math.min(l, r);
    case 'max_of': return Math.max(l, r);
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return r === 0 ? undefined : l / r;
    case '%': return r === 0 ? undefined : l % r;
    case '^': return l ** r;
  }
}
