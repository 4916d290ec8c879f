import { getLabel, isLegacyLabelName, isLegacyMetricName, METRIC_NAME, type Labels } from '../model/labels';
import type { MetricType } from '../storage/interface';
import type { ParsedSample } from './types';

/** Helpers the text and OpenMetrics writers share. */

/** sampleName returns the sample's `__name__`. */
export function sampleName(s: ParsedSample): string {
  return getLabel(s.labels, METRIC_NAME);
}

/** escapeQuoted escapes a label value or quoted name: `\\`, `\n` and `"`. */
export function escapeQuoted(s: string): string {
  if (!/[\\\n"]/.test(s)) return s;
  return s.replace(/[\\\n"]/g, (ch) => (ch === '\n' ? '\\n' : '\\' + ch));
}

/** escapeHelp escapes HELP text: `\\` and `\n`, and `"` too when `quotes` (OpenMetrics). */
export function escapeHelp(s: string, quotes: boolean): string {
  const re = quotes ? /[\\\n"]/g : /[\\\n]/g;
  return s.replace(re, (ch) => (ch === '\n' ? '\\n' : '\\' + ch));
}

/** formatMetadataName prints a name in a HELP/TYPE/UNIT line, quoting it when it is not a legacy name. */
export function formatMetadataName(name: string): string {
  return isLegacyMetricName(name) ? name : `"${escapeQuoted(name)}"`;
}

/**
 * lastLabel names the label client_golang prints after the others: `le` on
 * histogram buckets, `quantile` on summary quantiles.
 */
export function lastLabel(type: MetricType, familyName: string, name: string): string | undefined {
  if ((type === 'histogram' || type === 'gaugehistogram') && name === familyName + '_bucket') return 'le';
  if (type === 'summary' && name === familyName) return 'quantile';
  return undefined;
}

/**
 * formatSeries prints a sample's name and labels as exporters do:
 * `name{a="1",b="2"}`, `name` without labels, and `{"my.metric",a="1"}`
 * when the name needs quoting. `name` replaces the sample's own `__name__`;
 * the label named `last` (if any) is printed after the others.
 */
export function formatSeries(name: string, labels: Labels, last?: string): string {
  const legacy = isLegacyMetricName(name);
  let out = legacy ? name : `{"${escapeQuoted(name)}"`;
  let sep = legacy ? '{' : ',';
  let tail = '';
  for (const l of labels) {
    if (l.name === METRIC_NAME) continue;
    const pair = `${isLegacyLabelName(l.name) ? l.name : `"${escapeQuoted(l.name)}"`}="${escapeQuoted(l.value)}"`;
    if (l.name === last) {
      tail = pair;
      continue;
    }
    out += sep + pair;
    sep = ',';
  }
  if (tail !== '') {
    out += sep + tail;
    sep = ',';
  }
  return sep === '{' ? out : out + '}';
}

/** formatLabelSet prints labels without a metric name, `{}` when empty (OpenMetrics exemplars). */
export function formatLabelSet(labels: Labels): string {
  const parts: string[] = [];
  for (const l of labels) {
    const name = isLegacyLabelName(l.name) ? l.name : `"${escapeQuoted(l.name)}"`;
    parts.push(`${name}="${escapeQuoted(l.value)}"`);
  }
  return `{${parts.join(',')}}`;
}
