import { compareStrings, labelsEqual, type Labels } from '../model/labels';
import type { NameValidation, RelabelAction, RelabelConfig } from './config';
import { applyRule } from './apply';

/** LabelChange is one label a rule added, removed or rewrote. */
export interface LabelChange {
  readonly name: string;
  /** The value before the rule; undefined when the label was absent. */
  readonly before?: string;
  /** The value after the rule; undefined when the label was removed. */
  readonly after?: string;
}

/**
 * RelabelStep records what rule `index` did, for views that explain a
 * relabeling rule by rule. `after` is null and `dropped` true when the rule
 * dropped the target; `changes` lists the labels that differ (sorted by name).
 */
export interface RelabelStep {
  readonly index: number;
  readonly action: RelabelAction;
  readonly before: Labels;
  readonly after: Labels | null;
  readonly dropped: boolean;
  readonly changes: readonly LabelChange[];
  /** The source label values joined with the separator. */
  readonly value: string;
  /** For regex actions (replace, keep, drop): whether the regex matched `value`. */
  readonly matched?: boolean;
}

/** RelabelResult is the outcome of a rule list: null labels mean dropped. */
export interface RelabelResult {
  readonly labels: Labels | null;
  readonly steps: readonly RelabelStep[];
}

/**
 * relabel applies rules in order and records one step per rule that ran.
 * Processing stops at the first rule that drops the target, as in
 * Prometheus; later rules get no step. The input is not modified.
 */
export function relabel(labels: Labels, configs: readonly RelabelConfig[], scheme: NameValidation = 'utf8'): RelabelResult {
  const steps: RelabelStep[] = [];
  let current = labels;
  for (let index = 0; index < configs.length; index++) {
    const cfg = configs[index]!;
    const out = applyRule(current, cfg, scheme);
    steps.push({
      index,
      action: cfg.action,
      before: current,
      after: out.labels,
      dropped: out.labels === null,
      changes: out.labels === null ? [] : diffLabels(current, out.labels),
      value: out.value,
      ...(out.matched === undefined ? {} : { matched: out.matched }),
    });
    if (out.labels === null) return { labels: null, steps };
    current = out.labels;
  }
  return { labels: current, steps };
}

/** relabelLabels is relabel without the trace: the final labels, or null when dropped. */
export function relabelLabels(labels: Labels, configs: readonly RelabelConfig[], scheme: NameValidation = 'utf8'): Labels | null {
  let current = labels;
  for (const cfg of configs) {
    const out = applyRule(current, cfg, scheme).labels;
    if (out === null) return null;
    current = out;
  }
  return current;
}

/** diffLabels lists the labels whose value differs between two sorted label sets. */
function diffLabels(before: Labels, after: Labels): LabelChange[] {
  if (labelsEqual(before, after)) return [];
  const names = new Set<string>();
  for (const l of before) names.add(l.name);
  for (const l of after) names.add(l.name);
  const b = new Map(before.map((l) => [l.name, l.value]));
  const a = new Map(after.map((l) => [l.name, l.value]));
  const out: LabelChange[] = [];
  for (const name of [...names].sort(compareStrings)) {
    const x = b.get(name);
    const y = a.get(name);
    if (x === y) continue;
    out.push({ name, ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) });
  }
  return out;
}
