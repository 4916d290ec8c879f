/** Formatting for the status pages. Times are ms since the epoch, durations ms unless the name says otherwise. */

/** GO_ZERO_TIME is how Prometheus's API writes "never" (Go's zero time.Time). */
const GO_ZERO_YEAR = '0001-';

/** parseApiTime reads an RFC 3339 time from the API; undefined for Go's zero time or junk. */
export function parseApiTime(text: string): number | undefined {
  if (text.startsWith(GO_ZERO_YEAR)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** formatAgo prints how long before `nowMs` something happened: "12s ago", "3m 4s ago", "2h 5m ago". */
export function formatAgo(thenMs: number, nowMs: number): string {
  const d = Math.max(0, nowMs - thenMs);
  if (d < 1000) return 'just now';
  const s = Math.floor(d / 1000);
  if (s < 60) return `${s}s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m}m ago` : `${m}m ${s % 60}s ago`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h}h ago` : `${h}h ${m % 60}m ago`;
  return `${Math.floor(h / 24)}d ${h % 24}h ago`;
}

/** formatSeconds prints a duration given in seconds as Prometheus's UI does: "34ms", "1.204s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds < 1) return `${Math.round(seconds * 1000 * 10) / 10}ms`;
  return `${Math.round(seconds * 1000) / 1000}s`;
}

/** formatCount prints a count with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** formatBytes prints a byte count: 141419 → "138.1 KiB". */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
