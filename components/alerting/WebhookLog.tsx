'use client';
import { useEffect } from 'react';
import type { WebhookDelivery } from './apiTypes';
import { markRead } from './readState';
import { formatClock } from './time';
import { WhyNowLink } from './whyLink';

/** webhookKey identifies a webhook delivery for the unread counts. */
export function webhookKey(d: WebhookDelivery): string {
  return `webhook:${d.notificationId}`;
}

/** WebhookLog lists webhook deliveries newest first with their JSON payloads, pretty-printed. */
export function WebhookLog({ deliveries }: { deliveries: readonly WebhookDelivery[] }) {
  const keys = deliveries.map(webhookKey).join(',');
  useEffect(() => {
    if (keys !== '') markRead(keys.split(','));
  }, [keys]);
  if (deliveries.length === 0) {
    return <p className="muted" data-testid="webhook-empty">No webhook deliveries. Add a <code>webhook_configs</code> entry to a receiver in alertmanager.yml to see its JSON here.</p>;
  }
  return (
    <ol className="al-webhooks" data-testid="webhooks">
      {[...deliveries].reverse().map((d) => (
        <li key={d.notificationId} className="al-webhook">
          <div className="al-webhook-head">
            <span className="mono">POST {d.url}</span>
            <span className={`al-badge al-state-${d.status}`}>{d.status}</span>
            <span className="muted">{formatClock(d.atMs)} · receiver {d.receiver}</span>
            <span className="al-spacer" />
            <WhyNowLink id={d.notificationId} />
          </div>
          <pre className="al-json">{JSON.stringify(d.payload, null, 2)}</pre>
        </li>
      ))}
    </ol>
  );
}
