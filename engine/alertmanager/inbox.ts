/**
 * The simulated destinations of notifications: a Slack-like workspace
 * (channels and direct messages), an e-mail inbox and a webhook log. Each
 * message keeps the exact body Alertmanager would have sent and the id of the
 * notification whose timeline explains it.
 */
import type { WebhookPayload } from './webhook';

export interface SlackAttachment {
  readonly title?: string;
  readonly title_link?: string;
  readonly pretext?: string;
  readonly text: string;
  readonly fallback: string;
  readonly callback_id: string;
  readonly footer: string;
  readonly color?: string;
  readonly mrkdwn_in?: readonly string[];
}

/** SlackPayload is the JSON Alertmanager POSTs to a Slack incoming webhook. */
export interface SlackPayload {
  readonly channel?: string;
  readonly username?: string;
  readonly icon_emoji?: string;
  readonly icon_url?: string;
  readonly link_names?: boolean;
  readonly attachments: readonly SlackAttachment[];
}

interface Delivery {
  /** notificationId links to the timeline entry. */
  readonly notificationId: number;
  readonly atMs: number;
  readonly receiver: string;
  readonly status: 'firing' | 'resolved';
}

export interface SlackMessage extends Delivery {
  readonly apiUrl: string;
  readonly payload: SlackPayload;
}

export interface EmailMessage extends Delivery {
  readonly smarthost: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  /** Rendered headers, Subject/To/From included. */
  readonly headers: Readonly<Record<string, string>>;
  readonly html: string;
  readonly text: string;
}

export interface WebhookDelivery extends Delivery {
  readonly url: string;
  readonly payload: WebhookPayload;
}

export interface SlackConversation {
  /** `#alerts` for a channel, `@admin` for a direct message. */
  readonly name: string;
  readonly messages: readonly SlackMessage[];
}

/** Inbox is everything delivered so far (`/api/sim/inbox`). */
export interface Inbox {
  readonly slack: { readonly channels: readonly SlackConversation[]; readonly directMessages: readonly SlackConversation[] };
  readonly email: { readonly messages: readonly EmailMessage[] };
  readonly webhook: { readonly deliveries: readonly WebhookDelivery[] };
}

/** InboxStore accumulates deliveries in the order they happen. */
export class InboxStore {
  private readonly slack: SlackMessage[] = [];
  private readonly email: EmailMessage[] = [];
  private readonly webhook: WebhookDelivery[] = [];

  /** addSlack, addEmail and addWebhook record one delivery each. */
  addSlack(m: SlackMessage): void {
    this.slack.push(m);
  }

  addEmail(m: EmailMessage): void {
    this.email.push(m);
  }

  addWebhook(d: WebhookDelivery): void {
    this.webhook.push(d);
  }

  /**
   * snapshot groups Slack messages by conversation: `@user` channels are DMs,
   * anything else a channel (an empty channel is the webhook's default one).
   */
  snapshot(): Inbox {
    const channels = new Map<string, SlackMessage[]>();
    const dms = new Map<string, SlackMessage[]>();
    for (const m of this.slack) {
      const name = m.payload.channel ?? '';
      const target = name.startsWith('@') ? dms : channels;
      const key = name === '' ? '(webhook default channel)' : name;
      target.set(key, [...(target.get(key) ?? []), m]);
    }
    const list = (m: Map<string, SlackMessage[]>): SlackConversation[] => [...m].map(([name, messages]) => ({ name, messages }));
    return {
      slack: { channels: list(channels), directMessages: list(dms) },
      email: { messages: [...this.email] },
      webhook: { deliveries: [...this.webhook] },
    };
  }
}
