/**
 * Recording and alerting rules as Prometheus runs them: rule files
 * (load.ts, rule-yaml.ts), alert templates (template/), evaluation
 * (recording-rule.ts, alerting-rule.ts, group.ts), scheduling on the
 * virtual clock and reloads (manager.ts), notification payloads
 * (notify.ts), the alert timeline (timeline.ts) and the rules/alerts API
 * data (api.ts).
 *
 * Wiring, in the system composer:
 *
 *   const rules = createRuleManager({
 *     clock,                                        // the world's VirtualClock
 *     query: queryFuncFrom((q, t) => engine.instantQuery(head, q, t)),
 *     appender: head.appender(),
 *     notify: (alerts, sentAtMs) => alertmanager.post(alerts, sentAtMs),
 *     evaluationIntervalMs: 60_000,                 // global.evaluation_interval
 *     externalLabels, externalURL,
 *   });
 *   rules.update({ 'rules.yml': text });            // throws RuleFileError, keeps old rules
 *   clock.advance(ms); await rules.idle();          // evaluations finish asynchronously
 */
export { createRuleManager } from './manager';
export type { RuleClock, RuleManager, RuleManagerOptions } from './manager';
export { loadRuleFiles } from './load';
export type { LoadOptions } from './load';
export { RuleFileError, formatIssue } from './errors';
export type { RuleFileIssue } from './errors';
export type { AlertForSend, NotifyFunc } from './notify';
export { queryFuncFrom } from './query-func';
export { rulesApiData, alertsApiData } from './api';
export type { AlertsApiData, ApiAlert, ApiAlertingRule, ApiRecordingRule, ApiRuleGroup, RulesApiData, RulesFilter } from './api';
export { Timeline } from './timeline';
export type { TimelineEvent } from './timeline';
export { RuleGroup } from './group';
export type { Rule } from './group';
export { AlertingRule, ALERT_METRIC, ALERT_FOR_STATE_METRIC } from './alerting-rule';
export { RecordingRule } from './recording-rule';
export type { Alert } from './alert';
export { checkAlertTemplate, expandAlertTemplate } from './template/index';
export type { AlertTemplateData } from './template/index';
export type { AlertState, NameValidation, QueryFunc, RuleConfig, RuleGroupConfig, RuleFiles, RuleHealth } from './types';
