import type { ArrivedAlert } from './deliveries';
import { alertName } from './deliveries';
import { codeList, plural } from './format';
import type { Destination } from './types';

/**
 * Phrases for delivery messages: where a notification went, which alerts it
 * carried, how long something took — in inline Markdown.
 */

/** destinationNoun names an inbox: "the Slack DM to `@admin`", "the e-mail to `admin@example.org`". */
export function destinationNoun(d: Destination): string {
  switch (d.kind) {
    case 'slack-dm':
      return `the Slack DM to \`${d.name}\``;
    case 'slack-channel':
      return `the Slack channel \`${d.name}\``;
    case 'email':
      return `the e-mail to \`${d.name}\``;
    case 'webhook':
      return `the webhook \`${d.name}\``;
  }
}

/** nothingReached says an inbox stayed empty: "no e-mail reached `admin@example.org`". */
export function nothingReached(d: Destination): string {
  switch (d.kind) {
    case 'slack-dm':
      return `no Slack DM reached \`${d.name}\``;
    case 'slack-channel':
      return `nothing was posted to the Slack channel \`${d.name}\``;
    case 'email':
      return `no e-mail reached \`${d.name}\``;
    case 'webhook':
      return `the webhook \`${d.name}\` was never called`;
  }
}

/** integrationFor is the config a receiver needs to reach `d`: "an `email_configs` entry with `to: admin@example.org`". */
export function integrationFor(d: Destination): string {
  switch (d.kind) {
    case 'slack-dm':
    case 'slack-channel':
      return `a \`slack_configs\` entry with \`channel: "${d.name}"\``;
    case 'email':
      return `an \`email_configs\` entry with \`to: ${d.name}\``;
    case 'webhook':
      return `a \`webhook_configs\` entry with \`url: ${d.name}\``;
  }
}

/** alertsText names alerts by alertname with counts: "`InstanceDown` (8 alerts) and `ServiceADown`". */
export function alertsText(alerts: readonly ArrivedAlert[]): string {
  const counts = new Map<string, number>();
  for (const a of alerts) counts.set(alertName(a.labels), (counts.get(alertName(a.labels)) ?? 0) + 1);
  const parts = [...counts].map(([name, n]) => (n === 1 ? `\`${name}\`` : `\`${name}\` (${plural(n, 'alert')})`));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** alertMatcher is the matcher a route needs for an alert: `alertname="ServiceADown"`. */
export function alertMatcher(a: ArrivedAlert): string {
  return `\`alertname="${alertName(a.labels)}"\``;
}

/** labelNames writes group_by label names as inline code, or "no labels". */
export function labelNames(names: readonly string[]): string {
  return names.length === 0 ? 'no labels (`group_by: []`)' : codeList(names);
}

/** duration prints ms rounded to the second as Prometheus does: `45s`, `1m30s`, `10m`. */
export function duration(ms: number): string {
  let s = Math.round(Math.abs(ms) / 1000);
  if (s === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(s / size);
    if (n > 0) parts.push(`${n}${unit}`);
    s -= n * size;
  }
  return parts.join('');
}
