/**
 * The relabel rule as Prometheus configures it (`relabel_config`,
 * `metric_relabel_configs`, alert relabeling). Field names follow
 * Prometheus's JSON form (`sourceLabels`, `targetLabel`), which is how the
 * config API prints them; YAML spells them `source_labels`, `target_label`.
 */

/** RelabelAction is every action Prometheus 3 knows. */
export type RelabelAction =
  | 'replace'
  | 'keep'
  | 'drop'
  | 'keepequal'
  | 'dropequal'
  | 'hashmod'
  | 'labelmap'
  | 'labeldrop'
  | 'labelkeep'
  | 'lowercase'
  | 'uppercase';

export const RELABEL_ACTIONS: readonly RelabelAction[] = [
  'replace',
  'keep',
  'drop',
  'keepequal',
  'dropequal',
  'hashmod',
  'labelmap',
  'labeldrop',
  'labelkeep',
  'lowercase',
  'uppercase',
];

/**
 * RelabelConfig is one validated rule. `regex` is the pattern as written;
 * it is always applied fully anchored (`^(?s:regex)$`), as Prometheus does.
 * `modulus` is only meaningful for `hashmod` (0 elsewhere).
 */
export interface RelabelConfig {
  readonly sourceLabels: readonly string[];
  readonly separator: string;
  readonly targetLabel: string;
  readonly regex: string;
  readonly modulus: number;
  readonly replacement: string;
  readonly action: RelabelAction;
}

/** DEFAULT_RELABEL_CONFIG holds Prometheus's defaults for omitted fields. */
export const DEFAULT_RELABEL_CONFIG: RelabelConfig = Object.freeze({
  sourceLabels: Object.freeze([]) as readonly string[],
  separator: ';',
  targetLabel: '',
  regex: '(.*)',
  modulus: 0,
  replacement: '$1',
  action: 'replace',
});

/**
 * NameValidation says which label names count as valid: Prometheus 3's
 * default `utf8` (any non-empty string) or the `legacy` `[a-zA-Z_][a-zA-Z0-9_]*`.
 */
export type NameValidation = 'utf8' | 'legacy';

/** isValidLabelName checks a label name under a validation scheme. */
export function isValidLabelName(name: string, scheme: NameValidation): boolean {
  if (scheme === 'legacy') return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name);
  return name.length > 0 && isWellFormed(name);
}

/** isWellFormed reports whether a string has no lone surrogates (i.e. is valid UTF-8 once encoded). */
function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
