'use client';
import { selectNotification } from './selectedNotification';

/** WhyNowLink opens the notification's timeline: the chain of events that made it leave at that moment. */
export function WhyNowLink({ id }: { id: number }) {
  return (
    <a href={`#notification-${id}`} className="al-why" onClick={(e) => { e.preventDefault(); selectNotification(id, true); }} data-testid="why-now">
      Why now?
    </a>
  );
}
