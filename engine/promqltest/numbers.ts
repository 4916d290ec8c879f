/**
 * Number and duration notation of the promqltest format (FORMAT.md §2, §3.2).
 * JavaScript's parseFloat is too lenient (it reads "12abc" as 12) and does not
 * know Go's `Inf`, so numbers are matched against an explicit pattern first.
 * Durations are read by util/duration's parseDuration.
 */

/** UNSIGNED_FLOAT_SOURCE matches a Go-style float literal without sign: decimal or exponent form, Inf or NaN. */
export const UNSIGNED_FLOAT_SOURCE = String.raw`(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN]|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)`;

/** FLOAT_SOURCE is UNSIGNED_FLOAT_SOURCE with an optional sign. */
export const FLOAT_SOURCE = `[+-]?${UNSIGNED_FLOAT_SOURCE}`;

const FLOAT_RE = new RegExp(`^${FLOAT_SOURCE}$`);

/**
 * parseFloatLiteral reads a number the way the series notation does:
 * `7`, `-2.5`, `.5`, `1e3`, `2.`, `Inf`/`+inf`/`-Inf`, `NaN` (any letter case).
 * Returns undefined for anything else, including hexadecimal.
 */
export function parseFloatLiteral(text: string): number | undefined {
  if (!FLOAT_RE.test(text)) return undefined;
  const lower = text.toLowerCase();
  const unsigned = lower.replace(/^[+-]/, '');
  if (unsigned.startsWith('inf')) return lower.startsWith('-') ? -Infinity : Infinity;
  if (unsigned === 'nan') return NaN;
  return Number(text);
}

const UNIT_MS: Readonly<Record<string, number>> = {
  y: 365 * 24 * 3600_000,
  w: 7 * 24 * 3600_000,
  d: 24 * 3600_000,
  h: 3600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
};

const UNIT_ORDER = ['y', 'w', 'd', 'h', 'm', 's', 'ms'] as const;

/** formatDurationMs prints milliseconds as a Prometheus duration (`1m30s`), for messages. */
export function formatDurationMs(ms: number): string {
  if (ms === 0) return '0s';
  let rest = Math.abs(ms);
  let out = ms < 0 ? '-' : '';
  for (const unit of UNIT_ORDER) {
    const size = UNIT_MS[unit]!;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
