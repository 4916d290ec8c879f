import { parseExpr } from '../promql/parser/index';
import { isLegacyLabelName, isLegacyMetricName } from '../model/labels';
import { parseDuration } from '../util/duration';
import { RuleFileError, type RuleFileIssue } from './errors';
import { decodeRuleFile, type Pos, type RawRule, type RawValue } from './rule-yaml';
import { checkAlertTemplate } from './template/index';
import type { NameValidation, RuleConfig, RuleFiles, RuleGroupConfig } from './types';

/**
 * Loading rule files: decode the YAML, then validate as Prometheus's
 * rulefmt does, with its error texts. Every issue is collected; any issue
 * fails the whole load, so a manager can keep its previous rules.
 */

export interface LoadOptions {
  /** Name rules for record names and label names; Prometheus 3 defaults to UTF-8. */
  readonly nameValidation?: NameValidation;
}

/** loadRuleFiles parses and validates rule files; it throws RuleFileError listing every problem. */
export function loadRuleFiles(files: RuleFiles, opts: LoadOptions = {}): { groups: RuleGroupConfig[] } {
  const scheme = opts.nameValidation ?? 'utf8';
  const issues: RuleFileIssue[] = [];
  const groups: RuleGroupConfig[] = [];
  for (const file of Object.keys(files).sort()) {
    const r = loadOne(file, files[file] ?? '', scheme);
    issues.push(...r.issues);
    groups.push(...r.groups);
  }
  if (issues.length > 0) throw new RuleFileError(issues);
  return { groups };
}

function validMetricName(name: string, scheme: NameValidation): boolean {
  return scheme === 'legacy' ? isLegacyMetricName(name) : name.length > 0;
}

function validLabelName(name: string, scheme: NameValidation): boolean {
  return scheme === 'legacy' ? isLegacyLabelName(name) : name.length > 0;
}

const at = (p: Pos): string => `${p.line}:${p.column}`;

function loadOne(file: string, text: string, scheme: NameValidation): { groups: RuleGroupConfig[]; issues: RuleFileIssue[] } {
  const decoded = decodeRuleFile(text);
  if (decoded.syntax !== undefined) return { groups: [], issues: [{ file, line: decoded.syntax.line, message: decoded.syntax.message }] };
  const issues: RuleFileIssue[] = [];
  // Decoder errors come first and stop validation, as in rulefmt.Parse.
  const durationIssue = (v: RawValue | undefined): number | undefined => {
    if (v === undefined) return undefined;
    try {
      return parseDuration(v.value);
    } catch (e) {
      issues.push({ file, line: v.pos.line, column: v.pos.column, message: (e as Error).message });
      return undefined;
    }
  };
  if (decoded.unmarshal.length > 0) {
    const lines = decoded.unmarshal.map((u) => `\n  line ${u.line}: ${u.message}`).join('');
    return { groups: [], issues: [{ file, line: decoded.unmarshal[0]!.line, message: `yaml: unmarshal errors:${lines}` }] };
  }
  // Bad durations and limits are decoding errors in Prometheus too: they stop the load before validation.
  for (const g of decoded.groups) {
    durationIssue(g.interval);
    durationIssue(g.queryOffset);
    for (const r of g.rules) {
      durationIssue(r.for);
      durationIssue(r.keepFiringFor);
    }
  }
  if (issues.length > 0) return { groups: [], issues };
  const seen = new Set<string>();
  const groups: RuleGroupConfig[] = [];
  for (const g of decoded.groups) {
    const name = g.name?.value ?? '';
    if (name === '') issues.push({ file, line: g.pos.line, column: g.pos.column, message: `${at(g.pos)}: Groupname must not be empty` });
    if (seen.has(name)) issues.push({ file, line: g.pos.line, column: g.pos.column, group: name, message: `${at(g.pos)}: groupname: "${name}" is repeated in the same file` });
    seen.add(name);
    const intervalMs = durationIssue(g.interval);
    const queryOffsetMs = durationIssue(g.queryOffset);
    let limit = 0;
    if (g.limit !== undefined) {
      if (/^[+-]?\d+$/.test(g.limit.value)) limit = Number(g.limit.value);
      else issues.push({ file, line: g.limit.pos.line, message: `yaml: unmarshal errors:\n  line ${g.limit.pos.line}: cannot unmarshal !!str \`${g.limit.value}\` into int` });
    }
    for (const [k] of sortPairs(g.labels)) {
      if (!validLabelName(k.value, scheme) || k.value === '__name__') issues.push({ file, line: k.pos.line, group: name, message: `invalid label name: ${k.value}` });
    }
    const groupLabels = Object.fromEntries(g.labels.map(([k, v]) => [k.value, v.value]));
    const rules: RuleConfig[] = [];
    g.rules.forEach((r, i) => {
      const ruleName = r.alert?.value || r.record?.value || '';
      const ctx = { file, group: name, rule: i + 1, ruleName };
      for (const e of validateRule(r, scheme)) {
        issues.push({ ...ctx, line: e.pos?.line ?? r.pos.line, column: e.pos?.column, message: `${e.prefix}group ${JSON.stringify(name)}, rule ${i + 1}, ${JSON.stringify(ruleName)}: ${e.message}` });
      }
      const forMs = durationIssue(r.for) ?? 0;
      const keepFiringForMs = durationIssue(r.keepFiringFor) ?? 0;
      rules.push({
        kind: r.alert !== undefined && r.alert.value !== '' ? 'alert' : 'record',
        name: ruleName,
        expr: r.expr?.value ?? '',
        forMs,
        keepFiringForMs,
        // Rule labels win over the group's labels.
        labels: { ...groupLabels, ...Object.fromEntries(r.labels.map(([k, v]) => [k.value, v.value])) },
        annotations: Object.fromEntries(r.annotations.map(([k, v]) => [k.value, v.value])),
        line: r.pos.line,
      });
    });
    groups.push({ name, file, intervalMs, queryOffsetMs, limit, labels: groupLabels, rules, line: g.pos.line });
  }
  return { groups, issues };
}

/** Go iterates maps in random order; we report label problems sorted by name to stay deterministic. */
function sortPairs(pairs: readonly (readonly [RawValue, RawValue])[]): (readonly [RawValue, RawValue])[] {
  return [...pairs].sort((a, b) => (a[0].value < b[0].value ? -1 : a[0].value > b[0].value ? 1 : 0));
}

interface RuleIssue {
  /** The `L:C: ` (or `L:C: L:C: `) prefix Prometheus prints before the group. */
  readonly prefix: string;
  readonly pos?: Pos;
  readonly message: string;
}

/** validateRule checks one rule as rulefmt's Rule.Validate does, in its order. */
function validateRule(r: RawRule, scheme: NameValidation): RuleIssue[] {
  const out: RuleIssue[] = [];
  const record = r.record?.value ?? '';
  const alert = r.alert?.value ?? '';
  const recPos = r.record?.pos ?? { line: 0, column: 0 };
  const alertPos = r.alert?.pos ?? { line: 0, column: 0 };
  const node = (p: Pos, message: string): RuleIssue => ({ prefix: `${at(p)}: `, pos: p, message });
  if (record !== '' && alert !== '') out.push({ prefix: `${at(recPos)}: ${at(alertPos)}: `, pos: recPos, message: "only one of 'record' and 'alert' must be set" });
  if (record === '' && alert === '') out.push({ prefix: `${at(recPos)}: ${at(alertPos)}: `, pos: r.pos, message: "one of 'record' or 'alert' must be set" });
  const exprPos = r.expr?.pos ?? { line: 0, column: 0 };
  if ((r.expr?.value ?? '') === '') out.push(node(exprPos, "field 'expr' must be set in rule"));
  else {
    try {
      parseExpr(r.expr!.value);
    } catch (e) {
      out.push(node(exprPos, `could not parse expression: ${(e as Error).message}`));
    }
  }
  if (record !== '') {
    if (r.annotations.length > 0) out.push(node(recPos, "invalid field 'annotations' in recording rule"));
    if (r.for !== undefined && r.for.value !== '0' && r.for.value !== '0s') out.push(node(recPos, "invalid field 'for' in recording rule"));
    if (r.keepFiringFor !== undefined && r.keepFiringFor.value !== '0' && r.keepFiringFor.value !== '0s') out.push(node(recPos, "invalid field 'keep_firing_for' in recording rule"));
    if (!validMetricName(record, scheme)) out.push(node(recPos, `invalid recording rule name: ${record}`));
    if (record.includes('{') || record.includes('}')) out.push(node(recPos, `braces present in the recording rule name; should it be in expr?: ${record}`));
  }
  // Label and annotation problems carry no position in Prometheus's text; we still keep the line.
  for (const [k] of sortPairs(r.labels)) {
    if (!validLabelName(k.value, scheme) || k.value === '__name__') out.push({ prefix: '', pos: k.pos, message: `invalid label name: ${k.value}` });
  }
  for (const [k] of sortPairs(r.annotations)) {
    if (!validLabelName(k.value, scheme)) out.push({ prefix: '', pos: k.pos, message: `invalid annotation name: ${k.value}` });
  }
  if (alert !== '') {
    for (const [k, v] of sortPairs(r.labels)) {
      const err = checkAlertTemplate(v.value, alert);
      if (err !== undefined) out.push({ prefix: '', pos: v.pos, message: `label ${JSON.stringify(k.value)}: ${err}` });
    }
    for (const [k, v] of sortPairs(r.annotations)) {
      const err = checkAlertTemplate(v.value, alert);
      if (err !== undefined) out.push({ prefix: '', pos: v.pos, message: `annotation ${JSON.stringify(k.value)}: ${err}` });
    }
  }
  return out;
}

