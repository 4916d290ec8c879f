import type { CompiledMatcher } from '../model/matchers';
import { EMPTY_POSTINGS, intersect, subtract, union, type Postings, type PostingsIndex } from './postings';

/**
 * selectPostings resolves matchers to the ascending ids of the series that
 * satisfy all of them.
 *
 * A matcher that rejects the empty string (`a="x"`, `a=~"x|y"`, `a!=""`)
 * requires the label: its postings are intersected. A matcher that accepts
 * the empty string (`a=""`, `a!="x"`, `a!~"x"`, `a=~"x|"`) also keeps series
 * lacking the label, so it is applied by subtracting the series whose value
 * it rejects. With no requiring matcher we start from all series.
 */
export function selectPostings(index: PostingsIndex, matchers: readonly CompiledMatcher[]): Postings {
  const required: Postings[] = [];
  const excluded: Postings[] = [];
  for (const m of matchers) {
    if (m.matches('')) {
      if (isMatchAll(m)) continue;
      excluded.push(postingsWhere(index, m, false));
    } else {
      const p = postingsWhere(index, m, true);
      if (p.length === 0) return EMPTY_POSTINGS;
      required.push(p);
    }
  }
  let result: Postings;
  if (required.length === 0) {
    result = index.allPostings();
  } else {
    required.sort((a, b) => a.length - b.length);
    result = required[0]!;
    for (let i = 1; i < required.length && result.length > 0; i++) result = intersect(result, required[i]!);
  }
  for (const e of excluded) {
    if (result.length === 0) break;
    result = subtract(result, e);
  }
  return result;
}

/**
 * postingsWhere returns the series whose (present) value of the matcher's
 * label satisfies `m.matches(value) === want`.
 */
function postingsWhere(index: PostingsIndex, m: CompiledMatcher, want: boolean): Postings {
  const positive = m.type === '=' || m.type === '=~';
  // Literal fast paths: `=` / `!=` and regexes that are plain alternations.
  const literals = m.type === '=' || m.type === '!=' ? [m.value] : literalAlternatives(m.value);
  if (literals !== undefined) {
    // For a positive matcher the literals are the accepted values, for a negative one the rejected ones.
    if (positive === want) return union(literals.map((v) => index.get(m.name, v)));
    const values = index.valuesOf(m.name);
    if (values === undefined) return EMPTY_POSTINGS;
    const set = new Set(literals);
    const lists: Postings[] = [];
    for (const [v, p] of values) if (!set.has(v)) lists.push(p);
    return union(lists);
  }
  const values = index.valuesOf(m.name);
  if (values === undefined) return EMPTY_POSTINGS;
  if (m.value === '.+' || m.value === '.*') {
    // Every present value is non-empty, so both match all of them.
    return positive === want ? union([...values.values()]) : EMPTY_POSTINGS;
  }
  const lists: Postings[] = [];
  for (const [v, p] of values) if (m.matches(v) === want) lists.push(p);
  return union(lists);
}

/** isMatchAll reports matchers that every series satisfies, present label or not: `=~".*"`. */
function isMatchAll(m: CompiledMatcher): boolean {
  return m.type === '=~' && m.value === '.*';
}

const REGEX_META = /[\\.+*?()[\]{}^$]/;

/**
 * literalAlternatives returns the alternatives of a regex that is a plain
 * `a|b|c` of non-empty literals, or undefined for anything else.
 */
export function literalAlternatives(pattern: string): string[] | undefined {
  if (REGEX_META.test(pattern)) return undefined;
  const parts = pattern.split('|');
  for (const p of parts) if (p === '') return undefined;
  return parts;
}
