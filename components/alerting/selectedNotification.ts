'use client';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * The notification whose timeline is open, shared by the inboxes ("Why
 * now?") and NotificationTimeline, and mirrored in the URL hash
 * (`#notification-3`) so the choice can be linked to.
 */
let selected: number | null = null;
const listeners = new Set<() => void>();

export const TIMELINE_ID = 'notification-timeline';

/** selectNotification opens one notification's timeline, optionally scrolling to it. */
export function selectNotification(id: number | null, scroll = false): void {
  selected = id;
  for (const l of listeners) l();
  if (typeof window === 'undefined') return;
  window.history.replaceState(window.history.state, '', id === null ? window.location.pathname + window.location.search : `#notification-${id}`);
  if (scroll) requestAnimationFrame(() => document.getElementById(TIMELINE_ID)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
}

/** useSelectedNotification is the open notification id, initialised from the URL hash. */
export function useSelectedNotification(): number | null {
  useEffect(() => {
    const m = /^#notification-(\d+)$/.exec(window.location.hash);
    if (m !== null && selected === null) selectNotification(Number(m[1]), true);
  }, []);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => selected,
    () => null,
  );
}
