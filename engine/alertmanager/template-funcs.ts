/**
 * The functions and printing rules of notification templates: Go's
 * text/template built-ins (eq, len, printf, …) plus Alertmanager's own
 * (toUpper, title, join, reReplaceAll, safeHtml, …), and fmt-style printing
 * of values (`<no value>`, `[a b]`, `map[k:v]`).
 */
import { compileRegex } from '../model/matchers';
import { GoTime, KV } from './template-values';

/** TemplateFuncError is a function misuse inside a template. */
class TemplateFuncError extends Error {}

/** goPrint prints a value as `{{ . }}` would. */
export function goPrint(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof KV || v instanceof GoTime) return v.goString();
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('Name' in o && 'Value' in o) return `{${goPrint(o.Name)} ${goPrint(o.Value)}}`;
    return `{${Object.values(o).filter((x) => typeof x !== 'function').map(goPrint).join(' ')}}`;
  }
  return String(v);
}

/** truthy is Go's template truth: false, 0, "", nil and empty collections are false. */
export function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof KV) return v.size > 0;
  if (v instanceof GoTime) return true;
  return true;
}

function length(v: unknown): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (v instanceof KV) return v.size;
  throw new TemplateFuncError(`error calling len: len of type ${typeof v}`);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new TemplateFuncError('error calling compare: incompatible types for comparison');
}

function printf(format: string, args: unknown[]): string {
  let i = 0;
  return format.replace(/%([-+ #0]*\d*(?:\.\d+)?)([sdvqf%])/g, (_, flags: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    if (verb === 'q') return JSON.stringify(goPrint(a));
    if (verb === 'f') {
      const prec = /\.(\d+)/.exec(flags);
      return Number(a).toFixed(prec === null ? 6 : Number(prec[1]));
    }
    return goPrint(a);
  });
}

const FUNCS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  toUpper: (s) => String(s).toUpperCase(),
  toLower: (s) => String(s).toLowerCase(),
  title: (s) => String(s).replace(/(^|[^\p{L}\p{N}])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
  trimSpace: (s) => String(s).trim(),
  join: (sep, list) => (Array.isArray(list) ? list.map(goPrint).join(String(sep)) : goPrint(list)),
  match: (re, s) => compileRegex(String(re)).test(String(s)),
  // Go's ReplaceAllString is unanchored; $1 references work the same in JS.
  reReplaceAll: (re, repl, s) => String(s).replace(new RegExp(String(re), 'g'), String(repl)),
  safeHtml: (s) => String(s),
  stringSlice: (...args) => args.map(String),
  urlquery: (...args) => encodeURIComponent(args.map(goPrint).join('')).replace(/%20/g, '+'),
  html: (s) => goPrint(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;'),
  len: (v) => length(v),
  index: (v, ...keys) => keys.reduce<unknown>((acc, k) => (acc instanceof KV ? acc.get(String(k)) : Array.isArray(acc) ? acc[Number(k)] : undefined), v),
  eq: (a, ...bs) => bs.some((b) => a === b),
  ne: (a, b) => a !== b,
  lt: (a, b) => compare(a, b) < 0,
  le: (a, b) => compare(a, b) <= 0,
  gt: (a, b) => compare(a, b) > 0,
  ge: (a, b) => compare(a, b) >= 0,
  and: (...args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  not: (a) => !truthy(a),
  print: (...args) => args.map(goPrint).join(''),
  println: (...args) => args.map(goPrint).join(' ') + '\n',
  printf: (format, ...args) => printf(String(format), args),
};

/** callFunction calls a template function by name. */
export function callFunction(name: string, args: unknown[]): unknown {
  const fn = FUNCS[name];
  if (fn === undefined) throw new TemplateFuncError(`template: function "${name}" not defined`);
  return fn(...args);
}
