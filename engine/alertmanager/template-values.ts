/**
 * The values notification templates see, shaped like Alertmanager's
 * template.Data so that `{{ .CommonLabels.alertname }}`,
 * `{{ .Alerts.Firing | len }}` and `{{ .Labels.SortedPairs }}` work: label
 * maps are KV with Go's methods, alert lists have Firing/Resolved, and times
 * print as Go prints time.Time.
 */
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

  SortedPairs(): Pairs {
    const out = new Pairs();
    for (const n of sortedNames(this.map)) out.push({ Name: n, Value: this.map[n]! });
    return out;
  }

  Names(): string[] {
    return sortedNames(this.map);
  }

  Values(): string[] {
    return this.SortedPairs().Values();
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

/** Pairs is template.Pairs: sorted name/value pairs with Names() and Values(). */
export class Pairs extends Array<{ Name: string; Value: string }> {
  Names(): string[] {
    return this.map((p) => p.Name);
  }

  Values(): string[] {
    return this.map((p) => p.Value);
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** GoTime is a time.Time for templates; it prints like Go's Time.String in UTC. */
export class GoTime {
  constructor(readonly ms: number | null) {}

  goString(): string {
    if (this.ms === null) return '0001-01-01 00:00:00 +0000 UTC';
    const iso = new Date(this.ms).toISOString();
    const frac = iso.slice(20, 23).replace(/0+$/, '');
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac === '' ? '' : '.' + frac} +0000 UTC`;
  }

  /** Format renders Go layout tokens (2006 01 02 15 04 05 .000 Jan Mon MST Z07:00) in UTC. */
  Format(layout: string): string {
    const d = new Date(this.ms ?? Date.UTC(1, 0, 1));
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    const tokens: [string, () => string][] = [
      ['2006', () => pad(d.getUTCFullYear(), 4)], ['Z07:00', () => 'Z'], ['-0700', () => '+0000'], ['MST', () => 'UTC'],
      ['January', () => MONTH_NAMES[d.getUTCMonth()]!], ['Jan', () => MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)],
      ['Monday', () => DAY_NAMES[d.getUTCDay()]!], ['Mon', () => DAY_NAMES[d.getUTCDay()]!.slice(0, 3)],
      ['.000', () => '.' + pad(d.getUTCMilliseconds(), 3)], ['01', () => pad(d.getUTCMonth() + 1)], ['02', () => pad(d.getUTCDate())],
      ['15', () => pad(d.getUTCHours())], ['04', () => pad(d.getUTCMinutes())], ['05', () => pad(d.getUTCSeconds())],
      ['06', () => pad(d.getUTCFullYear() % 100)],
    ];
    let out = '';
    for (let i = 0; i < layout.length; ) {
      const hit = tokens.find(([t]) => layout.startsWith(t, i));
      if (hit === undefined) {
        out += layout[i];
        i++;
      } else {
        out += hit[1]();
        i += hit[0].length;
      }
    }
    return out;
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
