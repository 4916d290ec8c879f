/** ClockEntry is a cache entry with its CLOCK bit: set on every hit. */
export interface ClockEntry {
  used: boolean;
}

/**
 * clockEvict evicts by CLOCK (second chance) until `fits()` holds: it visits
 * the entries oldest first (a Map's insertion order); one used since the
 * last visit has its bit cleared and goes to the back, any other is removed
 * and handed to `drop` (which releases what it held).
 */
export function clockEvict<K, E extends ClockEntry>(entries: Map<K, E>, fits: () => boolean, drop: (key: K, entry: E) => void): void {
  while (!fits() && entries.size > 0) {
    for (const [k, e] of entries) {
      entries.delete(k);
      if (e.used) {
        e.used = false;
        entries.set(k, e);
      } else {
        drop(k, e);
        if (fits()) return;
      }
    }
  }
}
