import type { BitWriter } from './bitstream';
import { floatBits, isStaleBits, STALE_HI, STALE_LO } from './float-bits';
import { decimalScale, MAX_DECIMAL, POW10, startDecimal, writeDecimalStale, writeDecimalValue, type DecimalState } from './values-decimal';
import { writeXorValue, type XorState } from './values-xor';
import { writeBucketed, writeOverflow } from './varbits';

/**
 * DOD_BITS are the widths of the timestamp delta-of-delta buckets (see
 * varbits: '0' is "same interval", '10' + 7 bits, '110' + 13, '1110' + 20,
 * and '1111' is followed by a full 64-bit value). They suit millisecond
 * timestamps: a few ms of scrape jitter fits the first, a changed interval
 * the others.
 */
export const DOD_BITS: readonly number[] = [7, 13, 20];

const TWO32 = 4294967296;

/**
 * UNPRICED stands for "decimal cannot hold these values" in decBits: larger
 * than any chunk's XOR bits, and a small integer, so the field stays unboxed.
 */
const UNPRICED = 2 ** 30;

/** Flags encodeSamples returns. */
export const ENCODED_DECIMAL = 1;
export const ENCODED_XOR_SMALLER = 2;

/**
 * Coder is the state of one encoding pass, in both codings (XorState: hi,
 * lo, leading, trailing; DecimalState: scale, n, delta), and the pricing of
 * the coding not in use: the coding in use writes; the other one, while
 * `pricing`, runs without output to price it (in a pass that prices, a
 * decimal chunk prices XOR throughout; an XOR chunk prices decimal until a
 * value decimal cannot hold).
 */
class Coder implements XorState, DecimalState {
  hi = 0;
  lo = 0;
  leading = -1;
  trailing = 0;
  scale = 0;
  n = 0;
  delta = 0;
  /** The previous timestamp delta (ms). */
  prevDelta = 0;
  pricing = false;
  /** Value-code bits so far in each coding (timestamps cost the same in both). */
  xorBits = 0;
  decBits = 0;
  /** price is set when this pass prices the coding it does not use (`pricing` then says whether it still can). */
  price = true;
  /** lastV is a decimal chunk's last value (its repeat check compares values, not bits). */
  lastV = 0;
  /** v is the value being coded. */
  v = 0;

  reset(): this {
    this.hi = 0;
    this.lo = 0;
    this.leading = -1;
    this.trailing = 0;
    this.scale = 0;
    this.n = 0;
    this.delta = 0;
    this.prevDelta = 0;
    this.pricing = false;
    this.xorBits = 0;
    this.decBits = 0;
    this.lastV = 0;
    return this;
  }
}

/** One coder for every pass: encoding is synchronous, and a shared coder stays in cache. */
const coder = new Coder();

/** Signed words of the value being coded (see floatBits). */
const word = new Int32Array(2);

/**
 * encodeChunk writes n staged samples (sample k: timestamp data[base + 2k],
 * value data[base + 2k + 1]; the indexes in `stale`, ascending, are staleness markers)
 * into the empty writer `w` in the FloatChunk layout, and returns ENCODED_*
 * flags: which coding it used, and whether XOR would have been smaller.
 * Decimal coding is used when the first value allows it unless `preferXor`;
 * a value that a decimal chunk cannot hold makes the whole chunk XOR. n must
 * be at least 1. Unless `price`, the coding not used is not priced, and the
 * preference is passed on as it came: pricing costs about as much as coding
 * again, and a series' values keep their character, so a series prices
 * only one chunk in several (see MemSeries).
 */
export function encodeChunk(
  w: BitWriter,
  data: Float64Array,
  base: number,
  stale: readonly number[] | undefined,
  n: number,
  preferXor: boolean,
  price: boolean,
): number {
  // A view, so the passes index from 0 (one per chunk closed: cheap beside its samples).
  const staged = data.subarray(base, base + 2 * n);
  const flags = encodePass(w, staged, stale, n, preferXor, price);
  if (flags >= 0) return flags;
  w.truncate(0);
  return encodePass(w, staged, stale, n, true, price);
}

/** encodePass is one attempt of encodeChunk; -1 when decimal coding met a value it cannot hold. */
function encodePass(w: BitWriter, staged: Float64Array, stale: readonly number[] | undefined, n: number, preferXor: boolean, price: boolean): number {
  const c = coder.reset();
  c.price = price;
  let nextStale = stale === undefined ? n : stale[0]!;
  let s = 0;
  let prevT = staged[0]!;
  writeSigned64(w, prevT);
  valueBits(staged, 0, nextStale === 0);
  const decimal = startValues(w, c, staged[1]!, nextStale === 0, preferXor);
  if (nextStale === 0) nextStale = stale!.length > ++s ? stale![s]! : n;
  // A decimal chunk that prices nothing works on the values alone (their bits cost a trip through memory).
  const needBits = !decimal || price;
  let hi = 0;
  let lo = 0;
  for (let k = 1; k < n; k++) {
    const t = staged[2 * k]!;
    const isStale = k === nextStale;
    if (isStale) nextStale = stale!.length > ++s ? stale![s]! : n;
    const v = staged[2 * k + 1]!;
    if (needBits) {
      valueBits(staged, k, isStale);
      hi = word[0]!;
      lo = word[1]!;
    }
    const delta = t - prevT;
    prevT = t;
    // The value goes to the helpers through the coder: a number passed to a call that is not inlined is boxed.
    c.v = v;
    if (delta === c.prevDelta && (repeat(w, c, decimal, hi, lo) || (decimal && !isStale && steadyDecimal(w, c, hi, lo)))) continue;
    writeDod(w, delta - c.prevDelta);
    c.prevDelta = delta;
    if (decimal && !isStale) {
      // The XOR pricing reads this state's hi/lo, so price only once the value is taken.
      const b = writeDecimalValue(w, c);
      if (b < 0) return -1;
      c.decBits += b;
      c.lastV = v;
      if (price) c.xorBits += writeXorValue(undefined, c, hi, lo);
    } else if (decimal) {
      writeDecimalStale(w);
    } else {
      writeXor(w, c, hi, lo, isStale);
    }
  }
  const xorSmaller = price ? c.xorBits < c.decBits : preferXor;
  return (decimal ? ENCODED_DECIMAL : 0) | (xorSmaller ? ENCODED_XOR_SMALLER : 0);
}

/** valueBits puts staged sample k's value bits into `word`. */
function valueBits(staged: Float64Array, k: number, isStale: boolean): void {
  if (isStale) {
    word[0] = STALE_HI;
    word[1] = STALE_LO;
  } else {
    floatBits(staged[2 * k + 1]!, word);
  }
}

/** startValues writes the coding bit and the first value; returns whether the chunk is decimal. */
function startValues(w: BitWriter, c: Coder, v: number, isStale: boolean, preferXor: boolean): boolean {
  const hi = word[0]!;
  const lo = word[1]!;
  const scale = isStale ? -1 : decimalScale(v, 0);
  c.hi = hi;
  c.lo = lo;
  c.lastV = v;
  if (scale >= 0 && !preferXor) {
    w.writeBit(1);
    startDecimal(w, c, v, scale);
    return true;
  }
  w.writeBit(0);
  w.writeBits(hi, 32);
  w.writeBits(lo, 32);
  c.pricing = c.price && scale >= 0;
  if (c.pricing) startDecimal(undefined, c, v, scale);
  else c.decBits = UNPRICED;
  return false;
}

/**
 * repeat is the most common sample, written without the general coders: the
 * same interval as before and the same value bits as the last value, with
 * the value not moving before either. Both codings then spend a single '0'
 * bit on the value (and the timestamp its '0'), so this writes exactly what
 * the general path would. Returns false, writing nothing, for any other
 * sample. The caller checked the interval.
 */
function repeat(w: BitWriter, c: Coder, decimal: boolean, hi: number, lo: number): boolean {
  if (decimal) {
    const v = c.v;
    // A decimal chunk holds no NaN and no -0, so equal values have equal bits; lastV is
    // the last value (stale markers touch neither coding's state, and are NaN here).
    if (v !== c.lastV || c.delta !== 0) return false;
    c.decBits++;
  } else {
    if (c.hi !== hi || c.lo !== lo) return false;
    // hi/lo may be a stale marker's bits, which the decimal pricing never saw.
    if (isStaleBits(hi, lo)) return false;
    if (c.pricing) {
      if (c.delta !== 0) return false;
      c.decBits++;
    }
  }
  c.xorBits++;
  w.skipZeros(2);
  return true;
}

/**
 * steadyDecimal is the next most common sample in a decimal chunk, written
 * in one go: the same interval as before (timestamp code '0') and a value at
 * the chunk's scale whose delta-of-delta is 0 (value code '0': a counter
 * growing steadily) or fits the smallest bucket ('10' + 4 bits). It writes
 * exactly what the general path would. Returns false, writing nothing, for
 * any other sample. The caller checked the interval and that the sample
 * is no staleness marker (c.v is the value, hi/lo its bits).
 */
function steadyDecimal(w: BitWriter, c: Coder, hi: number, lo: number): boolean {
  const v = c.v;
  const p = POW10[c.scale]!;
  const n = Math.round(v * p);
  if (n / p !== v || (v === 0 && 1 / v < 0) || Math.abs(n) > MAX_DECIMAL) return false;
  const delta = n - c.n;
  const dod = delta - c.delta;
  if (dod === 0) {
    w.skipZeros(2);
    c.decBits += 1;
  } else if (dod >= -8 && dod < 8) {
    w.writeBits((0b10 << 4) | (dod & 15), 7);
    c.decBits += 6;
  } else {
    return false;
  }
  c.n = n;
  c.delta = delta;
  c.lastV = v;
  if (c.price) c.xorBits += writeXorValue(undefined, c, hi, lo);
  return true;
}

/** writeXor codes a value (or stale marker) in an XOR chunk and prices it as decimal. */
function writeXor(w: BitWriter, c: Coder, hi: number, lo: number, stale: boolean): void {
  c.xorBits += writeXorValue(w, c, hi, lo);
  if (!c.pricing || stale) return;
  const b = writeDecimalValue(undefined, c);
  if (b >= 0) {
    c.decBits += b;
  } else {
    c.pricing = false;
    c.decBits = UNPRICED;
  }
}

function writeSigned64(w: BitWriter, v: number): void {
  const hi = Math.floor(v / TWO32);
  w.writeBits(hi >>> 0, 32);
  w.writeBits(v - hi * TWO32, 32);
}

function writeDod(w: BitWriter, dod: number): void {
  if (writeBucketed(w, DOD_BITS, dod) >= 0) return;
  writeOverflow(w, DOD_BITS);
  writeSigned64(w, dod);
}
