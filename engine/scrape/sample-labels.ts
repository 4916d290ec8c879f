import { formatGoFloat } from '../exposition';
import { labelsFromPairs, type Labels } from '../model/labels';
import type { MetricType } from '../storage/interface';
import { relabelLabels, type RelabelConfig } from '../relabel';
import { utf8Length } from '../util/utf8';

/**
 * The labels a scraped sample is stored under: the exposed labels with
 * classic-histogram `le` and summary `quantile` values in float form, the
 * target's labels merged per `honor_labels`, then metric_relabel_configs.
 */

export interface SampleLabelOptions {
  readonly targetLabels: Labels;
  readonly honorLabels: boolean;
  readonly metricRelabelConfigs: readonly RelabelConfig[];
}

/**
 * sampleLabels returns the stored labels for one exposed sample, or null
 * when metric relabeling drops it (or leaves nothing).
 */
export function sampleLabels(exposed: Labels, familyType: MetricType, opts: SampleLabelOptions): Labels | null {
  const map = new Map<string, string>();
  for (const l of exposed) map.set(l.name, normalizeFloatLabel(familyType, l.name, l.value));
  if (opts.honorLabels) {
    // The exposed labels win; target labels fill in what is missing.
    for (const l of opts.targetLabels) if (!map.has(l.name)) map.set(l.name, l.value);
  } else {
    const conflicts: [string, string][] = [];
    for (const l of opts.targetLabels) {
      const existing = map.get(l.name);
      if (existing !== undefined && existing !== '') conflicts.push([l.name, existing]);
      map.set(l.name, l.value);
    }
    // Shorter names first, so `exported_job` is placed before `exported_exported_job` can be needed.
    conflicts.sort((a, b) => a[0].length - b[0].length);
    for (const [name, value] of conflicts) {
      let newName = name;
      for (;;) {
        newName = 'exported_' + newName;
        if ((map.get(newName) ?? '') === '') {
          map.set(newName, value);
          break;
        }
      }
    }
  }
  let labels: Labels | null = labelsFromPairs(map);
  if (opts.metricRelabelConfigs.length > 0) labels = relabelLabels(labels, opts.metricRelabelConfigs);
  return labels === null || labels.length === 0 ? null : labels;
}

/**
 * normalizeFloatLabel writes `le` of classic histograms and `quantile` of
 * summaries the way Prometheus 3's parsers do (OpenMetrics float form), so
 * `le="1"` and `le="1.0"` are one series: integers get `.0`, others keep Go's
 * shortest form (`0.25`, `1e+06`, `+Inf`). Unparsable values stay as they are.
 */
export function normalizeFloatLabel(type: MetricType, name: string, value: string): string {
  if (!((type === 'histogram' && name === 'le') || (type === 'summary' && name === 'quantile'))) return value;
  const f = parseLabelFloat(value);
  if (f === undefined) return value;
  const s = formatGoFloat(f);
  if (f !== f || f === Infinity || f === -Infinity) return s;
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

/** parseLabelFloat accepts Go's float syntax for label values (no hex, no underscores). */
function parseLabelFloat(s: string): number | undefined {
  const lower = s.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === '+inf' || lower === 'inf' || lower === '+infinity' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

export interface LabelLimits {
  readonly labelLimit: number;
  readonly labelNameLengthLimit: number;
  readonly labelValueLengthLimit: number;
}

/** checkLabelLimits returns Prometheus's error for a series over a label limit, or undefined. */
export function checkLabelLimits(labels: Labels, limits: LabelLimits): string | undefined {
  const metric = (): string => trunc(labels.find((l) => l.name === '__name__')?.value ?? '');
  if (limits.labelLimit > 0 && labels.length > limits.labelLimit) {
    return `label_limit exceeded (metric: ${metric()}, number of labels: ${labels.length}, limit: ${limits.labelLimit})`;
  }
  if (limits.labelNameLengthLimit === 0 && limits.labelValueLengthLimit === 0) return undefined;
  for (const l of labels) {
    const nameLen = utf8Length(l.name);
    if (limits.labelNameLengthLimit > 0 && nameLen > limits.labelNameLengthLimit) {
      return `label_name_length_limit exceeded (metric: ${metric()}, label name: ${trunc(l.name)}, length: ${nameLen}, limit: ${limits.labelNameLengthLimit})`;
    }
    const valueLen = utf8Length(l.value);
    if (limits.labelValueLengthLimit > 0 && valueLen > limits.labelValueLengthLimit) {
      return `label_value_length_limit exceeded (metric: ${metric()}, label name: ${trunc(l.name)}, value: ${JSON.stringify(trunc(l.value))}, length: ${valueLen}, limit: ${limits.labelValueLengthLimit})`;
    }
  }
  return undefined;
}

/** trunc mimics Go's `%.50s`: at most 50 characters. */
function trunc(s: string): string {
  return [...s].slice(0, 50).join('');
}
