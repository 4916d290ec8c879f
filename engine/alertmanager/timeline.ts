/**
 * Timelines explain notifications: for each one, the chain of events that
 * made it leave at that virtual moment — alerts received, group created,
 * group_wait elapsed or a group_interval tick, what was muted, the dedup
 * decision, the send. Flushes that sent nothing are kept too, so a learner
 * can also see why a message did *not* arrive.
 */

export type StepKind =
  | 'alert-received'
  | 'group-created'
  | 'group-wait-elapsed'
  | 'flush-immediately'
  | 'group-interval-tick'
  | 'muted'
  | 'dedup'
  | 'send';

export interface TimelineStep {
  readonly atMs: number;
  readonly kind: StepKind;
  readonly detail: string;
}

/** NotifiedAlert is one alert as a notification carried it. */
export interface NotifiedAlert {
  readonly labels: Readonly<Record<string, string>>;
  readonly status: 'firing' | 'resolved';
  /** When the alert started firing (Prometheus sends its FiredAt), ms. */
  readonly startsAtMs: number;
}

/** NotificationRecord is one message sent by one integration of a receiver. */
export interface NotificationRecord {
  readonly id: number;
  readonly atMs: number;
  readonly receiver: string;
  readonly integration: 'slack' | 'email' | 'webhook';
  readonly integrationIndex: number;
  readonly groupKey: string;
  readonly status: 'firing' | 'resolved';
  readonly steps: readonly TimelineStep[];
  /** The group's labels (the values of its group_by labels); set by the pipeline. */
  readonly groupLabels?: Readonly<Record<string, string>>;
  /** The alerts the message listed, in its order; set by the pipeline (optional for hand-built records). */
  readonly alerts?: readonly NotifiedAlert[];
}

/** FlushRecord is one integration's outcome at one flush of a group, sent or not. */
export interface FlushRecord {
  readonly atMs: number;
  readonly groupKey: string;
  readonly receiver: string;
  readonly integration: string;
  readonly sent: boolean;
  /** The notification it produced, when sent. */
  readonly notificationId: number | null;
  readonly steps: readonly TimelineStep[];
}

/** MAX_FLUSH_RECORDS bounds the flush log of a long-running simulation. */
const MAX_FLUSH_RECORDS = 5000;

/** Timeline stores notification and flush records in time order. */
export class Timeline {
  private readonly notifications: NotificationRecord[] = [];
  private readonly flushes: FlushRecord[] = [];

  /** addNotification and addFlush append records; they arrive in virtual-time order. */
  addNotification(r: NotificationRecord): void {
    this.notifications.push(r);
  }

  addFlush(r: FlushRecord): void {
    this.flushes.push(r);
    // Quiet flushes recur every group_interval for ever; keep only the recent ones.
    if (this.flushes.length > MAX_FLUSH_RECORDS) this.flushes.splice(0, this.flushes.length - MAX_FLUSH_RECORDS);
  }

  /** notification returns the record of one notification id. */
  notification(id: number): NotificationRecord | undefined {
    return this.notifications.find((n) => n.id === id);
  }

  /** allNotifications lists every notification in the order sent. */
  allNotifications(): readonly NotificationRecord[] {
    return [...this.notifications];
  }

  /** flushLog lists every flush outcome, optionally for one group key. */
  flushLog(groupKey?: string): readonly FlushRecord[] {
    return groupKey === undefined ? [...this.flushes] : this.flushes.filter((f) => f.groupKey === groupKey);
  }
}

/** formatOffset prints a duration in ms as `30s`, `5m`, `4h5m` for step details. */
export function formatOffset(ms: number): string {
  if (ms === 0) return '0s';
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join('');
}
