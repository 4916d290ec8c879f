import type { PosRange } from './ast';
import { lineCol } from './errors';

/**
 * Annotations are warnings and infos returned beside a result, never instead
 * of it (Prometheus's util/annotations).
 */
export interface Annotation {
  readonly severity: 'warning' | 'info';
  /** The bare message, e.g. `metric might not be a counter, name does not end in ...`. */
  readonly message: string;
  readonly pos?: PosRange;
}

/** formatAnnotation renders the API text: `PromQL warning: <message> (L:C)`. */
export function formatAnnotation(a: Annotation, query: string): string {
  const prefix = a.severity === 'warning' ? 'PromQL warning: ' : 'PromQL info: ';
  if (a.pos === undefined) return prefix + a.message;
  const { line, col } = lineCol(query, a.pos.start);
  return `${prefix}${a.message} (${line}:${col})`;
}

/** Annotations collects annotations without duplicates (same severity, text and position). */
export class Annotations {
  private readonly byKey = new Map<string, Annotation>();

  add(a: Annotation): void {
    const key = `${a.severity}|${a.message}|${a.pos?.start ?? -1}`;
    if (!this.byKey.has(key)) this.byKey.set(key, a);
  }

  warn(message: string, pos?: PosRange): void {
    this.add({ severity: 'warning', message, pos });
  }

  info(message: string, pos?: PosRange): void {
    this.add({ severity: 'info', message, pos });
  }

  /**
   * upsert stores `make(previous)` under a caller-chosen key, replacing the
   * annotation stored there before: for annotations that summarise many
   * occurrences, such as Prometheus's merged histogram_quantile
   * monotonicity info.
   */
  upsert(key: string, make: (previous: Annotation | undefined) => Annotation): void {
    const k = `upsert|${key}`;
    this.byKey.set(k, make(this.byKey.get(k)));
  }

  merge(other: Annotations): void {
    for (const a of other.list()) this.add(a);
  }

  list(): Annotation[] {
    return [...this.byKey.values()];
  }
}
