import { formatG } from './go-float';

/**
 * The Go values a template sees, as JavaScript values:
 * string → string, float64 → number, int → bigint, bool → boolean,
 * nil/invalid → undefined, maps → Map (keys iterate sorted, as Go's
 * printing and `range` do), slices → arrays, and the few struct types
 * Prometheus hands to templates as classes below.
 */
export type GoValue =
  | string
  | number
  | bigint
  | boolean
  | undefined
  | GoMap
  | readonly GoValue[]
  | TemplateSample
  | GoTime
  | GoDuration
  | GoStruct;

export type GoMap = ReadonlyMap<string, GoValue>;

/** TemplateSample is Prometheus's template `sample`: one element of a `query` result. */
export class TemplateSample {
  constructor(
    readonly labels: GoMap,
    readonly value: number,
  ) {}
}

/** GoStruct is a Go struct value: named fields, with the Go type text used in errors. */
export class GoStruct {
  constructor(
    readonly goType: string,
    readonly fields: GoMap,
  ) {}
}

/** GoTime is a time.Time in UTC with millisecond precision (Prometheus's model.Time). */
export class GoTime {
  constructor(readonly ms: number) {}
}

/** GoDuration is a time.Duration in nanoseconds. */
export class GoDuration {
  constructor(readonly ns: bigint) {}
}

/** ExecError is an error raised while executing a template, before Go's location prefix is added. */
export class ExecError extends Error {}

/** typeName names a value's Go type in error messages. */
export function typeName(v: GoValue): string {
  if (v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Map) return 'map[string]string';
  if (Array.isArray(v)) return 'template.queryResult';
  if (v instanceof TemplateSample) return '*template.sample';
  if (v instanceof GoTime) return '*time.Time';
  if (v instanceof GoDuration) return 'time.Duration';
  if (v instanceof GoStruct) return v.goType;
  return 'interface {}';
}

/** isTrue is Go's template truth: false, 0, nil and empty strings, slices and maps are false. */
export function isTrue(v: GoValue): boolean {
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'boolean') return v;
  if (v instanceof Map) return v.size > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export function sortedKeys(m: GoMap): string[] {
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** formatValue prints a value as fmt.Sprint (`%v`) does. */
export function formatValue(v: GoValue): string {
  if (v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatG(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Map) return `map[${sortedKeys(v).map((k) => `${k}:${formatValue(v.get(k))}`).join(' ')}]`;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  if (v instanceof TemplateSample) return `&{${formatValue(v.labels)} ${formatG(v.value)}}`;
  if (v instanceof GoTime) return formatGoTime(v.ms);
  if (v instanceof GoDuration) return formatGoDuration(v.ns);
  if (v instanceof GoStruct) return `{${[...v.fields.values()].map(formatValue).join(' ')}}`;
  return String(v);
}

/** printAction prints the result of a `{{ pipeline }}`: like %v, but a nil value prints `<no value>`. */
export function printAction(v: GoValue): string {
  return v === undefined ? '<no value>' : formatValue(v);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** formatGoTime prints a UTC time as Go's time.Time.String: `2015-06-23 13:19:44.128 +0000 UTC`. */
export function formatGoTime(ms: number): string {
  const d = new Date(ms);
  const frac = ((ms % 1000) + 1000) % 1000;
  const fracText = frac === 0 ? '' : '.' + pad(frac, 3).replace(/0+$/, '');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fracText} +0000 UTC`;
}

/** formatGoDuration prints nanoseconds as Go's time.Duration.String: `1h2m3.5s`, `150ms`, `0s`. */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  const sign = neg ? '-' : '';
  if (u < 1_000_000_000n) {
    const [unit, size] = u < 1000n ? ['ns', 1n] : u < 1_000_000n ? ['µs', 1000n] : ['ms', 1_000_000n];
    return sign + fracText(u, size as bigint) + unit;
  }
  const h = u / 3_600_000_000_000n;
  u -= h * 3_600_000_000_000n;
  const m = u / 60_000_000_000n;
  u -= m * 60_000_000_000n;
  let out = sign;
  if (h > 0n) out += `${h}h`;
  if (h > 0n || m > 0n) out += `${m}m`;
  return out + fracText(u, 1_000_000_000n) + 's';
}

function fracText(v: bigint, unit: bigint): string {
  const whole = v / unit;
  const rest = v % unit;
  if (rest === 0n) return String(whole);
  const digits = String(unit).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/, '')}`;
}
