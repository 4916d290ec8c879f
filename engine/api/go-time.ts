/**
 * Time values as Go's time package parses and prints them in the API:
 * RFC 3339 input, RFC 3339 with nanoseconds output. Times are carried as
 * bigint nanoseconds since the epoch so that comparisons keep Go's
 * precision; the engine gets integer milliseconds via toMs.
 */

const NS_PER_SEC = 1_000_000_000n;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** daysFromCivil counts days since 1970-01-01 for a proleptic Gregorian date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** parseRFC3339Nano parses like time.Parse(time.RFC3339Nano, s); undefined when Go would fail. */
export function parseRFC3339Nano(s: string): bigint | undefined {
  const m = RFC3339.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return undefined;
  // Digits past nanoseconds are accepted and dropped, as Go does.
  const frac = BigInt(((m[7] ?? '') + '000000000').slice(0, 9));
  let offsetSec = 0;
  const zone = m[8]!;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetSec = (zone[0] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  const secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSec;
  return BigInt(secs) * NS_PER_SEC + frac;
}

/** toMs is Prometheus's timestamp.FromTime: whole milliseconds, rounding toward the past. */
export function toMs(ns: bigint): number {
  let q = ns / 1_000_000n;
  if (ns < 0n && q * 1_000_000n !== ns) q -= 1n;
  return Number(q);
}

/** fromMs turns engine milliseconds into API nanoseconds. */
export function fromMs(ms: number): bigint {
  return BigInt(Math.trunc(ms)) * 1_000_000n;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * formatRFC3339Nano prints a UTC time like Go's time.Time JSON encoding:
 * `2026-11-25T16:27:22.123456789Z` with trailing fractional zeros removed.
 */
export function formatRFC3339Nano(ns: bigint): string {
  let secs = ns / NS_PER_SEC;
  let frac = ns % NS_PER_SEC;
  if (frac < 0n) {
    frac += NS_PER_SEC;
    secs -= 1n;
  }
  const s = Number(secs);
  const days = Math.floor(s / 86400);
  const rem = s - days * 86400;
  const { y, m, d } = civilFromDays(days);
  let out = `${y < 0 ? '-' + pad(-y, 4) : pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(Math.floor(rem / 3600))}:${pad(Math.floor(rem / 60) % 60)}:${pad(rem % 60)}`;
  if (frac !== 0n) out += '.' + frac.toString().padStart(9, '0').replace(/0+$/, '');
  return out + 'Z';
}
