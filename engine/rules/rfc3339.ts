/**
 * Times as Go's encoding/json writes a UTC time.Time (RFC 3339 with
 * nanoseconds, trailing zeros dropped): `2026-11-25T17:05:00Z`,
 * `2026-11-25T17:05:00.25Z`. Prometheus's Alertmanager payloads and the
 * rules API print times this way.
 */

/** GO_ZERO_TIME is Go's zero time.Time, printed for rules never evaluated. */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** formatRFC3339 prints integer ms since the epoch as a UTC RFC 3339 time. */
export function formatRFC3339(ms: number): string {
  const d = new Date(ms);
  const frac = ((ms % 1000) + 1000) % 1000;
  const fracText = frac === 0 ? '' : '.' + pad(frac, 3).replace(/0+$/, '');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fracText}Z`;
}

/**
 * formatRFC3339Millis prints a time as go-openapi's strfmt.DateTime does in
 * the Alertmanager v2 payload: always three fractional digits
 * (`2026-11-25T17:05:00.000Z`); undefined is Go's zero time.
 */
export function formatRFC3339Millis(ms: number | undefined): string {
  if (ms === undefined) return '0001-01-01T00:00:00.000Z';
  const d = new Date(ms);
  return d.toISOString().replace(/^\+?0*(\d{4})/, '$1');
}
