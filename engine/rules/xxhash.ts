/**
 * xxHash64 (seed 0), the hash behind Prometheus's labels.Hash. The rule
 * manager uses it, as Prometheus does, to spread groups' evaluation slots
 * deterministically across their interval.
 */

const M = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & M;
const mul = (a: bigint, b: bigint): bigint => (a * b) & M;
const add = (a: bigint, b: bigint): bigint => (a + b) & M;

function round(acc: bigint, lane: bigint): bigint {
  return mul(rotl(add(acc, mul(lane, P2)), 31n), P1);
}

function u64(b: readonly number[], i: number): bigint {
  let v = 0n;
  for (let k = 7; k >= 0; k--) v = (v << 8n) | BigInt(b[i + k]!);
  return v;
}

function u32(b: readonly number[], i: number): bigint {
  return BigInt(b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + BigInt(b[i + 3]!) * 16777216n;
}

/** xxhash64 hashes bytes; the result is an unsigned 64-bit bigint. */
export function xxhash64(b: readonly number[]): bigint {
  const n = b.length;
  let i = 0;
  let h: bigint;
  if (n >= 32) {
    let v1 = add(P1, P2);
    let v2 = P2;
    let v3 = 0n;
    let v4 = (M + 1n - P1) & M;
    for (; i + 32 <= n; i += 32) {
      v1 = round(v1, u64(b, i));
      v2 = round(v2, u64(b, i + 8));
      v3 = round(v3, u64(b, i + 16));
      v4 = round(v4, u64(b, i + 24));
    }
    h = add(add(rotl(v1, 1n), rotl(v2, 7n)), add(rotl(v3, 12n), rotl(v4, 18n)));
    for (const v of [v1, v2, v3, v4]) h = add(mul(h ^ round(0n, v), P1), P4);
  } else {
    h = P5;
  }
  h = add(h, BigInt(n));
  for (; i + 8 <= n; i += 8) h = add(mul(rotl(h ^ round(0n, u64(b, i)), 27n), P1), P4);
  if (i + 4 <= n) {
    h = add(mul(rotl(h ^ mul(u32(b, i), P1), 23n), P2), P3);
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
