/**
 * Prometheus durations (`1h30m`, `2d`, `90s`, `500ms`): the units, largest
 * first, each at most once, as Prometheus's model.ParseDuration accepts.
 */
const UNITS: readonly (readonly [string, number])[] = [
  ['y', 365 * 86_400_000], ['w', 7 * 86_400_000], ['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1],
];

const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** parseDuration returns ms, or null when `s` is not a Prometheus duration. */
export function parseDuration(s: string): number | null {
  const text = s.trim();
  if (text === '' ) return null;
  if (text === '0') return 0;
  const m = DURATION.exec(text);
  if (m === null) return null;
  let ms = 0;
  UNITS.forEach(([, size], i) => {
    if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * size;
  });
  return ms;
}
