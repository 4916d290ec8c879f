import type { MetricType } from '../storage/interface';
import { formatGoFloat } from './float';
import type { MetricFamily } from './types';
import { escapeHelp, formatMetadataName, formatSeries, lastLabel, sampleName } from './write-common';

/**
 * The text format's TYPE keyword per type. It has no info or stateset: their
 * samples are plain gauges there, as Prometheus treats them.
 */
const TEXT_TYPE: Readonly<Record<MetricType, string>> = {
  counter: 'counter',
  gauge: 'gauge',
  histogram: 'histogram',
  gaugehistogram: 'gaugehistogram',
  summary: 'summary',
  info: 'gauge',
  stateset: 'gauge',
  unknown: 'untyped',
};

/**
 * The suffix that the text format puts into a family's name: an OpenMetrics
 * counter `foo` exposes `foo_total`, which is the family's name in text.
 */
const NAME_SUFFIX: Partial<Record<MetricType, string>> = { counter: '_total', info: '_info' };

/**
 * writeText prints families in the text exposition format 0.0.4 as
 * client_golang does: `# HELP` (when there is help), `# TYPE`, then the
 * samples, values in Go's shortest float syntax and timestamps in integer
 * milliseconds. Units have no place in this format and are dropped.
 */
export function writeText(families: readonly MetricFamily[]): string {
  let out = '';
  for (const f of families) {
    const familyName = textFamilyName(f);
    const name = formatMetadataName(familyName);
    if (f.help !== '') out += `# HELP ${name} ${escapeHelp(f.help, false)}\n`;
    out += `# TYPE ${name} ${TEXT_TYPE[f.type]}\n`;
    for (const s of f.samples) {
      const sName = sampleName(s);
      out += `${formatSeries(sName, s.labels, lastLabel(f.type, f.name, sName))} ${formatGoFloat(s.value)}`;
      out += s.timestampMs === undefined ? '\n' : ` ${s.timestampMs}\n`;
    }
  }
  return out;
}

/** textFamilyName is the family's name, with `_total`/`_info` added when its samples carry it. */
function textFamilyName(f: MetricFamily): string {
  const suffix = NAME_SUFFIX[f.type];
  if (suffix === undefined || f.name.endsWith(suffix)) return f.name;
  const suffixed = f.name + suffix;
  return f.samples.some((s) => sampleName(s) === suffixed) ? suffixed : f.name;
}
