/**
 * Number formatting exactly as Prometheus's HTTP API prints it. Sample
 * values are strings (JSON has no NaN/Inf); timestamps are seconds with up
 * to three decimals written straight from integer milliseconds. Go's
 * shortest 'f' and 'e' forms are util/go-float's.
 */
import { formatFloatE, formatFloatF } from '../util/go-float';

export { formatFloatE, formatFloatF };

/**
 * formatSampleValue is Prometheus's jsonutil.MarshalFloat without the quotes:
 * fixed notation, switching to exponent form below 1e-6 and from 1e21 on.
 */
export function formatSampleValue(v: number): string {
  const abs = Math.abs(v);
  // JavaScript prints [1e-6, 1e21) in shortest fixed notation too: the hot path for real data.
  if (abs >= 1e-6 && abs < 1e21) return String(v);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return formatFloatE(v);
  return formatFloatF(v);
}

/**
 * formatTimestamp is Prometheus's jsonutil.MarshalTimestamp: integer
 * milliseconds as seconds, the fraction always three digits when present
 * (1500 → `1.500`, 1000 → `1`).
 */
export function formatTimestamp(ms: number): string {
  let t = Math.trunc(ms);
  let sign = '';
  if (t < 0) {
    sign = '-';
    t = -t;
  }
  const secs = Math.floor(t / 1000);
  const frac = t - secs * 1000;
  if (frac === 0) return sign + String(secs);
  return `${sign}${secs}.${String(frac).padStart(3, '0')}`;
}

/**
 * formatJsonNumber prints a float the way Go's encoding/json does: the
 * shortest form, exponent only outside [1e-6, 1e21). JavaScript's own
 * number printing follows the same rule except for negative zero.
 */
export function formatJsonNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`internal error: cannot encode ${v} as a JSON number`);
  return Object.is(v, -0) ? '-0' : String(v);
}
