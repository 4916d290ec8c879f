/** Formatting of times and durations for the panels. Times are ms since the epoch, shown in UTC. */

const UNITS: readonly [string, number][] = [['w', 604_800_000], ['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

/** formatDuration prints ms as Prometheus writes durations: 90000 → "1m30s". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}

/** formatUtc prints `2023-11-14 22:13:20 UTC`. */
export function formatUtc(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

/** toUtcInput/fromUtcInput convert between ms and a datetime-local input's value, read as UTC. */
export function toUtcInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function fromUtcInput(value: string): number | undefined {
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** autoStepMs is Prometheus's default resolution: range/250, at least 1s, in whole seconds. */
export function autoStepMs(rangeMs: number): number {
  return Math.max(Math.floor(rangeMs / 250 / 1000), 1) * 1000;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/** parseDuration reads Prometheus durations such as `1h30m`; undefined when malformed or zero. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    pos = re.lastIndex;
  }
  return pos === text.length && total > 0 ? total : undefined;
}
