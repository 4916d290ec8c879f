/**
 * The values notification templates see, shaped like Alertmanager's
 * template.Data so that `{{ .CommonLabels.alertname }}`,
 * `{{ .Alerts.Firing | len }}` and `{{ .Labels.SortedPairs }}` work: label
 * maps are KV with Go's methods, alert lists have Firing/Resolved, and times
 * print as Go prints time.Time.
 */
import { compareStrings } from '../model/labels';
import { sortedNames } from './fingerprint';
import type { LabelSet } from './types';

/** KV is template.KV: a label map with SortedPairs, Names, Values and Remove. */
export class KV {
  constructor(readonly map: LabelSet) {}

  get(name: string): string {
    return this.map[name] ?? '';
  }

  get size(): number {
    return Object.keys(this.map).length;
  }

  SortedPairs(): { Name: string; Value: string }[] {
    return sortedNames(this.map).map((n) => ({ Name: n, Value: this.map[n]! }));
  }

  Names(): string[] {
    return sortedNames(this.map);
  }

  Values(): string[] {
    return this.SortedPairs().map((p) => p.Value);
  }

  Remove(keys: readonly string[]): KV {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.map)) if (!keys.includes(k)) out[k] = v;
    return new KV(out);
  }

  /** goString prints like fmt's %v of a Go map: `map[a:1 b:2]`, keys sorted. */
  goString(): string {
    return `map[${this.SortedPairs().map((p) => `${p.Name}:${p.Value}`).join(' ')}]`;
  }
}

/** GoTime is a time.Time for templates; it prints like Go's Time.String in UTC. */
export class GoTime {
  constructor(readonly ms: number | null) {}

  goString(): string {
    if (this.ms === null) return '0001-01-01 00:00:00 +0000 UTC';
    const iso = new Date(this.ms).toISOString();
    const frac = iso.slice(20, 23).replace(/0+$/, '');
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac === '' ? '' : '.' + frac} +0000 UTC`;
  }

  Unix(): number {
    return Math.floor((this.ms ?? 0) / 1000);
  }

  IsZero(): boolean {
    return this.ms === null;
  }
}

export interface TemplateAlertView {
  readonly Status: 'firing' | 'resolved';
  readonly Labels: KV;
  readonly Annotations: KV;
  readonly StartsAt: GoTime;
  readonly EndsAt: GoTime;
  readonly GeneratorURL: string;
  readonly Fingerprint: string;
}

/** AlertList is template.Alerts: a list with Firing() and Resolved(). */
export class AlertList extends Array<TemplateAlertView> {
  Firing(): TemplateAlertView[] {
    return this.filter((a) => a.Status === 'firing');
  }

  Resolved(): TemplateAlertView[] {
    return this.filter((a) => a.Status === 'resolved');
  }
}

export interface TemplateView {
  readonly Receiver: string;
  readonly Status: 'firing' | 'resolved';
  readonly Alerts: AlertList;
  readonly GroupLabels: KV;
  readonly CommonLabels: KV;
  readonly CommonAnnotations: KV;
  readonly ExternalURL: string;
}

/** sortedKeys is a helper for deterministic iteration over plain records. */
export function sortedKeys(r: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(r).sort(compareStrings);
}
