/** The relabel trace (/api/sim/relabel) as the service-discovery page reads it, and how it is described. */

export interface RelabelRule {
  readonly source_labels: readonly string[];
  readonly separator: string;
  readonly target_label: string;
  readonly regex: string;
  readonly modulus: number;
  readonly replacement: string;
  readonly action: string;
}

export interface LabelChange {
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
}

export interface RelabelStep {
  readonly index: number;
  readonly action: string;
  /** The source labels' values joined with the separator. */
  readonly value: string;
  readonly matched?: boolean;
  readonly dropped: boolean;
  readonly changes: readonly LabelChange[];
}

export interface TracedTarget {
  readonly state: 'active' | 'dropped';
  readonly discoveredLabels: Record<string, string>;
  readonly labels: Record<string, string> | null;
  readonly error?: string;
  readonly steps: readonly RelabelStep[];
}

export interface PoolTrace {
  readonly scrapePool: string;
  readonly rules: readonly RelabelRule[];
  readonly targets: readonly TracedTarget[];
}

/** publicLabels drops the labels that start with `__` (they never reach the stored series). */
export function publicLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !k.startsWith('__')));
}

/** ruleYaml prints a rule in prometheus.yml's flow style, leaving out fields at their defaults. */
export function ruleYaml(r: RelabelRule): string {
  const parts = [`action: ${r.action}`];
  if (r.source_labels.length > 0) parts.push(`source_labels: [${r.source_labels.join(', ')}]`);
  if (r.separator !== ';') parts.push(`separator: ${JSON.stringify(r.separator)}`);
  if (r.regex !== '(.*)') parts.push(`regex: ${JSON.stringify(r.regex)}`);
  if (r.modulus !== 0) parts.push(`modulus: ${r.modulus}`);
  if (r.target_label !== '') parts.push(`target_label: ${r.target_label}`);
  if (r.replacement !== '$1') parts.push(`replacement: ${JSON.stringify(r.replacement)}`);
  return `{${parts.join(', ')}}`;
}

/** stepOutcome says in words what a rule did to one target. */
export function stepOutcome(s: RelabelStep): string {
  if (s.dropped) {
    if (s.action === 'keep') return `value ${JSON.stringify(s.value)} did not match the regex: target dropped`;
    if (s.action === 'drop') return `value ${JSON.stringify(s.value)} matched the regex: target dropped`;
    return 'target dropped';
  }
  if (s.action === 'keep') return `value ${JSON.stringify(s.value)} matched: kept`;
  if (s.action === 'drop') return `value ${JSON.stringify(s.value)} did not match: kept`;
  if (s.matched === false) return `value ${JSON.stringify(s.value)} did not match the regex: no change`;
  if (s.changes.length === 0) return 'no change';
  const n = s.changes.length;
  return `${n} label${n === 1 ? '' : 's'} changed`;
}

/** changeText prints one change as `+ name="v"`, `- name="v"` or `~ name: "a" → "b"`. */
export function changeText(c: LabelChange): string {
  if (c.before === undefined) return `+ ${c.name}=${JSON.stringify(c.after ?? '')}`;
  if (c.after === undefined) return `- ${c.name}=${JSON.stringify(c.before)}`;
  return `~ ${c.name}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`;
}

/** targetTitle names a discovered target: its address, and pod or node name when discovery gave one. */
export function targetTitle(t: TracedTarget): string {
  const d = t.discoveredLabels;
  const name = d.__meta_kubernetes_pod_name ?? d.__meta_kubernetes_node_name;
  const address = d.__address__ ?? '(no address)';
  return name ? `${address} (${name})` : address;
}
