import { CallShapeError, type LazyFunc, type TemplateFunc } from './exec';
import { sprintf } from './go-printf';
import { wtf8Bytes } from '../../util/utf8';
import { queryEscape } from './url';
import { ExecError, formatValue, isTrue, typeName, type GoValue } from './values';

/**
 * Go text/template's predefined functions: `and or not len index print
 * printf println eq ne lt le gt ge html urlquery`.
 */

/** arity throws Go's message when a function gets the wrong number of arguments. */
export function arity(name: string, args: readonly unknown[], want: number): void {
  if (args.length !== want) throw new CallShapeError(`wrong number of args for ${name}: want ${want} got ${args.length}`);
}

type Kind = 'int' | 'float' | 'string' | 'bool' | 'other';

function kindOf(v: GoValue): Kind {
  switch (typeof v) {
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'string';
    case 'boolean': return 'bool';
    default: return 'other';
  }
}

function basicEqual(a: GoValue, b: GoValue): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'other' || kb === 'other') {
    if (a === undefined || b === undefined) return a === b;
    throw new ExecError(`non-comparable type ${formatValue(a)}: ${typeName(a)}`);
  }
  if (ka !== kb) throw new ExecError('incompatible types for comparison');
  return a === b;
}

function basicLess(a: GoValue, b: GoValue): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'bool' || ka === 'other') throw new ExecError('invalid type for comparison');
  if (ka !== kb) throw new ExecError('incompatible types for comparison');
  return (a as string | number | bigint) < (b as string | number | bigint);
}

function sprint(args: readonly GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    // Go separates operands with a space only when neither side is a string.
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(a);
  });
  return out;
}

function htmlEscape(s: string): string {
  return s.replace(/[&'<>"\0]/g, (c) => ({ '&': '&amp;', '\'': '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
}

export const GO_BUILTINS: ReadonlyMap<string, TemplateFunc> = new Map<string, TemplateFunc>([
  ['not', (a) => (arity('not', a, 1), !isTrue(a[0]))],
  ['len', (a) => {
    arity('len', a, 1);
    const v = a[0];
    if (typeof v === 'string') return BigInt(wtf8Bytes(v).length);
    if (Array.isArray(v)) return BigInt(v.length);
    if (v instanceof Map) return BigInt(v.size);
    throw new ExecError(`len of type ${typeName(v)}`);
  }],
  ['index', (a) => {
    if (a.length === 0) throw new CallShapeError('wrong number of args for index: want at least 1 got 0');
    let cur = a[0];
    for (const k of a.slice(1)) {
      if (cur instanceof Map) {
        if (typeof k !== 'string') throw new ExecError(`value has type ${typeName(k)}; should be string`);
        cur = cur.has(k) ? cur.get(k) : '';
      } else if (Array.isArray(cur)) {
        if (typeof k !== 'bigint') throw new ExecError(`cannot index slice/array with type ${typeName(k)}`);
        if (k < 0n || k >= BigInt(cur.length)) throw new ExecError(`index out of range: ${k}`);
        cur = cur[Number(k)];
      } else if (cur === undefined) {
        throw new ExecError('index of untyped nil');
      } else {
        throw new ExecError(`can't index item of type ${typeName(cur)}`);
      }
    }
    return cur;
  }],
  ['print', (a) => sprint(a)],
  ['println', (a) => a.map(formatValue).join(' ') + '\n'],
  ['printf', (a) => {
    if (a.length === 0) throw new CallShapeError('wrong number of args for printf: want at least 1 got 0');
    const f = a[0];
    if (typeof f !== 'string') throw new CallShapeError(`wrong type for value; expected string; got ${typeName(f)}`);
    return sprintf(f, a.slice(1));
  }],
  ['eq', (a) => {
    if (a.length < 2) throw new CallShapeError('missing argument for comparison');
    return a.slice(1).some((b) => basicEqual(a[0], b));
  }],
  ['ne', (a) => (arity('ne', a, 2), !basicEqual(a[0], a[1]))],
  ['lt', (a) => (arity('lt', a, 2), basicLess(a[0], a[1]))],
  ['le', (a) => (arity('le', a, 2), basicLess(a[0], a[1]) || basicEqual(a[0], a[1]))],
  ['gt', (a) => (arity('gt', a, 2), !basicLess(a[0], a[1]) && !basicEqual(a[0], a[1]))],
  ['ge', (a) => (arity('ge', a, 2), !basicLess(a[0], a[1]))],
  ['html', (a) => htmlEscape(sprint(a))],
  ['urlquery', (a) => queryEscape(sprint(a))],
]);

/** Go 1.18+ evaluates `and`/`or` arguments only until the result is known. */
export const GO_LAZY_BUILTINS: ReadonlyMap<string, LazyFunc> = new Map<string, LazyFunc>([
  ['and', async (args) => {
    if (args.length < 1) throw new CallShapeError('wrong number of args for and: want at least 1 got 0');
    let v: GoValue;
    for (const t of args) {
      v = await t();
      if (!isTrue(v)) return v;
    }
    return v;
  }],
  ['or', async (args) => {
    if (args.length < 1) throw new CallShapeError('wrong number of args for or: want at least 1 got 0');
    let v: GoValue;
    for (const t of args) {
      v = await t();
      if (isTrue(v)) return v;
    }
    return v;
  }],
]);
