import { getLabel, type Labels } from './labels';
import { translateRe2 } from './re2';

export type MatchType = '=' | '!=' | '=~' | '!~';

/** LabelMatcher selects series by one label; regexes are fully anchored as in Prometheus. */
export interface LabelMatcher {
  readonly type: MatchType;
  readonly name: string;
  readonly value: string;
}

export interface CompiledMatcher extends LabelMatcher {
  /** matches reports whether a label value ('' when absent) satisfies the matcher. */
  matches(value: string): boolean;
}

const regexCache = new Map<string, RegExp>();

/**
 * compileRegex anchors a Prometheus (RE2) regex. Prometheus 3 lets `.` match
 * newlines, hence the `s` flag. Throws SyntaxError for an invalid pattern.
 */
export function compileRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^(?:${translateRe2(pattern)})$`, 'su');
    if (regexCache.size > 10_000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

export function compileMatcher(m: LabelMatcher): CompiledMatcher {
  switch (m.type) {
    case '=':
      return { ...m, matches: (v) => v === m.value };
    case '!=':
      return { ...m, matches: (v) => v !== m.value };
    case '=~': {
      const re = compileRegex(m.value);
      return { ...m, matches: (v) => re.test(v) };
    }
    case '!~': {
      const re = compileRegex(m.value);
      return { ...m, matches: (v) => !re.test(v) };
    }
  }
}

export function matchesAll(labels: Labels, matchers: readonly CompiledMatcher[]): boolean {
  for (const m of matchers) if (!m.matches(getLabel(labels, m.name))) return false;
  return true;
}

/** matchesEmpty reports whether the matcher accepts series that lack the label. */
export function matchesEmpty(m: CompiledMatcher): boolean {
  return m.matches('');
}

export function formatMatcher(m: LabelMatcher, quoteName: (n: string) => string = (n) => n): string {
  return `${quoteName(m.name)}${m.type}${JSON.stringify(m.value)}`;
}
