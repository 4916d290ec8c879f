/**
 * xxhash64 (seed 0) over bytes, as Go's cespare/xxhash computes it;
 * Prometheus hashes label sets with it (labels.Hash): `limit_ratio` picks
 * series by it and the rule manager offsets groups' evaluation slots by it.
 * BigInt keeps the 64-bit arithmetic exact; it only runs once per series
 * or group where used.
 */
const MASK = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & MASK;
const mul = (a: bigint, b: bigint): bigint => (a * b) & MASK;
const add = (a: bigint, b: bigint): bigint => (a + b) & MASK;
const round = (acc: bigint, input: bigint): bigint => mul(rotl(add(acc, mul(input, P2)), 31n), P1);
const mergeRound = (acc: bigint, v: bigint): bigint => add(mul(acc ^ round(0n, v), P1), P4);

function read64(b: ArrayLike<number>, i: number): bigint {
  let v = 0n;
  for (let k = 7; k >= 0; k--) v = (v << 8n) | BigInt(b[i + k]!);
  return v;
}

function read32(b: ArrayLike<number>, i: number): bigint {
  return BigInt((b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0);
}

/**
 * xxhash64 hashes bytes (each element 0..255; a Uint8Array or a plain
 * array) with seed 0 and returns the unsigned 64-bit digest.
 */
export function xxhash64(b: ArrayLike<number>): bigint {
  const n = b.length;
  let i = 0;
  let h: bigint;
  if (n >= 32) {
    let v1 = add(P1, P2);
    let v2 = P2;
    let v3 = 0n;
    let v4 = (0n - P1) & MASK;
    for (; i + 32 <= n; i += 32) {
      v1 = round(v1, read64(b, i));
      v2 = round(v2, read64(b, i + 8));
      v3 = round(v3, read64(b, i + 16));
      v4 = round(v4, read64(b, i + 24));
    }
    h = add(add(rotl(v1, 1n), rotl(v2, 7n)), add(rotl(v3, 12n), rotl(v4, 18n)));
    h = mergeRound(mergeRound(mergeRound(mergeRound(h, v1), v2), v3), v4);
  } else {
    h = P5;
  }
  h = add(h, BigInt(n));
  for (; i + 8 <= n; i += 8) h = add(mul(rotl(h ^ round(0n, read64(b, i)), 27n), P1), P4);
  if (i + 4 <= n) {
    h = add(mul(rotl(h ^ mul(read32(b, i), P1), 23n), P2), P3);
    i += 4;
  }
  for (; i < n; i++) h = mul(rotl(h ^ mul(BigInt(b[i]!), P5), 11n), P1);
  h ^= h >> 33n;
  h = mul(h, P2);
  h ^= h >> 29n;
  h = mul(h, P3);
  h ^= h >> 32n;
  return h;
}
