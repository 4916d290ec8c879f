import type { AlertForSend } from './notify';
import type { AlertState } from './types';

/**
 * The alert timeline: every state change of every alert and every send to
 * the notifier, with virtual timestamps, in a bounded log. It answers
 * "why did this notification arrive now?": the send's reason names the
 * rule Prometheus applied (first firing, resend after resend_delay,
 * resolution) and the state changes before it show how the alert got there.
 */

export type TimelineEvent =
  | {
      readonly kind: 'transition';
      readonly tMs: number;
      readonly group: string;
      readonly file: string;
      readonly rule: string;
      /** The alert's identity: its label set printed as `{a="1", ...}`. */
      readonly alert: string;
      readonly from: AlertState | 'new';
      readonly to: AlertState | 'removed';
      readonly why: string;
    }
  | {
      readonly kind: 'send';
      readonly tMs: number;
      readonly group: string;
      readonly file: string;
      readonly rule: string;
      readonly alert: string;
      readonly reason: 'firing' | 'resend' | 'resolved';
      readonly why: string;
      readonly payload: AlertForSend;
    };

/** Timeline is a ring buffer of the most recent `capacity` events. */
export class Timeline {
  private readonly events: TimelineEvent[] = [];
  private dropped = 0;

  constructor(readonly capacity = 2000) {}

  add(e: TimelineEvent): void {
    this.events.push(e);
    if (this.events.length > this.capacity) {
      this.events.shift();
      this.dropped++;
    }
  }

  /** list returns the kept events, oldest first, optionally only those of one alert. */
  list(alert?: string): readonly TimelineEvent[] {
    return alert === undefined ? [...this.events] : this.events.filter((e) => e.alert === alert);
  }

  /** droppedCount is how many old events fell off the end. */
  get droppedCount(): number {
    return this.dropped;
  }
}
