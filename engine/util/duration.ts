/**
 * Durations in Prometheus's syntax (prometheus/common `model.Duration`), as
 * configuration, rule files and alertmanager.yml spell them: units y, w, d,
 * h, m, s, ms, largest first, each at most once (`1h30m`, `15s`, `0`). A
 * year is 365 days. Values are integer milliseconds.
 */

const UNITS: readonly (readonly [string, number])[] = [
  ['y', 365 * 24 * 3600_000],
  ['w', 7 * 24 * 3600_000],
  ['d', 24 * 3600_000],
  ['h', 3600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];

const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/**
 * parseDuration returns the duration in ms, or throws an Error with
 * Prometheus's text: `not a valid duration string: "1x"`, or
 * `duration out of range` past 2^53 ms.
 */
export function parseDuration(s: string): number {
  if (s === '0') return 0;
  const m = s === '' ? null : DURATION_RE.exec(s);
  if (m === null) throw new Error(`not a valid duration string: ${JSON.stringify(s)}`);
  let ms = 0;
  for (let i = 0; i < UNITS.length; i++) {
    const part = m[i + 1];
    if (part !== undefined) ms += Number(part) * UNITS[i]![1];
  }
  if (!Number.isSafeInteger(ms)) throw new Error('duration out of range');
  return ms;
}

/** formatDuration prints ms as Prometheus prints a model.Duration: `1h30m`, `15s`, `0s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = Math.abs(ms);
  let out = ms < 0 ? '-' : '';
  for (const [unit, size] of UNITS) {
    // Prometheus prints weeks and years only when the duration is a whole number of them.
    if ((unit === 'w' || unit === 'y') && rest % size !== 0) continue;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
