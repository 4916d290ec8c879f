import { floatBits, STALE_HI, STALE_LO } from './float-bits';
import { FloatChunk } from './chunk';
import { decodeChunk, type DecodeTarget } from './chunk-decode';

/** DecodedSamples are parallel arrays of `length` samples in time order. */
export interface DecodedSamples extends DecodeTarget {
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
  let n = 0;
  for (const c of chunks) n = decodeChunk(c, -Infinity, Infinity, out, n);
  return { ...out, length: n };
}

const scratch = new Uint32Array(2);

/**
 * encodeSamples builds chunks of at most `chunkSize` samples from strictly
 * increasing timestamps. `keep(i)` filters samples out; stale[i] = 1 writes
 * a staleness marker. Every chunk is closed except the last, which stays
 * open for appends unless it is full.
 */
export function encodeSamples(s: DecodedSamples, chunkSize: number, keep: (i: number) => boolean = () => true): FloatChunk[] {
  const chunks: FloatChunk[] = [];
  let head: FloatChunk | undefined;
  for (let i = 0; i < s.length; i++) {
    if (!keep(i)) continue;
    const t = s.ts[i]!;
    if (s.stale[i] === 1) {
      scratch[0] = STALE_HI;
      scratch[1] = STALE_LO;
    } else {
      floatBits(s.vs[i]!, scratch);
    }
    if (head === undefined || head.count >= chunkSize || !head.append(t, scratch[0]!, scratch[1]!)) {
      head?.close();
      head = new FloatChunk(head?.prefersXor);
      head.append(t, scratch[0]!, scratch[1]!);
      chunks.push(head);
    }
  }
  if (head !== undefined && head.count >= chunkSize) head.close();
  return chunks;
}
