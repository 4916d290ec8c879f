import { FloatChunk } from './chunk';
import { decodeChunk, type DecodeTarget } from './chunk-decode';
import { DETACHED, type StageTable } from './stage-table';
import { decodeStartTimes } from './start-times';

/**
 * DecodedSamples are parallel arrays of `length` samples in time order;
 * `sts` holds start timestamps (ms, 0 = unknown) when any sample has one.
 */
export interface DecodedSamples extends DecodeTarget {
  readonly sts?: Float64Array;
  readonly length: number;
}

/** firstChunkEndingAtOrAfter binary-searches a time-ordered chunk list for the first chunk with maxT >= t. */
export function firstChunkEndingAtOrAfter(chunks: readonly FloatChunk[], t: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid]!.maxT < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** decodeAll decodes every sample of the chunks into fresh arrays. */
export function decodeAll(chunks: readonly FloatChunk[]): DecodedSamples {
  let total = 0;
  for (const c of chunks) total += c.count;
  const out = { ts: new Float64Array(total), vs: new Float64Array(total), stale: new Uint8Array(total) };
  const sts = chunks.some((c) => c.startTimes !== undefined) ? new Float64Array(total) : undefined;
  let n = 0;
  for (const c of chunks) {
    const from = n;
    n = decodeChunk(c, -Infinity, Infinity, out, n);
    if (sts !== undefined && c.startTimes !== undefined) decodeStartTimes(c.startTimes, out.ts.subarray(from, n), sts, from);
  }
  return { ...out, ...(sts !== undefined ? { sts } : {}), length: n };
}

/** PRICE_EVERY: one chunk in this many prices the coding it does not use (see encodeChunk). */
export const PRICE_EVERY = 8;

/**
 * encodeSamples builds chunks of at most `chunkSize` samples from strictly
 * increasing timestamps. `keep(i)` filters samples out; stale[i] = 1 writes
 * a staleness marker. Every chunk is closed except the last, which stays
 * open for appends (staged in `table`) unless it is full.
 */
export function encodeSamples(
  s: DecodedSamples,
  chunkSize: number,
  table: StageTable = DETACHED,
  keep: (i: number) => boolean = () => true,
): FloatChunk[] {
  const chunks: FloatChunk[] = [];
  let head: FloatChunk | undefined;
  for (let i = 0; i < s.length; i++) {
    if (!keep(i)) continue;
    const t = s.ts[i]!;
    const v = s.vs[i]!;
    const stale = s.stale[i] === 1;
    const st = s.sts?.[i] ?? 0;
    if (head === undefined || head.count >= chunkSize || !head.append(t, v, stale, st)) {
      head?.close();
      head = new FloatChunk(head?.prefersXor, table, chunks.length % PRICE_EVERY === 0);
      head.append(t, v, stale, st);
      chunks.push(head);
    }
  }
  if (head !== undefined && head.count >= chunkSize) head.close();
  return chunks;
}
