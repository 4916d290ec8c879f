import type { MetricType } from '../storage/interface';
import { formatOpenMetricsFloat } from './float';
import type { MetricFamily, ParsedSample } from './types';
import { escapeHelp, formatLabelSet, formatMetadataName, formatSeries, lastLabel, sampleName } from './write-common';

/** The one suffix every sample of these types carries; the family name goes without it. */
const REQUIRED_SUFFIX: Partial<Record<MetricType, string>> = { counter: '_total', info: '_info' };

/**
 * writeOpenMetrics prints families in OpenMetrics 1.0 as client_golang does:
 * `# HELP`, `# TYPE`, `# UNIT` (when set), samples with exemplars, and a
 * final `# EOF`. Floats that look like integers get `.0`; timestamps are
 * float seconds. Families named the text-format way (`foo_total` for a
 * counter) are renamed `foo`, and a counter sample named just `foo` is
 * printed as `foo_total`, so either naming produces valid output.
 */
export function writeOpenMetrics(families: readonly MetricFamily[]): string {
  let out = '';
  for (const f of families) {
    const suffix = REQUIRED_SUFFIX[f.type];
    const familyName = suffix !== undefined && f.name.endsWith(suffix) ? f.name.slice(0, -suffix.length) : f.name;
    const name = formatMetadataName(familyName);
    if (f.help !== '') out += `# HELP ${name} ${escapeHelp(f.help, true)}\n`;
    out += `# TYPE ${name} ${f.type}\n`;
    if (f.unit !== '') out += `# UNIT ${name} ${f.unit}\n`;
    for (const s of f.samples) {
      let sName = sampleName(s);
      if (suffix !== undefined && sName === familyName) sName += suffix;
      out += formatSample(sName, s, lastLabel(f.type, familyName, sName));
    }
  }
  return out + '# EOF\n';
}

function formatSample(name: string, s: ParsedSample, last: string | undefined): string {
  let line = `${formatSeries(name, s.labels, last)} ${formatOpenMetricsFloat(s.value)}`;
  if (s.timestampMs !== undefined) line += ` ${formatOpenMetricsFloat(s.timestampMs / 1000)}`;
  const e = s.exemplar;
  if (e !== undefined) {
    line += ` # ${formatLabelSet(e.labels)} ${formatOpenMetricsFloat(e.value)}`;
    if (e.timestampMs !== undefined) line += ` ${formatOpenMetricsFloat(e.timestampMs / 1000)}`;
  }
  return line + '\n';
}
