/**
 * The integrations: each turns one notification's data into what
 * Alertmanager would send (a Slack webhook payload, an e-mail, a webhook
 * body) and drops it into the simulated inbox instead of the network.
 */
import type { EmailConfig, IntegrationConfig, SlackConfig } from './config-types';
import { DEFAULT_TEMPLATES } from './default-templates';
import type { InboxStore, SlackAttachment, SlackPayload } from './inbox';
import { renderTemplate } from './template';
import { toView, type NotificationData } from './template-data';
import type { TemplateView } from './template-values';
import { webhookPayload } from './webhook';

/** Notification is one send, as the pipeline hands it to an integration. */
export interface Notification {
  readonly id: number;
  readonly atMs: number;
  readonly receiver: string;
  readonly groupKey: string;
  readonly data: NotificationData;
}

/** deliver renders the notification for the integration and stores it; returns a short summary for the timeline. */
export function deliver(cfg: IntegrationConfig, n: Notification, inbox: InboxStore): string {
  const base = { notificationId: n.id, atMs: n.atMs, receiver: n.receiver, status: n.data.status };
  switch (cfg.kind) {
    case 'slack': {
      const payload = slackPayload(cfg, toView(n.data));
      inbox.addSlack({ ...base, apiUrl: cfg.apiUrl, payload });
      return `Slack message to ${payload.channel ?? 'the webhook default channel'}: ${payload.attachments[0]?.title ?? ''}`;
    }
    case 'email': {
      const m = email(cfg, toView(n.data));
      inbox.addEmail({ ...base, smarthost: cfg.smarthost, ...m });
      return `e-mail to ${m.to}: ${m.subject}`;
    }
    case 'webhook': {
      const payload = webhookPayload(n.data, n.groupKey, cfg.maxAlerts);
      inbox.addWebhook({ ...base, url: cfg.url, payload });
      return `webhook POST to ${cfg.url} with ${payload.alerts.length} alert(s)`;
    }
  }
}

function render(text: string, view: TemplateView): string {
  return renderTemplate(text, view, DEFAULT_TEMPLATES);
}

function slackPayload(cfg: SlackConfig, view: TemplateView): SlackPayload {
  // Slack caps titles at 1024 characters; Alertmanager truncates with an ellipsis.
  let title = render(cfg.title, view);
  if ([...title].length > 1024) title = [...title].slice(0, 1023).join('') + '…';
  const att: SlackAttachment = omitEmpty({
    title,
    title_link: render(cfg.titleLink, view),
    pretext: render(cfg.pretext, view),
    text: render(cfg.text, view),
    fallback: render(cfg.fallback, view),
    callback_id: '',
    footer: render(cfg.footer, view),
    color: render(cfg.color, view),
    mrkdwn_in: cfg.mrkdwnIn.length > 0 ? cfg.mrkdwnIn : undefined,
  }, ['title', 'title_link', 'pretext', 'color']);
  return omitEmpty({
    channel: render(cfg.channel, view),
    username: render(cfg.username, view),
    icon_emoji: render(cfg.iconEmoji, view),
    icon_url: render(cfg.iconUrl, view),
    link_names: cfg.linkNames ? true : undefined,
    attachments: [att],
  }, ['channel', 'username', 'icon_emoji', 'icon_url']);
}

function email(cfg: EmailConfig, view: TemplateView): { from: string; to: string; subject: string; headers: Record<string, string>; html: string; text: string } {
  const headers: Record<string, string> = {};
  for (const [k, v] of cfg.headers) headers[k] = render(v, view);
  return {
    from: headers['From'] ?? cfg.from,
    to: headers['To'] ?? cfg.to,
    subject: headers['Subject'] ?? '',
    headers,
    html: cfg.html === '' ? '' : render(cfg.html, view),
    text: cfg.text === '' ? '' : render(cfg.text, view),
  };
}

/** omitEmpty drops the listed keys when they are '' (Go's `omitempty`) and every undefined key. */
function omitEmpty<T extends object>(o: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || (keys.includes(k) && v === '')) continue;
    out[k] = v;
  }
  return out as T;
}
