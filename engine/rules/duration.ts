/**
 * Prometheus's model.Duration as rule files spell it (`5m`, `1h30m`, `0`):
 * units y w d h m s ms, largest first, each at most once. Values are ms.
 */

const UNITS_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1] as const;
const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** parseModelDuration returns ms, or throws with Prometheus's text `not a valid duration string: "5x"`. */
export function parseModelDuration(s: string): number {
  if (s === '0') return 0;
  const m = s === '' ? null : DURATION_RE.exec(s);
  if (m === null) throw new Error(`not a valid duration string: ${JSON.stringify(s)}`);
  let ms = 0;
  UNITS_MS.forEach((u, i) => {
    ms += Number(m[i + 1] ?? 0) * u;
  });
  if (!Number.isSafeInteger(ms)) throw new Error('duration out of range');
  return ms;
}
