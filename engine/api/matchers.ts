import { compileMatcher, type CompiledMatcher } from '../model/matchers';
import type { ApiParser } from './deps';

/**
 * `match[]` parameters: each is a series selector; a set must contain at
 * least one matcher that does not match the empty string, or it would
 * select every series (Prometheus's parseMatchersParam).
 */
export function parseMatchersParam(parser: ApiParser, selectors: readonly string[]): CompiledMatcher[][] {
  const sets = selectors.map((s) => parser.parseMetricSelector(s).map(compileMatcher));
  for (const set of sets) {
    if (!set.some((m) => !m.matches(''))) throw new Error('match[] must contain at least one non-empty matcher');
  }
  return sets;
}
