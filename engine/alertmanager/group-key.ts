/**
 * How Alertmanager prints label sets in group keys and logs:
 * `{alertname="HighErrorRate", job="api"}` — sorted by name, Go-quoted values.
 */
import { goQuote } from '../model/labels';
import { sortedNames } from './fingerprint';
import type { LabelSet } from './types';

/** formatGroupLabels prints a label set as model.LabelSet.String does. */
export function formatGroupLabels(labels: LabelSet): string {
  return `{${sortedNames(labels).map((n) => `${n}=${goQuote(labels[n]!)}`).join(', ')}}`;
}

/**
 * compareLabelSets orders label sets as model.LabelSet.Before does: fewer
 * labels first, then by value over the sorted union of names, a set lacking
 * a name sorting first.
 */
export function compareLabelSets(a: LabelSet, b: LabelSet): number {
  const na = Object.keys(a).length;
  const nb = Object.keys(b).length;
  if (na !== nb) return na - nb;
  const names = sortedNames({ ...a, ...b });
  for (const n of names) {
    const x = a[n];
    const y = b[n];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
