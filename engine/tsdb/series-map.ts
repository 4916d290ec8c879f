import { labelsEqual, type Labels } from '../model/labels';

/** SeriesMapEntry is what a SeriesMap stores: anything with labels and their hash. */
export interface SeriesMapEntry {
  readonly labels: Labels;
  readonly hash: number;
}

/**
 * SeriesMap finds series by label set. It hashes the labels to a 32-bit
 * number instead of building a string key, so a lookup allocates nothing;
 * the rare hash collisions are told apart with labelsEqual.
 */
export class SeriesMap<S extends SeriesMapEntry> {
  private readonly byHash = new Map<number, S | S[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(labels: Labels, hash = hashLabels(labels)): S | undefined {
    const e = this.byHash.get(hash);
    if (e === undefined) return undefined;
    if (!Array.isArray(e)) return labelsEqual(e.labels, labels) ? e : undefined;
    for (const s of e) if (labelsEqual(s.labels, labels)) return s;
    return undefined;
  }

  /** add stores a series whose label set is not in the map yet. */
  add(s: S): void {
    const e = this.byHash.get(s.hash);
    if (e === undefined) this.byHash.set(s.hash, s);
    else if (Array.isArray(e)) e.push(s);
    else this.byHash.set(s.hash, [e, s]);
    this.count++;
  }

  delete(s: S): void {
    const e = this.byHash.get(s.hash);
    if (e === s) {
      this.byHash.delete(s.hash);
    } else if (Array.isArray(e)) {
      const rest = e.filter((x) => x !== s);
      if (rest.length === e.length) return;
      this.byHash.set(s.hash, rest.length === 1 ? rest[0]! : rest);
    } else {
      return;
    }
    this.count--;
  }
}

/** hashLabels is FNV-1a over the names and values, with separators that keep `a=bc` and `ab=c` apart. */
export function hashLabels(labels: Labels): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const { name, value } = l;
    for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
    for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 0xfffe, 0x01000193);
  }
  return h >>> 0;
}
