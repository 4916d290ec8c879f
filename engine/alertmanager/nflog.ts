/**
 * The notification log and the dedup decision. For each (group key,
 * receiver, integration) Alertmanager remembers which alerts were firing and
 * resolved at the last notification and when it was sent; a flush sends only
 * when that changes or the repeat interval has passed.
 */

export interface NflogEntry {
  readonly firing: ReadonlySet<string>;
  readonly resolved: ReadonlySet<string>;
  /** When the last notification was logged (the flush time). */
  readonly atMs: number;
}

/** DedupReason says why a flush sends, or why it stays quiet. */
export type DedupReason =
  | 'first-notification'
  | 'nothing-notified-yet'
  | 'new-firing-alerts'
  | 'all-resolved'
  | 'fired-and-resolved-between-flushes'
  | 'resolved-changed'
  | 'repeat-interval-elapsed'
  | 'unchanged';

export interface DedupDecision {
  readonly send: boolean;
  readonly reason: DedupReason;
  /** For 'unchanged': the earliest time a repeat could be sent (it happens at the first flush after it). */
  readonly repeatAfterMs?: number;
}

/** Nflog is the notification log of one Alertmanager. */
export class Nflog {
  private readonly entries = new Map<string, NflogEntry>();

  /** get returns the last logged notification for a key (see nflogKey). */
  get(key: string): NflogEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * log records a notification. Entries are never expired here: Alertmanager
   * keeps them for 2×repeat_interval or its retention, and within those
   * bounds an absent entry and a stale one lead to the same dedup decisions.
   */
  log(key: string, entry: NflogEntry): void {
    this.entries.set(key, entry);
  }
}

/** nflogKey identifies a receiver integration within a group. */
export function nflogKey(groupKey: string, receiver: string, integration: string, index: number): string {
  return `${groupKey}\u0000${receiver}/${integration}/${index}`;
}

/**
 * needsUpdate decides like Alertmanager's DedupStage: send when a firing
 * alert was not notified before; when nothing fires any more, send only if
 * the last notification had firing alerts (regardless of send_resolved, so
 * the log is cleared); send when the resolved set grew and the integration
 * sends resolved; otherwise repeat only once strictly more than
 * repeat_interval has passed since the last notification.
 */
export function needsUpdate(
  entry: NflogEntry | undefined,
  firing: ReadonlySet<string>,
  resolved: ReadonlySet<string>,
  sendResolved: boolean,
  repeatIntervalMs: number,
  nowMs: number,
): DedupDecision {
  if (entry === undefined) {
    return firing.size > 0 ? { send: true, reason: 'first-notification' } : { send: false, reason: 'nothing-notified-yet' };
  }
  if (![...firing].every((fp) => entry.firing.has(fp))) return { send: true, reason: 'new-firing-alerts' };
  if (firing.size === 0) {
    return entry.firing.size > 0 ? { send: true, reason: 'all-resolved' } : { send: false, reason: 'fired-and-resolved-between-flushes' };
  }
  if (sendResolved && ![...resolved].every((fp) => entry.resolved.has(fp))) return { send: true, reason: 'resolved-changed' };
  if (entry.atMs < nowMs - repeatIntervalMs) return { send: true, reason: 'repeat-interval-elapsed' };
  return { send: false, reason: 'unchanged', repeatAfterMs: entry.atMs + repeatIntervalMs };
}
