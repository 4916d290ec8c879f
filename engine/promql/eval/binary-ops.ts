import { assertNever, type BinaryOp } from '../ast';

/**
 * Float semantics of PromQL's binary operators. Arithmetic follows Go's
 * math package: `%` is math.Mod (JavaScript's `%` has the same IEEE fmod
 * behaviour) and `^` is math.Pow, whose edge cases differ from Math.pow.
 */

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '^' | 'atan2';
export type CompareOp = '==' | '!=' | '>' | '<' | '>=' | '<=';
export type SetOp = 'and' | 'or' | 'unless';
export type TrimOp = '</' | '>/';

/** isTrimOp: the native-histogram trim operators, which have no float result. */
export function isTrimOp(op: BinaryOp): op is TrimOp {
  return op === '</' || op === '>/';
}

/** isComparison: the filtering (or, with `bool`, 0/1) operators. */
export function isComparison(op: BinaryOp): op is CompareOp {
  return op === '==' || op === '!=' || op === '>' || op === '<' || op === '>=' || op === '<=';
}

/** isSetOp: `and`, `or`, `unless`, which match series but never combine values. */
export function isSetOp(op: BinaryOp): op is SetOp {
  return op === 'and' || op === 'or' || op === 'unless';
}

/** goPow is Go's math.Pow: 1^y and (−1)^±Inf are 1, where Math.pow gives NaN. */
export function goPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

/** arithFn returns the float function of an arithmetic operator. */
export function arithFn(op: ArithOp): (a: number, b: number) => number {
  switch (op) {
    case '+': return (a, b) => a + b;
    case '-': return (a, b) => a - b;
    case '*': return (a, b) => a * b;
    case '/': return (a, b) => a / b;
    case '%': return (a, b) => a % b;
    case '^': return goPow;
    case 'atan2': return Math.atan2;
    default: return assertNever(op);
  }
}

/** compareFn returns the predicate of a comparison operator (NaN compares false, except `!=`). */
export function compareFn(op: CompareOp): (a: number, b: number) => boolean {
  switch (op) {
    case '==': return (a, b) => a === b;
    case '!=': return (a, b) => a !== b;
    case '>': return (a, b) => a > b;
    case '<': return (a, b) => a < b;
    case '>=': return (a, b) => a >= b;
    case '<=': return (a, b) => a <= b;
    default: return assertNever(op);
  }
}

/** scalarBinop applies an operator between two scalars (comparisons give 0 or 1). */
export function scalarBinopFn(op: BinaryOp): (a: number, b: number) => number {
  if (isComparison(op)) {
    const cmp = compareFn(op);
    return (a, b) => (cmp(a, b) ? 1 : 0);
  }
  if (isSetOp(op) || isTrimOp(op)) throw new Error(`internal error: operator ${op} not allowed for scalar operations`);
  return arithFn(op);
}
