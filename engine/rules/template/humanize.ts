import { formatG } from './go-float';
import { ExecError, GoDuration, GoTime, typeName, type GoValue } from './values';

/**
 * Prometheus's number-humanizing template functions. Each accepts a float,
 * an int, a numeric string or a duration, as Prometheus's convertToFloat does.
 */

/** toFloat is Prometheus's convertToFloat. */
export function toFloat(v: GoValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return parseFloatGo(v);
  if (v instanceof GoDuration) return Number(v.ns) / 1e9;
  throw new ExecError(`can't convert ${typeName(v)} to float`);
}

/** parseFloatGo is strconv.ParseFloat(s, 64) for decimal and special spellings. */
export function parseFloatGo(s: string): number {
  const t = s.toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(s);
  throw new ExecError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
}

const g4 = (v: number): string => formatG(v, 4);

export function humanize(v: number): string {
  if (v === 0 || !Number.isFinite(v)) return g4(v);
  if (Math.abs(v) >= 1) {
    let prefix = '';
    for (const p of ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y']) {
      if (Math.abs(v) < 1000) break;
      prefix = p;
      v /= 1000;
    }
    return g4(v) + prefix;
  }
  let prefix = '';
  for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return g4(v) + prefix;
}

export function humanize1024(v: number): string {
  if (Math.abs(v) <= 1 || !Number.isFinite(v)) return g4(v);
  let prefix = '';
  for (const p of ['ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi']) {
    if (Math.abs(v) < 1024) break;
    prefix = p;
    v /= 1024;
  }
  return g4(v) + prefix;
}

/** humanizeDuration prints seconds as `1d 2h 3m 4s`, `1.5s` or `500ms`. */
export function humanizeDuration(v: number): string {
  if (!Number.isFinite(v)) return g4(v);
  if (v === 0) return g4(v) + 's';
  if (Math.abs(v) >= 1) {
    let sign = '';
    if (v < 0) {
      sign = '-';
      v = -v;
    }
    const duration = Math.trunc(v);
    const seconds = duration % 60;
    const minutes = Math.floor(duration / 60) % 60;
    const hours = Math.floor(duration / 3600) % 24;
    const days = Math.floor(duration / 86400);
    // From minutes up, seconds are whole; below a minute four significant digits.
    if (days !== 0) return `${sign}${days}d ${hours}h ${minutes}m ${seconds}s`;
    if (hours !== 0) return `${sign}${hours}h ${minutes}m ${seconds}s`;
    if (minutes !== 0) return `${sign}${minutes}m ${seconds}s`;
    return `${sign}${g4(v)}s`;
  }
  let prefix = '';
  for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return `${g4(v)}${prefix}s`;
}

export function humanizePercentage(v: number): string {
  return g4(v * 100) + '%';
}

/**
 * floatToTime turns Unix seconds into a time with millisecond precision
 * (Prometheus goes through model.Time); undefined for NaN/Inf.
 */
export function floatToTime(v: number): GoTime | undefined {
  if (!Number.isFinite(v)) return undefined;
  const ns = v * 1e9;
  if (ns > 9.223372036854776e18 || ns < -9.223372036854776e18) {
    throw new ExecError(`${formatG(v)} cannot be represented as a nanoseconds timestamp since it overflows int64`);
  }
  return new GoTime(Math.trunc(ns / 1e6));
}
