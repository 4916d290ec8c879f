/**
 * Version-4 UUIDs drawn from a seeded stream, so silence ids are the same on
 * every run with the same seed.
 */

/** RandomSource is the part of the simulation's Random that UUIDs need. */
export interface RandomSource {
  /** int returns an integer in [0, n). */
  int(n: number): number;
}

/** uuidV4 returns a random (RFC 4122 version 4, variant 1) UUID. */
export function uuidV4(random: RandomSource): string {
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) bytes.push(random.int(256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
