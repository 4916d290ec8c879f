'use client';
import { useSyncExternalStore } from 'react';

/**
 * Which inbox messages the reader has seen, for the unread badges. Kept for
 * the tab's life like the engine worker's world itself (a reload starts a
 * new world, whose messages are all new).
 */
const read = new Set<string>();
let version = 0;
const listeners = new Set<() => void>();

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** markRead records messages as seen. */
export function markRead(keys: readonly string[]): void {
  const fresh = keys.filter((k) => !read.has(k));
  if (fresh.length === 0) return;
  for (const k of fresh) read.add(k);
  version++;
  for (const l of listeners) l();
}

/** countUnread counts the keys not yet marked read. */
export function countUnread(keys: readonly string[]): number {
  return keys.filter((k) => !read.has(k)).length;
}

/** useReadVersion re-renders the caller whenever messages are marked read, so its unread counts stay current. */
export function useReadVersion(): number {
  return useSyncExternalStore(subscribe, () => version, () => 0);
}
