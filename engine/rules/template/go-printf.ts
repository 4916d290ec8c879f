import { goQuote } from '../../model/labels';
import { wtf8Bytes } from '../../util/utf8';
import { formatE, formatF, formatG } from './go-float';
import { formatValue, typeName, type GoValue } from './values';

/**
 * sprintf is Go's fmt.Sprintf for the verbs templates use: `%v %s %d %f %e
 * %g %q %x %X %t %%` with flags `-+ 0#`, width and precision. Mismatches
 * print as Go prints them (`%!d(float64=1.5)`, `%!s(MISSING)`).
 */
export function sprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])/gy;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(format);
    if (m === null) {
      out += '%!(NOVERB)';
      break;
    }
    i = re.lastIndex;
    const verb = m[4]!;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const spec: Spec = {
      flags: m[1] ?? '',
      width: m[2] === undefined ? undefined : Number(m[2]),
      prec: m[3] === undefined ? undefined : Number(m[3] === '' ? '0' : m[3]),
      verb,
    };
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatArg(spec, args[argi++]);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => `${typeName(a)}=${formatValue(a)}`).join(', ') + ')';
  }
  return out;
}

interface Spec {
  readonly flags: string;
  readonly width: number | undefined;
  readonly prec: number | undefined;
  readonly verb: string;
}

function bad(spec: Spec, v: GoValue): string {
  return `%!${spec.verb}(${typeName(v)}=${formatValue(v)})`;
}

function formatArg(spec: Spec, v: GoValue): string {
  const { verb, prec } = spec;
  switch (verb) {
    case 'v':
      return pad(spec, typeof v === 'number' ? signed(spec, formatG(v)) : formatValue(v), typeof v === 'number' || typeof v === 'bigint');
    case 's':
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return bad(spec, v);
      return pad(spec, truncate(formatValue(v), prec), false);
    case 'q':
      if (typeof v === 'string') return pad(spec, goQuote(truncate(v, prec)), false);
      if (typeof v === 'bigint') return pad(spec, `'${String.fromCodePoint(Number(v))}'`, false);
      return bad(spec, v);
    case 'd':
      if (typeof v !== 'bigint') return bad(spec, v);
      return pad(spec, signed(spec, v.toString()), true);
    case 'x':
    case 'X': {
      let s: string;
      if (typeof v === 'bigint') s = (v < 0n ? '-' : '') + (v < 0n ? -v : v).toString(16);
      else if (typeof v === 'string') s = wtf8Bytes(v).map((b) => b.toString(16).padStart(2, '0')).join('');
      else return bad(spec, v);
      return pad(spec, verb === 'X' ? s.toUpperCase() : s, typeof v === 'bigint');
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      if (typeof v !== 'number') return bad(spec, v);
      const lower = verb.toLowerCase();
      let s = lower === 'f' ? formatF(v, prec ?? 6) : lower === 'e' ? formatE(v, prec ?? 6) : formatG(v, prec);
      if (verb === 'E' || verb === 'G') s = s.toUpperCase();
      return pad(spec, signed(spec, s), true);
    }
    case 't':
      return typeof v === 'boolean' ? pad(spec, String(v), false) : bad(spec, v);
    default:
      return bad(spec, v);
  }
}

function truncate(s: string, prec: number | undefined): string {
  return prec === undefined ? s : [...s].slice(0, prec).join('');
}

/** signed applies the `+` and space flags to a number's text. */
function signed(spec: Spec, s: string): string {
  if (s.startsWith('-') || s === 'NaN') return s;
  // Go keeps the sign of +Inf even without the `+` flag.
  if (s.startsWith('+')) return spec.flags.includes('+') || s === '+Inf' ? s : s.slice(1);
  if (spec.flags.includes('+')) return '+' + s;
  if (spec.flags.includes(' ')) return ' ' + s;
  return s;
}

function pad(spec: Spec, s: string, numeric: boolean): string {
  const width = spec.width ?? 0;
  const len = [...s].length;
  if (len >= width) return s;
  const fill = width - len;
  if (spec.flags.includes('-')) return s + ' '.repeat(fill);
  if (numeric && spec.flags.includes('0') && /^[+\- ]?[0-9.]/.test(s)) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}
