import type { BinaryOp, Expr } from '../ast';
import { unquoteString } from './go-strings';
import { parseBinaryModifiers } from './parse-binary';
import { parseAggregate, parseCall } from './parse-call';
import { numberLiteral } from './parse-literal';
import { parsePostfix } from './parse-modifiers';
import { parseSelector } from './parse-selector';
import type { ParserCore } from './parser-core';
import { isAggregator, METRIC_NAME_TOKENS, type TokenKind } from './tokens';

/**
 * Binary operator precedence, lowest first, as in Prometheus: `or` <
 * `and unless` < comparisons < `+ -` < `* / % atan2` < `^` (right
 * associative). Unary minus binds like `*`, so `-2^2` is `-(2^2)`.
 */
const BINARY_PRECEDENCE: Readonly<Partial<Record<TokenKind, number>>> = {
  or: 1,
  and: 2, unless: 2,
  '==': 3, '!=': 3, '<=': 3, '<': 3, '>=': 3, '>': 3, '</': 3, '>/': 3,
  '+': 4, '-': 4,
  '*': 5, '/': 5, '%': 5, atan2: 5,
  '^': 6,
};
const POW_PRECEDENCE = 6;

/** installExpressionParser wires the operator-precedence parser into the core. */
export function installExpressionParser(p: ParserCore): void {
  p.parseExpr = (minPrec) => parseBinary(p, minPrec);
}

function parseBinary(p: ParserCore, minPrec: number): Expr {
  let lhs = parseUnary(p);
  for (;;) {
    const opTok = p.peek();
    const prec = BINARY_PRECEDENCE[opTok.kind];
    if (prec === undefined || prec < minPrec) return lhs;
    p.next();
    const { returnBool, matching } = parseBinaryModifiers(p);
    const rhs = parseBinary(p, opTok.kind === '^' ? prec : prec + 1);
    const op = opTok.kind as BinaryOp;
    lhs = { kind: 'BinaryExpr', op, lhs, rhs, matching, returnBool, pos: { start: lhs.pos.start, end: rhs.pos.end } };
    if ((matching.fillLeft !== undefined || matching.fillRight !== undefined) && !p.experimental) {
      p.softError(lhs.pos, 'binop fill modifiers are experimental and not enabled');
    }
  }
}

function parseUnary(p: ParserCore): Expr {
  const sign = p.peek();
  if (sign.kind !== '+' && sign.kind !== '-') return parsePostfix(p, parsePrimary(p));
  p.next();
  const operand = parseBinary(p, POW_PRECEDENCE);
  const pos = { start: sign.pos, end: operand.pos.end };
  if (operand.kind === 'NumberLiteral') {
    // A signed number is one literal, so `-1` prints as `-1` and `-5m` as `-5m`.
    return { ...operand, value: sign.kind === '-' ? -operand.value : operand.value, pos };
  }
  return { kind: 'UnaryExpr', op: sign.kind, expr: operand, pos };
}

function parsePrimary(p: ParserCore): Expr {
  const tok = p.peek();
  switch (tok.kind) {
    case 'NUMBER':
    case 'DURATION':
      p.next();
      return numberLiteral(p, tok);
    case 'STRING':
      p.next();
      return { kind: 'StringLiteral', value: unquoteString(tok.text), pos: { start: tok.pos, end: tok.end } };
    case '(': {
      p.next();
      const expr = p.parseExpr(0);
      p.expect(')');
      return { kind: 'ParenExpr', expr, pos: { start: tok.pos, end: p.lastEnd } };
    }
    case '{':
      return parseSelector(p);
    case 'IDENTIFIER':
    case 'start': case 'end': case 'step': case 'range': case 'min_of': case 'max_of':
      if (p.is('(', 1)) return parseCall(p);
      return parseSelector(p);
  }
  if (isAggregator(tok.kind)) {
    const after = p.peek(1).kind;
    if (after === '(' || after === 'by' || after === 'without') return parseAggregate(p);
  }
  if (METRIC_NAME_TOKENS.has(tok.kind)) return parseSelector(p);
  return p.unexpected();
}
