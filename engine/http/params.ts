import { parseQueryString } from '../api/form';

/**
 * QueryParams is the part of URLSearchParams the routes use, built on the
 * API's Go-compatible query parser: the engine's tsconfig has no DOM lib,
 * and the same code runs in Node and in the browser's worker.
 */
export class QueryParams implements Iterable<[string, string]> {
  private readonly pairs: [string, string][] = [];

  /** parse reads `a=1&b=2`; malformed pairs are skipped (these routes have no use for Go's error). */
  static parse(raw: string): QueryParams {
    const out = new QueryParams();
    for (const [k, list] of parseQueryString(raw).values.entries()) for (const v of list) out.append(k, v);
    return out;
  }

  append(name: string, value: string): void {
    this.pairs.push([name, value]);
  }

  /** get returns the first value, or null when the name is absent (as URLSearchParams does). */
  get(name: string): string | null {
    for (const [k, v] of this.pairs) if (k === name) return v;
    return null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.pairs[Symbol.iterator]();
  }
}
