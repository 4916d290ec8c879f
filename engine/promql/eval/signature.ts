import type { VectorMatching } from '../ast';
import { goQuote, isLegacyLabelName, METRIC_NAME, type Labels } from '../../model/labels';

/**
 * Matching signatures for vector matching: the labels two samples must agree
 * on. `on(l...)` compares just those labels; `ignoring(l...)` (and no clause)
 * compares all labels except those and `__name__`.
 */
export function matchingLabelsOf(labels: Labels, m: VectorMatching): Labels {
  if (m.on) {
    const names = new Set(m.labels);
    return labels.filter((l) => names.has(l.name));
  }
  const names = new Set(m.labels);
  return labels.filter((l) => l.name !== METRIC_NAME && !names.has(l.name));
}

/** signatureOf returns a string key identifying a series' match group. */
function signatureOf(labels: Labels, m: VectorMatching): string {
  let s = '';
  for (const l of matchingLabelsOf(labels, m)) s += l.name + '\xff' + l.value + '\xfe';
  return s;
}

/**
 * SignatureTable assigns small integer ordinals to signatures so that the
 * per-step matching loops index arrays instead of hashing strings.
 */
export class SignatureTable {
  private readonly ords = new Map<string, number>();

  ordinal(labels: Labels, m: VectorMatching): number {
    const sig = signatureOf(labels, m);
    let o = this.ords.get(sig);
    if (o === undefined) {
      o = this.ords.size;
      this.ords.set(sig, o);
    }
    return o;
  }

  get size(): number {
    return this.ords.size;
  }
}

/** labelsString prints a label set like Go's labels.String(): `{__name__="a", b="c"}`. */
export function labelsString(labels: Labels): string {
  const parts = labels.map((l) => `${isLegacyLabelName(l.name) ? l.name : goQuote(l.name)}=${goQuote(l.value)}`);
  return `{${parts.join(', ')}}`;
}
