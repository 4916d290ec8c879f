import { md5 } from './md5';

/**
 * hashMod is Prometheus's `hashmod` value: the MD5 of the joined source
 * values, its last 8 bytes read as a big-endian uint64, modulo `modulus`.
 * Returned as the decimal string Prometheus writes into the target label.
 * `modulus` must be a positive integer (config validation ensures it).
 */
export function hashMod(value: string, modulus: number): string {
  const digest = md5(value);
  let n = 0n;
  for (let i = 8; i < 16; i++) n = (n << 8n) | BigInt(digest[i]!);
  return (n % BigInt(modulus)).toString();
}
