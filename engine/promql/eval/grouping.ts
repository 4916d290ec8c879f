import { labelsKey, METRIC_NAME, type Labels } from '../../model/labels';
import type { SeriesCol } from './value';

/** Groups maps each input series to its aggregation group. */
export interface Groups {
  /** Group index per input series. */
  readonly ofSeries: Int32Array;
  /** Output labels per group, in order of first appearance. */
  readonly labels: Labels[];
}

/**
 * groupingLabels returns the labels that identify a series' group: the `by`
 * labels, or everything but the `without` labels and the metric name.
 */
export function groupingLabels(labels: Labels, grouping: ReadonlySet<string>, without: boolean): Labels {
  if (without) return labels.filter((l) => l.name !== METRIC_NAME && !grouping.has(l.name));
  if (grouping.size === 0) return [];
  return labels.filter((l) => grouping.has(l.name));
}

/** groupSeries assigns every input series to its group, groups numbered in order of first appearance. */
export function groupSeries(series: readonly SeriesCol[], grouping: readonly string[], without: boolean): Groups {
  const names = new Set(grouping);
  const ofSeries = new Int32Array(series.length);
  const labels: Labels[] = [];
  const byKey = new Map<string, number>();
  for (let i = 0; i < series.length; i++) {
    const gl = groupingLabels(series[i]!.labels, names, without);
    const key = labelsKey(gl);
    let gi = byKey.get(key);
    if (gi === undefined) {
      gi = labels.length;
      byKey.set(key, gi);
      labels.push(gl);
    }
    ofSeries[i] = gi;
  }
  return { ofSeries, labels };
}
