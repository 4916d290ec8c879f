import { goQuote } from '../model/labels';

/**
 * The Go standard-library parsers the API's parameters go through:
 * strconv.ParseFloat, strconv.Atoi and Prometheus's model.ParseDuration.
 * What they accept decides which error a client sees, so their grammars are
 * reproduced rather than approximated with Number().
 */

const DECIMAL = /^[+-]?(?:\d+(?:_\d+)*\.?(?:\d+(?:_\d+)*)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]((?:_?[0-9a-fA-F])*)(?:\.((?:[0-9a-fA-F]_?)*))?[pP]([+-]?\d+(?:_\d+)*)$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * parseGoFloat is strconv.ParseFloat(s, 64): decimal or hexadecimal (with a
 * `p` exponent) floats, `inf`/`infinity`/`nan` in any case. Underscores are
 * allowed only after a base prefix. Out-of-range values are errors (Go
 * returns ±Inf with ErrRange). Returns undefined when Go would fail.
 */
export function parseGoFloat(s: string): number | undefined {
  const sp = SPECIAL.exec(s);
  if (sp) {
    if (sp[2]!.toLowerCase() === 'nan') return sp[1] === '' ? NaN : undefined;
    return sp[1] === '-' ? -Infinity : Infinity;
  }
  const hex = HEX_FLOAT.exec(s);
  if (hex) {
    const intPart = hex[2]!.replace(/_/g, '');
    const fracPart = (hex[3] ?? '').replace(/_/g, '');
    if (intPart === '' && fracPart === '') return undefined;
    let mantissa = 0;
    for (const ch of intPart + fracPart) mantissa = mantissa * 16 + parseInt(ch, 16);
    const v = mantissa * 2 ** (Number(hex[4]!.replace(/_/g, '')) - 4 * fracPart.length);
    if (!Number.isFinite(v)) return undefined;
    return hex[1] === '-' ? -v : v;
  }
  if (s.includes('_') || !DECIMAL.test(s)) return undefined;
  const v = Number(s);
  if (!Number.isFinite(v)) return undefined; // overflow: Go reports ErrRange
  return v;
}

const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);

/** parseGoInt is strconv.Atoi on a 64-bit platform; `error` carries Go's exact text. */
export function parseGoInt(s: string): { value: number; error?: undefined } | { value?: undefined; error: string } {
  if (!/^[+-]?\d+$/.test(s)) return { error: `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax` };
  const big = BigInt(s);
  if (big > MAX_INT64 || big < MIN_INT64) return { error: `strconv.Atoi: parsing ${goQuote(s)}: value out of range` };
  return { value: Number(big) };
}


const UNIT_NS: Readonly<Record<string, { rank: number; ns: bigint }>> = {
  y: { rank: 1, ns: 365n * 24n * 3600n * 1_000_000_000n },
  w: { rank: 2, ns: 7n * 24n * 3600n * 1_000_000_000n },
  d: { rank: 3, ns: 24n * 3600n * 1_000_000_000n },
  h: { rank: 4, ns: 3600n * 1_000_000_000n },
  m: { rank: 5, ns: 60n * 1_000_000_000n },
  s: { rank: 6, ns: 1_000_000_000n },
  ms: { rank: 7, ns: 1_000_000n },
};

/**
 * parsePromDuration is Prometheus's model.ParseDuration: `1h30m`, `90s`,
 * `0`; units y w d h m s ms, each at most once and largest first. Returns
 * nanoseconds, or undefined when invalid or beyond int64 nanoseconds.
 */
export function parsePromDuration(s: string): bigint | undefined {
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  let lastRank = 0;
  let rest = s;
  while (rest !== '') {
    const m = /^(\d+)([^\d]+)/.exec(rest);
    if (!m) return undefined;
    const unit = UNIT_NS[m[2]!];
    if (unit === undefined || unit.rank <= lastRank) return undefined;
    lastRank = unit.rank;
    total += BigInt(m[1]!) * unit.ns;
    if (total > MAX_INT64) return undefined;
    rest = rest.slice(m[0].length);
  }
  return total;
}

/** clampInt64 saturates like Go's time arithmetic does at the int64 bounds. */
export function clampInt64(v: bigint): bigint {
  return v > MAX_INT64 ? MAX_INT64 : v < MIN_INT64 ? MIN_INT64 : v;
}

export { MAX_INT64, MIN_INT64 };
