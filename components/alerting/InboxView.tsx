'use client';
import { useState } from 'react';
import type { Inbox } from './apiTypes';
import { EmailInbox, emailKey } from './EmailInbox';
import { countUnread, useReadVersion } from './readState';
import { SlackInbox, slackKey } from './SlackInbox';
import { useEngineResource } from './useEngineResource';
import { WebhookLog, webhookKey } from './WebhookLog';
import { WorldStatus } from './WorldStatus';

type Tab = 'slack' | 'email' | 'webhook';

/**
 * InboxView shows where the Alertmanager's notifications landed: a
 * Slack-like workspace, an e-mail inbox and a webhook log, each with its
 * unread count. Every message links to the timeline that explains it.
 */
export function InboxView() {
  const inbox = useEngineResource<Inbox>('/api/sim/inbox');
  const [tab, setTab] = useState<Tab>('slack');
  useReadVersion();
  if (inbox.world === null) return <WorldStatus client={inbox.client} world={inbox.world} />;
  const data = inbox.data;
  const slackMessages = data === null ? [] : [...data.slack.channels, ...data.slack.directMessages].flatMap((c) => c.messages);
  const unread: Record<Tab, number> = {
    slack: countUnread(slackMessages.map(slackKey)),
    email: countUnread((data?.email.messages ?? []).map(emailKey)),
    webhook: countUnread((data?.webhook.deliveries ?? []).map(webhookKey)),
  };
  const label: Record<Tab, string> = { slack: 'Slack', email: 'E-mail', webhook: 'Webhook log' };
  return (
    <div className="al-inbox" data-testid="inbox-view">
      <div className="tabs" role="tablist" aria-label="Inboxes">
        {(['slack', 'email', 'webhook'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' active' : ''}`} onClick={() => setTab(t)} data-testid={`tab-${t}`}>
            {label[t]}
            {unread[t] > 0 && <span className="al-unread" data-testid={`unread-${t}`} aria-label={`${unread[t]} unread`}>{unread[t]}</span>}
          </button>
        ))}
      </div>
      {inbox.error !== null && <p className="error" role="alert">Could not load the inboxes: {inbox.error}</p>}
      {inbox.loading && <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading…</p>}
      {data !== null && tab === 'slack' && <SlackInbox slack={data.slack} />}
      {data !== null && tab === 'email' && <EmailInbox messages={data.email.messages} />}
      {data !== null && tab === 'webhook' && <WebhookLog deliveries={data.webhook.deliveries} />}
    </div>
  );
}
