/**
 * Label-set printing and ordering as Alertmanager does them: group keys
 * print `{alertname="HighErrorRate", job="api"}`; groups sort by label set;
 * alerts in notifications and API groups sort by job, then instance.
 */
import { goQuote } from '../model/labels';
import { sortedNames } from './fingerprint';
import type { Alert, LabelSet } from './types';

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

/** sortAlerts orders alerts as Alertmanager does in notifications: by job, then instance, then all labels. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts.sort((a, b) => {
    for (const key of ['job', 'instance']) {
      const x = a.labels[key];
      const y = b.labels[key];
      if (x === undefined && y === undefined) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      if (x !== y) return x < y ? -1 : 1;
    }
    return compareLabelSets(a.labels, b.labels);
  });
}
