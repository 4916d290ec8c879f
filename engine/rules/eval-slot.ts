import { wtf8Bytes } from '../util/utf8';
import { xxhash64 } from '../util/xxhash64';

/**
 * Where in its interval a group evaluates. Prometheus offsets each group
 * by the hash of its labels {file, name} modulo the interval, so groups
 * with the same interval do not all run at once, and aligns evaluations
 * to `base + offset` slots so they land on the same instants across
 * restarts. All values are ms.
 */

/** groupOffsetMs is the group's offset within its interval: hash(file, name) mod interval, in whole ms. */
export function groupOffsetMs(file: string, name: string, intervalMs: number): number {
  // labels.Hash of {file="…", name="…"}: name, 0xff, value, 0xff for each label in name order.
  const bytes = [...wtf8Bytes('file'), 0xff, ...wtf8Bytes(file), 0xff, ...wtf8Bytes('name'), 0xff, ...wtf8Bytes(name), 0xff];
  const intervalNs = BigInt(intervalMs) * 1_000_000n;
  return Number((xxhash64(bytes) % intervalNs) / 1_000_000n);
}

/** evalSlotMs is the latest evaluation slot at or before `nowMs` (Prometheus's EvalTimestamp). */
export function evalSlotMs(nowMs: number, offsetMs: number, intervalMs: number): number {
  const adj = nowMs - offsetMs;
  const base = adj - (((adj % intervalMs) + intervalMs) % intervalMs);
  return base + offsetMs;
}
