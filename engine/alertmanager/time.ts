/**
 * Time and duration text in the forms Alertmanager reads and writes:
 * RFC3339 timestamps (API: always milliseconds; webhook: Go's RFC3339Nano
 * with trailing zeros trimmed). Durations (`5m`, `1h30m`) are util/duration's.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** GO_ZERO_TIME is how Go prints time.Time{} in JSON. */
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * parseRfc3339 turns an RFC3339 timestamp into ms (sub-ms digits truncated).
 * Go's zero time yields null, as it means "unset". Throws on bad syntax.
 */
export function parseRfc3339(text: string): number | null {
  const m = RFC3339.exec(text);
  if (m === null) throw new Error(`parsing time ${JSON.stringify(text)} as "2006-01-02T15:04:05Z07:00": cannot parse`);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const frac = (m[7] ?? '').padEnd(3, '0').slice(0, 3);
  const d = new Date(0);
  // setUTCFullYear keeps years below 100 literal, unlike Date.UTC.
  d.setUTCFullYear(year!, month! - 1, day!);
  d.setUTCHours(hour!, minute!, second!, Number(frac));
  let ms = d.getTime();
  if (m[9] !== undefined) {
    const offsetMs = (Number(m[10]) * 60 + Number(m[11])) * 60_000;
    ms += m[9] === '+' ? -offsetMs : offsetMs;
  }
  if (ms === GO_ZERO_MS) return null;
  return ms;
}

/** GO_ZERO_MS is 0001-01-01T00:00:00Z in Unix ms. */
const GO_ZERO_MS = -62135596800000;

/** formatApiTime prints a timestamp as the v2 API does (strfmt.DateTime: always 3 fraction digits, UTC). */
export function formatApiTime(ms: number): string {
  return isoString(ms);
}

/** formatGoTime prints a timestamp as Go's time.Time marshals to JSON (RFC3339Nano, zeros trimmed). */
export function formatGoTime(ms: number | null): string {
  if (ms === null) return GO_ZERO_TIME;
  const iso = isoString(ms);
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return iso.slice(0, 19) + (frac === '' ? '' : '.' + frac) + 'Z';
}

function isoString(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}
