import type { AlertState, AlertingRule, RuleGroup } from './apiTypes';

/** ALERT_STATES in the order Prometheus's Alerts page lists them: the urgent ones first. */
export const ALERT_STATES: readonly AlertState[] = ['firing', 'pending', 'inactive'];

export type StateCounts = Readonly<Record<AlertState, number>>;

/** countRuleStates counts alerting rules by their state (a rule is as bad as its worst alert). */
export function countRuleStates(rules: readonly AlertingRule[]): StateCounts {
  const counts = { inactive: 0, pending: 0, firing: 0 };
  for (const r of rules) counts[r.state]++;
  return counts;
}

/** countAlertStates counts a rule's active alerts by state, as the badges on each rule show. */
export function countAlertStates(rule: AlertingRule): StateCounts {
  const counts = { inactive: 0, pending: 0, firing: 0 };
  for (const a of rule.alerts) counts[a.state]++;
  return counts;
}

/** alertingRules keeps the alerting rules of each group, dropping groups left empty. */
export function alertingGroups(groups: readonly RuleGroup[]): { group: RuleGroup; rules: AlertingRule[] }[] {
  return groups
    .map((group) => ({ group, rules: group.rules.filter((r): r is AlertingRule => r.type === 'alerting') }))
    .filter((g) => g.rules.length > 0);
}

/**
 * filterByState keeps the rules whose state is in `shown` (all of them when
 * `shown` is empty) and whose name contains `search` (case-insensitive).
 */
export function filterRules(rules: readonly AlertingRule[], shown: ReadonlySet<AlertState>, search = ''): AlertingRule[] {
  const needle = search.trim().toLowerCase();
  return rules.filter((r) => (shown.size === 0 || shown.has(r.state)) && (needle === '' || r.name.toLowerCase().includes(needle)));
}

/** ruleAnchor is the stable id of a rule on the Rules page, so alerts can link to their rule. */
export function ruleAnchor(groupName: string, ruleIndex: number): string {
  return `rule-${slug(groupName)}-${ruleIndex}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
