'use client';
import { useEffect, useState } from 'react';
import type { Inbox, SlackAttachment, SlackConversation, SlackMessage } from './apiTypes';
import { countUnread, markRead } from './readState';
import { formatClock, formatTimeOfDay } from './time';
import { WhyNowLink } from './whyLink';

/** slackKey identifies a Slack message for the unread counts. */
export function slackKey(m: SlackMessage): string {
  return `slack:${m.notificationId}`;
}

/** Slack's named attachment colours, as Alertmanager's default `danger`/`good` use them. */
const NAMED_COLORS: Readonly<Record<string, string>> = { danger: '#e01e5a', good: '#2eb67d', warning: '#ecb22e' };

/** attachmentColor turns Slack's colour field into CSS: a named colour or a `#rrggbb`; grey otherwise. */
export function attachmentColor(color: string | undefined): string {
  if (color === undefined) return '#9aa1ad';
  if (NAMED_COLORS[color] !== undefined) return NAMED_COLORS[color]!;
  return /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#9aa1ad';
}

/** SlackInbox is a Slack-like workspace: channels and direct messages on the left, the open conversation on the right. */
export function SlackInbox({ slack }: { slack: Inbox['slack'] }) {
  const all = [...slack.channels, ...slack.directMessages];
  const [open, setOpen] = useState<string | null>(null);
  const current = all.find((c) => c.name === open) ?? all[0];
  // Showing a conversation reads it.
  const shownKeys = (current?.messages ?? []).map(slackKey).join(',');
  useEffect(() => {
    if (shownKeys !== '') markRead(shownKeys.split(','));
  }, [shownKeys]);

  if (all.length === 0) return <p className="muted" data-testid="slack-empty">No Slack messages yet. Notifications to the team channel and to @admin land here.</p>;
  return (
    <div className="al-slack" data-testid="slack">
      <nav className="al-slack-side" aria-label="Slack conversations">
        <ConversationList title="Channels" list={slack.channels} current={current} onOpen={setOpen} />
        <ConversationList title="Direct messages" list={slack.directMessages} current={current} onOpen={setOpen} />
      </nav>
      {current !== undefined && (
        <section className="al-slack-main" aria-label={`Conversation ${current.name}`} data-testid="slack-conversation" data-name={current.name}>
          <h3 className="al-slack-title">{current.name}</h3>
          <ol className="al-slack-messages">
            {current.messages.map((m) => <SlackMessageView key={m.notificationId} message={m} />)}
          </ol>
        </section>
      )}
    </div>
  );
}

function ConversationList({ title, list, current, onOpen }: { title: string; list: readonly SlackConversation[]; current: SlackConversation | undefined; onOpen: (name: string) => void }) {
  if (list.length === 0) return null;
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {list.map((c) => {
          const unread = countUnread(c.messages.map(slackKey));
          return (
            <li key={c.name}>
              <button type="button" className={`al-slack-conv${c === current ? ' active' : ''}`} onClick={() => onOpen(c.name)} data-testid="slack-conv" data-name={c.name}>
                <span>{c.name}</span>
                {unread > 0 && <span className="al-unread">{unread}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SlackMessageView({ message }: { message: SlackMessage }) {
  const { payload } = message;
  return (
    <li className="al-slack-message" data-testid="slack-message" data-status={message.status}>
      <div className="al-slack-avatar" aria-hidden="true">AM</div>
      <div className="al-slack-content">
        <div className="al-slack-meta">
          <strong>{payload.username ?? 'Alertmanager'}</strong> <span className="al-app-tag">APP</span>{' '}
          <span className="muted" title={formatClock(message.atMs)}>{formatTimeOfDay(message.atMs)}</span>
          <span className="al-spacer" />
          <WhyNowLink id={message.notificationId} />
        </div>
        {payload.attachments.map((a, i) => <Attachment key={i} a={a} />)}
      </div>
    </li>
  );
}

function Attachment({ a }: { a: SlackAttachment }) {
  return (
    <div className="al-slack-attachment" style={{ borderLeftColor: attachmentColor(a.color) }} data-color={a.color}>
      {a.pretext !== undefined && a.pretext !== '' && <p className="al-slack-pretext">{a.pretext}</p>}
      {a.title !== undefined && <p className="al-slack-att-title" title={a.title_link}>{a.title}</p>}
      {a.text !== '' && <p className="al-slack-text">{a.text}</p>}
      {a.footer !== '' && <p className="al-slack-footer muted">{a.footer}</p>}
    </div>
  );
}
