import { goQuote } from '../model/labels';
import {
  DEFAULT_RELABEL_CONFIG,
  RELABEL_ACTIONS,
  isValidLabelName,
  type NameValidation,
  type RelabelAction,
  type RelabelConfig,
} from './config';
import { RelabelConfigError } from './errors';
import { regexError } from './regex';

const FIELDS = ['source_labels', 'separator', 'regex', 'modulus', 'target_label', 'replacement', 'action'] as const;

/**
 * parseRelabelConfigs validates a list of relabel rules as read from YAML
 * (snake_case keys: `source_labels`, `target_label`, ...) and fills in
 * Prometheus's defaults. `path` names the list in error messages, e.g.
 * `scrape_configs[0].relabel_configs`. `null`/`undefined` is an empty list.
 * Throws RelabelConfigError on the first invalid rule, with Prometheus's
 * wording for the reason.
 */
export function parseRelabelConfigs(raw: unknown, path: string, scheme: NameValidation = 'utf8'): RelabelConfig[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw new RelabelConfigError(path, `cannot unmarshal ${describe(raw)} into []*relabel.Config`);
  return raw.map((item, i) => parseRelabelConfig(item, `${path}[${i}]`, scheme));
}

/** parseRelabelConfig validates one rule; see parseRelabelConfigs. */
export function parseRelabelConfig(raw: unknown, path: string, scheme: NameValidation = 'utf8'): RelabelConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RelabelConfigError(path, `cannot unmarshal ${describe(raw)} into relabel.Config`);
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw new RelabelConfigError(path, `field ${key} not found in type relabel.plain`);
  }
  // YAML null resets a field to Go's zero value; an absent key keeps the default.
  const pick = <T>(key: string, fallback: T, zero: T, read: (v: unknown, at: string) => T): T =>
    obj[key] === undefined ? fallback : obj[key] === null ? zero : read(obj[key], `${path}.${key}`);
  const d = DEFAULT_RELABEL_CONFIG;
  const sourceLabels = pick<readonly string[]>('source_labels', d.sourceLabels, d.sourceLabels, stringList);
  for (const name of sourceLabels) {
    if (!isValidLabelName(name, scheme)) throw new RelabelConfigError(`${path}.source_labels`, `${goQuote(name)} is not a valid label name`);
  }
  // A null regex becomes the empty pattern, which matches only the empty string.
  const regex = pick('regex', d.regex, '', scalar);
  const bad = regexError(regex);
  if (bad !== undefined) throw new RelabelConfigError(`${path}.regex`, bad);
  const cfg: RelabelConfig = {
    sourceLabels,
    separator: pick('separator', d.separator, '', scalar),
    targetLabel: pick('target_label', d.targetLabel, '', scalar),
    regex,
    modulus: pick('modulus', d.modulus, 0, modulus),
    replacement: pick('replacement', d.replacement, '', scalar),
    action: pick<RelabelAction | ''>('action', d.action, '', action) || emptyAction(`${path}.action`),
  };
  const problem = validateRelabelConfig(cfg, { sourceLabels: obj['source_labels'] !== undefined, regex: obj['regex'] !== undefined }, scheme);
  if (problem !== undefined) throw new RelabelConfigError(problem.field === undefined ? path : `${path}.${problem.field}`, problem.reason);
  return cfg;
}

/** Which optional fields were written out; Prometheus rejects some even when set to their default. */
interface Explicit {
  readonly sourceLabels: boolean;
  readonly regex: boolean;
}

/** Problem is why a rule is rejected, and the field to blame when there is one. */
interface Problem {
  readonly field?: 'modulus' | 'target_label' | 'replacement';
  readonly reason: string;
}

/**
 * validateRelabelConfig returns Prometheus's reason for rejecting a rule, or
 * undefined. The checks run in upstream's order so the same rule produces
 * the same first complaint.
 */
function validateRelabelConfig(c: RelabelConfig, explicit: Explicit, scheme: NameValidation): Problem | undefined {
  const a = c.action;
  const d = DEFAULT_RELABEL_CONFIG;
  const needsTarget = a === 'replace' || a === 'hashmod' || a === 'lowercase' || a === 'uppercase' || a === 'keepequal' || a === 'dropequal';
  const caseOrEqual = a === 'lowercase' || a === 'uppercase' || a === 'keepequal' || a === 'dropequal';
  const templated = c.targetLabel.includes('$');
  if (a === 'hashmod' && c.modulus === 0) return { field: 'modulus', reason: 'relabel configuration for hashmod requires non-zero modulus' };
  if (needsTarget && c.targetLabel === '') return { field: 'target_label', reason: `relabel configuration for ${a} action requires 'target_label' value` };
  if (a === 'replace' && !templated && !isValidLabelName(c.targetLabel, scheme)) return { field: 'target_label', reason: invalidTarget(c) };
  if (a === 'replace' && templated && !isValidTemplatedName(c.targetLabel, scheme)) return { field: 'target_label', reason: invalidTarget(c) };
  if (caseOrEqual && !isValidLabelName(c.targetLabel, scheme)) return { field: 'target_label', reason: invalidTarget(c) };
  if (caseOrEqual && c.replacement !== d.replacement) return { field: 'replacement', reason: `'replacement' can not be set for ${a} action` };
  if (a === 'labelmap' && !isValidTemplatedName(c.replacement, scheme)) return { field: 'replacement', reason: `${goQuote(c.replacement)} is invalid 'replacement' for ${a} action` };
  if (a === 'hashmod' && !isValidLabelName(c.targetLabel, scheme)) return { field: 'target_label', reason: invalidTarget(c) };
  if ((a === 'keepequal' || a === 'dropequal') && (explicit.regex || c.modulus !== d.modulus || c.separator !== d.separator)) {
    return { reason: `${a} action requires only 'source_labels' and \`target_label\`, and no other fields` };
  }
  if (
    (a === 'labeldrop' || a === 'labelkeep') &&
    (explicit.sourceLabels || c.targetLabel !== d.targetLabel || c.modulus !== d.modulus || c.separator !== d.separator || c.replacement !== d.replacement)
  ) {
    return { reason: `${a} action requires only 'regex', and no other fields` };
  }
  return undefined;
}

function invalidTarget(c: RelabelConfig): string {
  return `${goQuote(c.targetLabel)} is invalid 'target_label' for ${c.action} action`;
}

/** Under legacy names a template must still look like a name made of letters and `$vars`. */
function isValidTemplatedName(s: string, scheme: NameValidation): boolean {
  if (scheme === 'utf8') return isValidLabelName(s, scheme);
  return /^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$/.test(s);
}

function emptyAction(path: string): never {
  throw new RelabelConfigError(path, 'relabel action cannot be empty');
}

function action(v: unknown, path: string): RelabelAction {
  const s = scalar(v, path);
  const lower = s.toLowerCase();
  if (s === '') emptyAction(path);
  const found = RELABEL_ACTIONS.find((x) => x === lower);
  if (found === undefined) throw new RelabelConfigError(path, `unknown relabel action ${goQuote(s)}`);
  return found;
}

function modulus(v: unknown, path: string): number {
  const n = typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RelabelConfigError(path, `cannot unmarshal ${describe(v)} into uint64`);
  }
  return n;
}

/** scalar accepts what YAML would decode into a Go string: any scalar, printed as written. */
function scalar(v: unknown, path: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new RelabelConfigError(path, `cannot unmarshal ${describe(v)} into string`);
}

function stringList(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) throw new RelabelConfigError(path, `cannot unmarshal ${describe(v)} into model.LabelNames`);
  return v.map((x, i) => scalar(x, `${path}[${i}]`));
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return '!!seq';
  if (v === null || v === undefined) return '!!null';
  if (typeof v === 'object') return '!!map';
  if (typeof v === 'number') return Number.isInteger(v) ? `!!int \`${v}\`` : `!!float \`${v}\``;
  if (typeof v === 'boolean') return `!!bool \`${v}\``;
  return `!!str \`${String(v)}\``;
}
