import { hashString } from '../sim';

/**
 * scrapeOffsetMs spreads targets over their interval the way Prometheus
 * does: a hash of the target (its labels and URL) mixed with a seed for
 * this Prometheus (we use its external labels) picks the phase, so a
 * target's scrapes always fall on the same grid, whenever it was created,
 * and different targets rarely coincide.
 */
export function scrapeOffsetMs(targetKey: string, url: string, intervalMs: number, seed: number): number {
  const h = hashString(url, hashString(targetKey, seed));
  return (h >>> 0) % intervalMs;
}
