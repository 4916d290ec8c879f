import type { SampleFunction } from './types';

/**
 * Element-wise arithmetic functions. Each drops the metric name (the
 * evaluator applies that) and, through the evaluator, skips native
 * histogram samples.
 */

function elementwise(f: (v: number) => number): SampleFunction {
  return { kind: 'sample', apply: (v) => f(v) };
}

const scratch = new DataView(new ArrayBuffer(8));

/**
 * log2 as Go computes it: exact for powers of two, otherwise from the
 * natural log of the mantissa plus the binary exponent. Matching Go matters
 * where results are compared exactly (e.g. `log2(x) - 3 == 0`).
 */
function goLog2(x: number): number {
  if (x === 0 || !Number.isFinite(x) || Number.isNaN(x)) return Math.log(x) * Math.LOG2E;
  let bits = x;
  let adjust = 0;
  scratch.setFloat64(0, bits);
  if (((scratch.getUint16(0) >> 4) & 0x7ff) === 0) {
    // Subnormal: scale into the normal range first.
    bits = x * 2 ** 52;
    adjust = -52;
    scratch.setFloat64(0, bits);
  }
  const exp = ((scratch.getUint16(0) >> 4) & 0x7ff) - 1022 + adjust;
  // Replace the exponent so that the mantissa lies in [0.5, 1).
  scratch.setUint16(0, (scratch.getUint16(0) & 0x800f) | (1022 << 4));
  const frac = scratch.getFloat64(0);
  if (frac === 0.5) return exp - 1;
  return Math.log(frac) * Math.LOG2E + exp;
}

/** log10 as Go computes it: log2(x)·log10(2). */
function goLog10(x: number): number {
  return goLog2(x) * 0.30102999566398119521;
}

/** sgn keeps NaN and signed zeros as they are, like Prometheus. */
function sgn(v: number): number {
  if (v < 0) return -1;
  if (v > 0) return 1;
  return v;
}

/**
 * round rounds to the nearest multiple of `toNearest` (default 1), ties up
 * (towards +Inf). Prometheus multiplies by the inverse rather than dividing,
 * which it found causes fewer floating-point surprises; we do the same so
 * that results match bit for bit.
 */
const round: SampleFunction = {
  kind: 'sample',
  apply(v, scalars) {
    const toNearest = scalars[0] ?? 1;
    const inverse = 1 / toNearest;
    return Math.floor(v * inverse + 0.5) / inverse;
  },
};

/**
 * clampBetween limits v to [min, max]. A NaN bound gives NaN (as Go's
 * math.Max/Min propagate NaN); max < min yields no output at all.
 */
function clampBetween(v: number, min: number, max: number): number | undefined {
  if (max < min) return undefined;
  return Math.max(min, Math.min(max, v));
}

const clamp: SampleFunction = {
  kind: 'sample',
  apply: (v, s) => clampBetween(v, s[0] ?? NaN, s[1] ?? NaN),
};

const clampMin: SampleFunction = {
  kind: 'sample',
  apply: (v, s) => clampBetween(v, s[0] ?? NaN, Infinity),
};

const clampMax: SampleFunction = {
  kind: 'sample',
  apply: (v, s) => clampBetween(v, -Infinity, s[0] ?? NaN),
};

export const MATH_FUNCTIONS = {
  abs: elementwise(Math.abs),
  ceil: elementwise(Math.ceil),
  floor: elementwise(Math.floor),
  exp: elementwise(Math.exp),
  sqrt: elementwise(Math.sqrt),
  ln: elementwise(Math.log),
  log2: elementwise(goLog2),
  log10: elementwise(goLog10),
  sgn: elementwise(sgn),
  round,
  clamp,
  clamp_min: clampMin,
  clamp_max: clampMax,
} as const;
