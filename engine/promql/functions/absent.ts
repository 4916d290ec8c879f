import type { Expr } from '../ast';
import { METRIC_NAME, labelsFromPairs, type Labels } from '../../model/labels';
import type { LabelMatcher } from '../../model/matchers';
import type { Vector } from '../values';
import { vectorArg } from './output';
import type { VectorFunction } from './types';

/**
 * absent(v) returns nothing when v has samples, and otherwise one sample of
 * value 1 whose labels come from the equality matchers of v's selector, so
 * that an alert on `absent(up{job="x"})` says which job is missing.
 */

/**
 * absentLabels collects the `name="value"` matchers of a selector (the name
 * matcher excluded). A label matched more than once, or also by another
 * matcher type after its equality matcher, is left out: the series it would
 * describe is ambiguous. absent_over_time (in the evaluator) needs the same rule.
 */
export function absentLabels(matchers: readonly LabelMatcher[]): Labels {
  const chosen = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of matchers) {
    if (m.name === METRIC_NAME) continue;
    if (m.type === '=' && !seen.has(m.name)) {
      chosen.set(m.name, m.value);
      seen.add(m.name);
    } else {
      chosen.delete(m.name);
    }
  }
  return labelsFromPairs(chosen);
}

/** selectorMatchers returns the matchers of a (possibly parenthesised) selector argument, [] otherwise. */
function selectorMatchers(expr: Expr | undefined): readonly LabelMatcher[] {
  let e = expr;
  // Prometheus strips superfluous parentheses around function arguments.
  while (e !== undefined && (e.kind === 'ParenExpr' || e.kind === 'StepInvariantExpr')) e = e.expr;
  if (e?.kind === 'VectorSelector') return e.matchers;
  if (e?.kind === 'MatrixSelector') return e.selector.matchers;
  return [];
}

const absent: VectorFunction = {
  kind: 'vector',
  apply(args, ctx): Vector {
    if (vectorArg(args, 0).length > 0) return [];
    return [{ labels: absentLabels(selectorMatchers(ctx.call.args[0])), t: ctx.tMs, v: 1 }];
  },
};

export const ABSENT_FUNCTIONS = { absent } as const;
