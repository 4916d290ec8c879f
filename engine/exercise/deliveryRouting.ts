import { buildRoute, loadConfig, matchRoutes, type AlertmanagerConfig, type ReceiverConfig, type Route } from '../alertmanager/index';
import type { CompiledMatcher } from '../model/matchers';
import type { Destination } from './types';

type LabelSet = Readonly<Record<string, string>>;

/**
 * A learner's alertmanager.yml read statically, to explain a delivery
 * difference by its cause: which route an alert takes, which receiver that
 * names, and which inboxes the receiver reaches.
 */
export interface Routing {
  readonly config: AlertmanagerConfig;
  readonly root: Route;
}

/** RoutedTo is one route an alert matches and the receiver it names. */
export interface RoutedTo {
  readonly route: Route;
  readonly receiver: ReceiverConfig | undefined;
}

/** routingOf reads alertmanager.yml text (already accepted by the world it came from). */
export function routingOf(yml: string): Routing {
  const config = loadConfig(yml);
  return { config, root: buildRoute(config.route) };
}

/** routesFor lists the routes an alert with `labels` goes to, as the dispatcher picks them. */
export function routesFor(r: Routing, labels: LabelSet): RoutedTo[] {
  return matchRoutes(r.root, labels).map((route) => ({ route, receiver: r.config.receivers.find((x) => x.name === route.opts.receiver) }));
}

/** reaches reports whether a receiver has an integration that delivers to `d`. */
export function reaches(receiver: ReceiverConfig | undefined, d: Destination): boolean {
  if (!receiver) return false;
  switch (d.kind) {
    case 'slack-dm':
    case 'slack-channel':
      return receiver.slackConfigs.some((c) => (c.channel === '' ? '(webhook default channel)' : c.channel) === d.name);
    case 'email':
      return receiver.emailConfigs.some((c) => c.to === d.name);
    case 'webhook':
      return receiver.webhookConfigs.some((c) => c.url === d.name);
  }
}

/** receiverReaching finds a receiver of the file that reaches `d`, if any. */
export function receiverReaching(r: Routing, d: Destination): ReceiverConfig | undefined {
  return r.config.receivers.find((x) => reaches(x, d));
}

/** receiverText names a receiver with what it reaches: "`admin` (a Slack DM to `@admin` only)". */
export function receiverText(receiver: ReceiverConfig | undefined, name: string): string {
  if (!receiver) return `\`${name}\``;
  const parts = [
    ...receiver.slackConfigs.map((c) => (c.channel.startsWith('@') ? `a Slack DM to \`${c.channel}\`` : `Slack \`${c.channel || 'the webhook default channel'}\``)),
    ...receiver.emailConfigs.map((c) => `an e-mail to \`${c.to}\``),
    ...receiver.webhookConfigs.map((c) => `the webhook \`${c.url}\``),
  ];
  if (parts.length === 0) return `\`${name}\` (which has no integrations)`;
  return `\`${name}\` (${parts.length === 1 ? `${parts[0]} only` : parts.join(', ')})`;
}

/** routeText names a route by its matchers: "your route `severity="critical"`", or the root route. */
export function routeText(route: Route): string {
  if (route.matchers.length === 0) return route.id === '0' ? 'the root route' : 'a route without matchers';
  return `your route \`${matchersText(route.matchers)}\``;
}

/** inhibitRuleMuting finds an inhibit rule whose targets include an alert with `labels`, named by its target matchers. */
export function inhibitRuleMuting(r: Routing, labels: LabelSet): string | undefined {
  const rule = r.config.inhibitRules.find((i) => i.targetMatchers.every((m) => m.matches(labels[m.name] ?? '')));
  return rule ? `\`${matchersText(rule.targetMatchers)}\`` : undefined;
}

function matchersText(ms: readonly CompiledMatcher[]): string {
  return ms.map((m) => `${m.name}${m.type}"${m.value}"`).join(', ');
}
