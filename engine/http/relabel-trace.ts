import { labelsToRecord, compareLabels } from '../model/labels';
import type { RelabelConfig, RelabelStep } from '../relabel/index';
import type { ScrapePool } from '../scrape/index';

/**
 * The relabel trace of the scrape pools, for views that explain service
 * discovery rule by rule: per pool its `relabel_configs` (YAML field names)
 * and per discovered target what every rule did. Prometheus has no such
 * endpoint; the playground's engine records the steps anyway.
 */

/** RelabelRuleJson is one rule as prometheus.yml spells it. */
export interface RelabelRuleJson {
  readonly source_labels: readonly string[];
  readonly separator: string;
  readonly target_label: string;
  readonly regex: string;
  readonly modulus: number;
  readonly replacement: string;
  readonly action: string;
}

/** RelabelStepJson is what rule `index` did to one target; `changes` lists the labels it set, rewrote or removed. */
export interface RelabelStepJson {
  readonly index: number;
  readonly action: string;
  readonly value: string;
  readonly matched?: boolean;
  readonly dropped: boolean;
  readonly changes: readonly { readonly name: string; readonly before?: string; readonly after?: string }[];
}

export interface TracedTargetJson {
  readonly state: 'active' | 'dropped';
  readonly discoveredLabels: Record<string, string>;
  /** Labels after relabeling (`__address__` and friends included); null for dropped targets. */
  readonly labels: Record<string, string> | null;
  /** Why a kept target could not be built (`no address`). */
  readonly error?: string;
  readonly steps: readonly RelabelStepJson[];
}

export interface PoolTraceJson {
  readonly scrapePool: string;
  readonly rules: readonly RelabelRuleJson[];
  /** Active targets in label order, then dropped ones in discovery order. */
  readonly targets: readonly TracedTargetJson[];
}

function ruleJson(r: RelabelConfig): RelabelRuleJson {
  return { source_labels: r.sourceLabels, separator: r.separator, target_label: r.targetLabel, regex: r.regex, modulus: r.modulus, replacement: r.replacement, action: r.action };
}

function stepJson(s: RelabelStep): RelabelStepJson {
  return { index: s.index, action: s.action, value: s.value, ...(s.matched === undefined ? {} : { matched: s.matched }), dropped: s.dropped, changes: s.changes };
}

/** poolTrace lists one pool's rules and every discovered target's steps. */
export function poolTrace(pool: ScrapePool): PoolTraceJson {
  const active = [...pool.active.values()].sort((a, b) => compareLabels(a.labels, b.labels));
  return {
    scrapePool: pool.job,
    rules: pool.config.relabelConfigs.map(ruleJson),
    targets: [
      ...active.map((t): TracedTargetJson => ({ state: 'active', discoveredLabels: labelsToRecord(t.discovered), labels: labelsToRecord(t.labels), steps: t.steps.map(stepJson) })),
      ...pool.dropped.map((d): TracedTargetJson => ({ state: 'dropped', discoveredLabels: labelsToRecord(d.discovered), labels: null, ...(d.error === undefined ? {} : { error: d.error }), steps: d.steps.map(stepJson) })),
    ],
  };
}
