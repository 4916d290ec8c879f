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

/** Group is a series' group under one grouping: its labels and their identity string. */
interface Group {
  readonly labels: Labels;
  readonly key: string;
}

/**
 * groupsOf caches each label set's group per grouping (`by (le)`,
 * `without (pod)`, …). Label sets are immutable and shared from query to
 * query (the series' own, or their name-dropped copies), and a dashboard
 * aggregates the same series the same way at every refresh.
 */
const groupsOf = new WeakMap<Labels, Map<string, Group>>();

function groupOf(labels: Labels, spec: string, names: ReadonlySet<string>, without: boolean): Group {
  let bySpec = groupsOf.get(labels);
  if (bySpec === undefined) {
    bySpec = new Map();
    groupsOf.set(labels, bySpec);
  }
  let g = bySpec.get(spec);
  if (g === undefined) {
    const gl = groupingLabels(labels, names, without);
    g = { labels: gl, key: labelsKey(gl) };
    bySpec.set(spec, g);
  }
  return g;
}

/** groupSeries assigns every input series to its group, groups numbered in order of first appearance. */
export function groupSeries(series: readonly SeriesCol[], grouping: readonly string[], without: boolean): Groups {
  const names = new Set(grouping);
  // Label names cannot contain a comma: the spec names the grouping unambiguously.
  const spec = `${without ? 'without' : 'by'}(${grouping.join(',')})`;
  const ofSeries = new Int32Array(series.length);
  const labels: Labels[] = [];
  const byKey = new Map<string, number>();
  for (let i = 0; i < series.length; i++) {
    const g = groupOf(series[i]!.labels, spec, names, without);
    let gi = byKey.get(g.key);
    if (gi === undefined) {
      gi = labels.length;
      byKey.set(g.key, gi);
      labels.push(g.labels);
    }
    ofSeries[i] = gi;
  }
  return { ofSeries, labels };
}
