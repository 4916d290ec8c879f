'use client';
import { useMemo, useState } from 'react';
import type { EmailMessage } from './apiTypes';
import { emailBodyElements } from './emailBody';
import { countUnread, markRead } from './readState';
import { formatClock, formatTimeOfDay } from './time';
import { WhyNowLink } from './whyLink';

/** emailKey identifies an e-mail for the unread counts. */
export function emailKey(m: EmailMessage): string {
  return `email:${m.notificationId}`;
}

/** EmailInbox lists the e-mails newest first; opening one shows its headers and body. */
export function EmailInbox({ messages }: { messages: readonly EmailMessage[] }) {
  const [openId, setOpenId] = useState<number | null>(null);
  const newestFirst = [...messages].reverse();
  const open = messages.find((m) => m.notificationId === openId) ?? null;
  if (messages.length === 0) return <p className="muted" data-testid="email-empty">No e-mail yet. Critical alerts are mailed to admin@example.org.</p>;
  return (
    <div className="al-mail" data-testid="email">
      <ul className="al-mail-list" aria-label="Messages">
        {newestFirst.map((m) => {
          const unread = countUnread([emailKey(m)]) > 0;
          return (
            <li key={m.notificationId}>
              <button
                type="button"
                className={`al-mail-item${unread ? ' unread' : ''}${m === open ? ' active' : ''}`}
                onClick={() => { setOpenId(m.notificationId); markRead([emailKey(m)]); }}
                data-testid="email-item"
                data-status={m.status}
              >
                <span className="al-mail-from">{m.from}</span>
                <span className="al-mail-time muted">{formatTimeOfDay(m.atMs)}</span>
                <span className="al-mail-subject">{m.subject}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {open === null ? <p className="muted al-mail-placeholder">Open a message to read it.</p> : <EmailMessageView message={open} />}
    </div>
  );
}

function EmailMessageView({ message }: { message: EmailMessage }) {
  const [source, setSource] = useState(false);
  const body = useMemo(() => (message.html !== '' ? emailBodyElements(message.html) : null), [message.html]);
  return (
    <article className="al-mail-open" data-testid="email-open">
      <dl className="al-mail-headers">
        <dt>From</dt><dd>{message.from}</dd>
        <dt>To</dt><dd>{message.to}</dd>
        <dt>Subject</dt><dd data-testid="email-subject">{message.subject}</dd>
        <dt>Date</dt><dd>{formatClock(message.atMs)} UTC (virtual) · via {message.smarthost}</dd>
      </dl>
      <div className="al-mail-tools">
        <button type="button" className="button secondary small" onClick={() => setSource(!source)}>{source ? 'Show message' : 'Show source'}</button>
        <WhyNowLink id={message.notificationId} />
      </div>
      {source ? (
        <pre className="al-mail-source">{Object.entries(message.headers).map(([k, v]) => `${k}: ${v}\n`).join('')}{'\n'}{message.html || message.text}</pre>
      ) : (
        <div className="al-mail-body" data-testid="email-body">{body ?? <pre>{message.text}</pre>}</div>
      )}
    </article>
  );
}
