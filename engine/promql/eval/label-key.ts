import { labelsKey, type Labels } from '../../model/labels';

/**
 * keyOf returns the identity string of a label set, cached per label-set
 * object: label sets are immutable and usually shared across steps, so
 * matching and output merging compute each signature once.
 */
const cache = new WeakMap<Labels, string>();

export function keyOf(labels: Labels): string {
  let k = cache.get(labels);
  if (k === undefined) {
    k = labelsKey(labels);
    cache.set(labels, k);
  }
  return k;
}
