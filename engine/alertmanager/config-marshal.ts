/**
 * marshalConfig prints the loaded configuration the way /api/v2/status shows
 * `config.original`: Alertmanager re-marshals its parsed config, so defaults
 * appear filled in, secrets read `<secret>`, and keys come in its field order.
 */
import { stringify } from 'yaml';
import type { AlertmanagerConfig, InhibitRuleConfig, ReceiverConfig, RouteConfig } from './config-types';
import { matcherString } from './matchers';
import { formatDuration } from '../util/duration';

export function marshalConfig(cfg: AlertmanagerConfig): string {
  const g = cfg.global;
  const global: Record<string, unknown> = {
    resolve_timeout: formatDuration(g.resolveTimeoutMs),
    http_config: { follow_redirects: true, enable_http2: true },
  };
  if (g.smtpFrom !== '') global['smtp_from'] = g.smtpFrom;
  global['smtp_hello'] = g.smtpHello;
  if (g.smtpSmarthost !== '') global['smtp_smarthost'] = g.smtpSmarthost;
  global['smtp_require_tls'] = g.smtpRequireTls;
  if (g.slackApiUrl !== '') global['slack_api_url'] = '<secret>';
  Object.assign(global, {
    pagerduty_url: 'https://events.pagerduty.com/v2/enqueue',
    opsgenie_api_url: 'https://api.opsgenie.com/',
    wechat_api_url: 'https://qyapi.weixin.qq.com/cgi-bin/',
    victorops_api_url: 'https://alert.victorops.com/integrations/generic/20131114/alert/',
    telegram_api_url: 'https://api.telegram.org',
    webex_api_url: 'https://webexapis.com/v1/messages',
  });
  const out: Record<string, unknown> = { global, route: route(cfg.route) };
  if (cfg.inhibitRules.length > 0) out['inhibit_rules'] = cfg.inhibitRules.map(inhibit);
  out['receivers'] = cfg.receivers.map(receiver);
  out['templates'] = [...cfg.templates];
  if (cfg.timeIntervals.size > 0) out['time_intervals'] = [...cfg.timeIntervals.keys()].map((name) => ({ name }));
  return stringify(out, { indent: 2, indentSeq: false, lineWidth: 0 });
}

function route(r: RouteConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.receiver !== undefined) out['receiver'] = r.receiver;
  if (r.groupBy !== undefined) out['group_by'] = [...r.groupBy];
  if (r.matchers.length > 0) out['matchers'] = r.matchers.map(matcherString);
  out['continue'] = r.continue;
  if (r.routes.length > 0) out['routes'] = r.routes.map(route);
  if (r.groupWaitMs !== undefined) out['group_wait'] = formatDuration(r.groupWaitMs);
  if (r.groupIntervalMs !== undefined) out['group_interval'] = formatDuration(r.groupIntervalMs);
  if (r.repeatIntervalMs !== undefined) out['repeat_interval'] = formatDuration(r.repeatIntervalMs);
  if (r.muteTimeIntervals.length > 0) out['mute_time_intervals'] = [...r.muteTimeIntervals];
  if (r.activeTimeIntervals.length > 0) out['active_time_intervals'] = [...r.activeTimeIntervals];
  return out;
}

function inhibit(r: InhibitRuleConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.sourceMatchers.length > 0) out['source_matchers'] = r.sourceMatchers.map(matcherString);
  if (r.targetMatchers.length > 0) out['target_matchers'] = r.targetMatchers.map(matcherString);
  if (r.equal.length > 0) out['equal'] = [...r.equal];
  return out;
}

function receiver(r: ReceiverConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { name: r.name };
  if (r.emailConfigs.length > 0) {
    out['email_configs'] = r.emailConfigs.map((c) => ({
      send_resolved: c.sendResolved, to: c.to, from: c.from, hello: c.hello, smarthost: c.smarthost,
      headers: Object.fromEntries(c.headers), html: c.html, require_tls: c.requireTls,
    }));
  }
  if (r.slackConfigs.length > 0) {
    out['slack_configs'] = r.slackConfigs.map((c) => ({
      send_resolved: c.sendResolved, http_config: { follow_redirects: true, enable_http2: true }, api_url: '<secret>',
      channel: c.channel, username: c.username, color: c.color, title: c.title, title_link: c.titleLink,
      pretext: c.pretext, text: c.text, short_fields: false, footer: c.footer, fallback: c.fallback,
      callback_id: '{{ template "slack.default.callbackid" . }}', icon_emoji: c.iconEmoji, icon_url: c.iconUrl,
      link_names: c.linkNames, mrkdwn_in: [...c.mrkdwnIn],
    }));
  }
  if (r.webhookConfigs.length > 0) {
    out['webhook_configs'] = r.webhookConfigs.map((c) => ({
      send_resolved: c.sendResolved, http_config: { follow_redirects: true, enable_http2: true }, url: c.url, max_alerts: c.maxAlerts,
    }));
  }
  return out;
}
