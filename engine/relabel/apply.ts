import { getLabel, withLabel, type Labels } from '../model/labels';
import { DEFAULT_RELABEL_CONFIG, isValidLabelName, type NameValidation, type RelabelConfig } from './config';
import { goToLower, goToUpper } from './case';
import { expandTemplate } from '../util/regexp-expand';
import { hashMod } from './hashmod';
import { relabelRegex } from './regex';

/**
 * RuleOutcome is what one rule did: the labels afterwards (null when the
 * rule dropped the target), the joined source value it looked at, and for
 * regex-driven actions whether the regex matched it.
 */
export interface RuleOutcome {
  readonly labels: Labels | null;
  readonly value: string;
  readonly matched?: boolean;
}

/**
 * applyRule runs one relabel rule over a label set, with Prometheus's
 * semantics (`model/relabel.relabel`). `labels` is not modified. The
 * validation scheme only matters for a templated `target_label`, whose
 * expansion must be a valid name or the rule does nothing.
 */
export function applyRule(labels: Labels, cfg: RelabelConfig, scheme: NameValidation = 'utf8'): RuleOutcome {
  const value = cfg.sourceLabels.map((n) => getLabel(labels, n)).join(cfg.separator);
  switch (cfg.action) {
    case 'drop': {
      const matched = relabelRegex(cfg.regex).test(value);
      return { labels: matched ? null : labels, value, matched };
    }
    case 'keep': {
      const matched = relabelRegex(cfg.regex).test(value);
      return { labels: matched ? labels : null, value, matched };
    }
    case 'dropequal':
      return { labels: getLabel(labels, cfg.targetLabel) === value ? null : labels, value };
    case 'keepequal':
      return { labels: getLabel(labels, cfg.targetLabel) === value ? labels : null, value };
    case 'replace':
      return replace(labels, cfg, value, scheme);
    case 'lowercase':
      return { labels: withLabel(labels, cfg.targetLabel, goToLower(value)), value };
    case 'uppercase':
      return { labels: withLabel(labels, cfg.targetLabel, goToUpper(value)), value };
    case 'hashmod':
      return { labels: withLabel(labels, cfg.targetLabel, hashMod(value, cfg.modulus)), value };
    case 'labelmap':
      return { labels: labelMap(labels, cfg), value };
    case 'labeldrop': {
      const re = relabelRegex(cfg.regex);
      return { labels: labels.filter((l) => !re.test(l.name)), value };
    }
    case 'labelkeep': {
      const re = relabelRegex(cfg.regex);
      return { labels: labels.filter((l) => re.test(l.name)), value };
    }
  }
}

function replace(labels: Labels, cfg: RelabelConfig, value: string, scheme: NameValidation): RuleOutcome {
  // Prometheus's shortcut: an empty input with the default regex and no
  // templates sets the target to the literal replacement (deleting it if '').
  if (value === '' && cfg.regex === DEFAULT_RELABEL_CONFIG.regex && !cfg.targetLabel.includes('$') && !cfg.replacement.includes('$')) {
    return { labels: withLabel(labels, cfg.targetLabel, cfg.replacement), value, matched: true };
  }
  const match = relabelRegex(cfg.regex).exec(value);
  if (match === null) return { labels, value, matched: false };
  const target = expandTemplate(cfg.targetLabel, match);
  // An expansion that is not a label name makes the rule a no-op, as upstream.
  if (!isValidLabelName(target, scheme)) return { labels, value, matched: true };
  return { labels: withLabel(labels, target, expandTemplate(cfg.replacement, match)), value, matched: true };
}

/**
 * labelMap copies every label whose name matches to the expanded name. All
 * names are matched against the label set as it was before the rule, so a
 * copy never feeds a later match in the same rule.
 */
function labelMap(labels: Labels, cfg: RelabelConfig): Labels {
  const re = relabelRegex(cfg.regex);
  let out = labels;
  for (const l of labels) {
    const match = re.exec(l.name);
    if (match === null) continue;
    const name = expandTemplate(cfg.replacement, match);
    // Upstream would set a label with an empty name; a label set cannot hold one.
    if (name !== '') out = withLabel(out, name, l.value);
  }
  return out;
}
