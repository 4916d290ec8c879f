import { labelsToRecord, type Labels } from '../model/labels';
import { matchesAll, type CompiledMatcher } from '../model/matchers';
import type { Alert } from './alert';
import { AlertingRule } from './alerting-rule';
import type { RuleGroup } from './group';
import { formatRFC3339, GO_ZERO_TIME } from './rfc3339';
import { formatE } from './template/index';
import type { AlertState, RuleHealth } from './types';

/**
 * The data of Prometheus's `/api/v1/rules` and `/api/v1/alerts`, shaped
 * exactly as its JSON: durations in seconds, times as RFC 3339 strings,
 * alert values as Go's 'e' format (`1e+00`).
 */

export interface ApiAlert {
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly state: AlertState;
  readonly activeAt?: string;
  readonly keepFiringSince?: string;
  readonly value: string;
}

export interface ApiAlertingRule {
  readonly state: AlertState;
  readonly name: string;
  readonly query: string;
  readonly duration: number;
  readonly keepFiringFor: number;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  /** null when `exclude_alerts=true`, as Go marshals a nil slice. */
  readonly alerts: ApiAlert[] | null;
  readonly health: RuleHealth;
  readonly lastError?: string;
  readonly evaluationTime: number;
  readonly lastEvaluation: string;
  readonly type: 'alerting';
}

export interface ApiRecordingRule {
  readonly name: string;
  readonly query: string;
  readonly labels?: Record<string, string>;
  readonly health: RuleHealth;
  readonly lastError?: string;
  readonly evaluationTime: number;
  readonly lastEvaluation: string;
  readonly type: 'recording';
}

export interface ApiRuleGroup {
  readonly name: string;
  readonly file: string;
  readonly rules: (ApiAlertingRule | ApiRecordingRule)[];
  readonly interval: number;
  readonly limit: number;
  readonly evaluationTime: number;
  readonly lastEvaluation: string;
}

export interface RulesApiData {
  readonly groups: ApiRuleGroup[];
}

export interface AlertsApiData {
  readonly alerts: ApiAlert[];
}

/** RulesFilter holds the query parameters of /api/v1/rules, already validated by the HTTP layer. */
export interface RulesFilter {
  readonly type?: 'alert' | 'record';
  readonly ruleName?: readonly string[];
  readonly groupName?: readonly string[];
  readonly file?: readonly string[];
  /** match[]: a rule is kept when its labels match any one set. */
  readonly match?: readonly (readonly CompiledMatcher[])[];
  readonly excludeAlerts?: boolean;
}

const seconds = (ms: number): number => ms / 1000;
const time = (ms: number | undefined): string => (ms === undefined ? GO_ZERO_TIME : formatRFC3339(ms));

function apiAlert(a: Alert): ApiAlert {
  return {
    labels: labelsToRecord(a.labels),
    annotations: labelsToRecord(a.annotations),
    state: a.state,
    activeAt: formatRFC3339(a.activeAtMs),
    ...(a.keepFiringSinceMs !== undefined ? { keepFiringSince: formatRFC3339(a.keepFiringSinceMs) } : {}),
    value: formatE(a.value),
  };
}

/** activeAlerts lists a rule's pending and firing alerts (resolved ones are not shown), in label order. */
function activeAlerts(r: AlertingRule): Alert[] {
  return r.sortedActive().filter((a) => a.state !== 'inactive');
}

function nonEmpty(set: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return set !== undefined && set.length > 0 ? new Set(set) : undefined;
}

function matchesAny(labels: Labels, sets: readonly (readonly CompiledMatcher[])[] | undefined): boolean {
  if (sets === undefined || sets.length === 0) return true;
  return sets.some((ms) => matchesAll(labels, ms));
}

/** rulesApiData builds /api/v1/rules; groups left without rules by the filters are omitted. */
export function rulesApiData(groups: readonly RuleGroup[], f: RulesFilter): RulesApiData {
  const names = nonEmpty(f.ruleName);
  const groupNames = nonEmpty(f.groupName);
  const files = nonEmpty(f.file);
  const out: ApiRuleGroup[] = [];
  for (const g of groups) {
    if (groupNames !== undefined && !groupNames.has(g.name)) continue;
    if (files !== undefined && !files.has(g.file)) continue;
    const rules: (ApiAlertingRule | ApiRecordingRule)[] = [];
    for (const r of g.rules) {
      if (!matchesAny(r.labels, f.match)) continue;
      if (names !== undefined && !names.has(r.name)) continue;
      const common = {
        health: r.status.health,
        ...(r.status.lastError !== undefined ? { lastError: r.status.lastError } : {}),
        evaluationTime: seconds(r.status.evaluationTimeMs),
        lastEvaluation: time(r.status.lastEvaluationMs),
      };
      if (r instanceof AlertingRule) {
        if (f.type === 'record') continue;
        rules.push({
          state: r.state,
          name: r.name,
          query: r.query,
          duration: seconds(r.config.forMs),
          keepFiringFor: seconds(r.config.keepFiringForMs),
          labels: labelsToRecord(r.labels),
          annotations: labelsToRecord(r.annotations),
          alerts: f.excludeAlerts === true ? null : activeAlerts(r).map(apiAlert),
          health: common.health,
          ...(common.lastError !== undefined ? { lastError: common.lastError } : {}),
          evaluationTime: common.evaluationTime,
          lastEvaluation: common.lastEvaluation,
          type: 'alerting',
        });
      } else {
        if (f.type === 'alert') continue;
        rules.push({
          name: r.name,
          query: r.query,
          // Go omits empty labels on recording rules (omitempty).
          ...(r.labels.length > 0 ? { labels: labelsToRecord(r.labels) } : {}),
          ...common,
          type: 'recording',
        });
      }
    }
    if (rules.length === 0) continue;
    out.push({
      name: g.name,
      file: g.file,
      rules,
      interval: seconds(g.intervalMs),
      limit: g.config.limit,
      evaluationTime: seconds(g.evaluationTimeMs),
      lastEvaluation: time(g.lastEvaluationMs),
    });
  }
  return { groups: out };
}

/** alertsApiData builds /api/v1/alerts: every pending and firing alert of every alerting rule. */
export function alertsApiData(groups: readonly RuleGroup[]): AlertsApiData {
  const alerts: ApiAlert[] = [];
  for (const g of groups) for (const r of g.rules) if (r instanceof AlertingRule) alerts.push(...activeAlerts(r).map(apiAlert));
  return { alerts };
}
