/**
 * Time formatting for the alerting pages. Every "ago" is measured against
 * the world's virtual now, never the wall clock; times are integer ms.
 */

/** formatDuration prints ms as Prometheus does: `1h5m`, `30s`, `250ms`, `0s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms));
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
    // Seconds are precise enough once there are minutes.
    if (unit === 's' && parts.length > 1) break;
  }
  return sign + parts.join('');
}

/** formatAgo says how long before `nowMs` the moment `tMs` was: `8s ago`, `in 2m` for the future. */
export function formatAgo(tMs: number, nowMs: number): string {
  const d = nowMs - tMs;
  if (Math.abs(d) < 1000) return 'just now';
  const rounded = Math.round(d / 1000) * 1000;
  return d > 0 ? `${formatDuration(rounded)} ago` : `in ${formatDuration(-rounded)}`;
}

/** formatClock prints a virtual time as `2026-01-05 06:01:13` (UTC, the world's zone). */
export function formatClock(tMs: number): string {
  return new Date(tMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** formatTimeOfDay prints `06:01:13` (UTC). */
export function formatTimeOfDay(tMs: number): string {
  return new Date(tMs).toISOString().slice(11, 19);
}

/** parseApiTime reads an RFC 3339 time from the APIs; NaN for the zero time or garbage. */
export function parseApiTime(s: string | undefined): number {
  if (s === undefined || s.startsWith('0001-01-01')) return NaN;
  return Date.parse(s);
}
