/**
 * Inhibition: an alert matching a rule's target matchers is muted while some
 * firing alert matches the source matchers and has the same values for every
 * `equal` label (absent on both sides counts as equal). An alert that
 * matches both sides cannot be inhibited by another alert that also matches
 * both sides, so an alert never inhibits itself.
 */
import type { InhibitRuleConfig } from './config-types';
import { matchesLabelSet } from './matchers';
import { isResolvedAt, type Alert, type LabelSet } from './types';

/** inhibitedBy returns the fingerprint of the first alert that inhibits `labels`, or null. */
export function inhibitedBy(
  rules: readonly InhibitRuleConfig[],
  alerts: readonly Alert[],
  labels: LabelSet,
  nowMs: number,
): string | null {
  for (const rule of rules) {
    if (!matchesLabelSet(rule.targetMatchers, labels)) continue;
    const targetIsSource = matchesLabelSet(rule.sourceMatchers, labels);
    for (const a of alerts) {
      if (isResolvedAt(a, nowMs) || !matchesLabelSet(rule.sourceMatchers, a.labels)) continue;
      if (!rule.equal.every((n) => (a.labels[n] ?? '') === (labels[n] ?? ''))) continue;
      if (targetIsSource && matchesLabelSet(rule.targetMatchers, a.labels)) continue;
      return a.fingerprint;
    }
  }
  return null;
}
