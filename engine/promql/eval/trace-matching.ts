import type { BinaryExpr, VectorMatching } from '../ast';
import type { Labels } from '../../model/labels';
import type { MatchingConflict } from '../errors';
import { matchingLabelsOf } from './signature';

/**
 * matchingConflict describes a matching failure for MatchingError: the
 * colliding series, their match group, a partner from the other side and
 * the label names whose values tell the colliding series apart. It runs
 * only when the query is already failing.
 */
export function matchingConflict(
  e: BinaryExpr,
  m: VectorMatching,
  side: 'left' | 'right',
  series: readonly Labels[],
  partner: Labels | undefined,
): MatchingConflict {
  return {
    pos: e.pos,
    matching: m,
    side,
    group: series[0] !== undefined ? matchingLabelsOf(series[0], m) : [],
    series,
    ...(partner !== undefined ? { partner } : {}),
    differing: differingNames(series),
  };
}

/** differingNames lists, sorted, the label names not carried with the same value by every series. */
function differingNames(series: readonly Labels[]): string[] {
  const values = new Map<string, Set<string>>();
  for (const s of series) {
    for (const l of s) {
      let set = values.get(l.name);
      if (set === undefined) values.set(l.name, (set = new Set()));
      set.add(l.value);
    }
  }
  const out: string[] = [];
  for (const [name, set] of values) {
    const everywhere = series.every((s) => s.some((l) => l.name === name));
    if (set.size > 1 || !everywhere) out.push(name);
  }
  return out.sort();
}
