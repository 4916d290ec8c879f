import type { Vector } from '../promql/values';

/**
 * QueryFunc runs an instant query at `tMs` and returns its result as a
 * vector (a scalar becomes one sample without labels), as Prometheus's
 * rules.QueryFunc does. Errors reject the promise. The rules package never
 * sees the PromQL engine itself.
 */
export type QueryFunc = (expr: string, tMs: number) => Promise<Vector>;

/** RuleHealth is a rule's health as the API reports it. */
export type RuleHealth = 'unknown' | 'ok' | 'err';

/** AlertState is an alert's state; `inactive` alerts are resolved ones kept for resending. */
export type AlertState = 'inactive' | 'pending' | 'firing';

/** NameValidation picks Prometheus 3's UTF-8 name rules or the legacy `[a-zA-Z_:][a-zA-Z0-9_:]*`. */
export type NameValidation = 'utf8' | 'legacy';

/** RuleConfig is one validated rule from a rule file. */
export interface RuleConfig {
  readonly kind: 'alert' | 'record';
  /** The alert name or the recorded metric name. */
  readonly name: string;
  readonly expr: string;
  /** `for`, ms (alerting rules only). */
  readonly forMs: number;
  /** `keep_firing_for`, ms (alerting rules only). */
  readonly keepFiringForMs: number;
  /** Rule labels, with the group's labels merged in underneath. */
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** 1-based line of the rule's first key in its file. */
  readonly line: number;
}

/** RuleGroupConfig is one validated group from a rule file. */
export interface RuleGroupConfig {
  readonly name: string;
  readonly file: string;
  /** `interval`, ms; undefined means the global evaluation_interval. */
  readonly intervalMs: number | undefined;
  /** `query_offset`, ms; undefined means the global rule_query_offset. */
  readonly queryOffsetMs: number | undefined;
  /** `limit`: 0 means no limit. */
  readonly limit: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly rules: readonly RuleConfig[];
  readonly line: number;
}

/** RuleFiles maps a file name to its YAML text. */
export type RuleFiles = Readonly<Record<string, string>>;
