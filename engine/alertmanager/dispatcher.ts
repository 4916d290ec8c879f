/**
 * The dispatcher: routes each alert to aggregation groups (one per route and
 * distinct group-label values) and runs the groups' timers in virtual time.
 * A new group flushes group_wait after it was created (at once if its first
 * alert started more than group_wait ago), then every group_interval —
 * whether or not anything changed; the pipeline's dedup stage decides if a
 * flush sends. Empty groups are removed by a maintenance pass every 30s, so
 * an alert arriving shortly after a group emptied joins it without a new
 * group_wait.
 */
import { fingerprintHex } from './fingerprint';
import { groupLabelsFor, matchRoutes, type Route } from './route';
import { formatGroupLabels } from './label-sets';
import { formatOffset, type TimelineStep } from './timeline';
import type { Alert, LabelSet } from './types';

const MAINTENANCE_INTERVAL_MS = 30_000;

export interface AggrGroup {
  readonly seq: number;
  readonly route: Route;
  readonly labels: LabelSet;
  /** groupKey as Alertmanager prints it: `<route key>:<group labels>`. */
  readonly key: string;
  readonly createdMs: number;
  nextFlushMs: number;
  hasFlushed: boolean;
  /** True when the first flush was pulled forward because an alert was already older than group_wait. */
  flushedEarly: boolean;
  emptySinceMs: number | null;
  readonly alerts: Map<string, Alert>;
  /** When each alert first entered this group, for timelines. */
  readonly receivedMs: Map<string, number>;
  readonly history: TimelineStep[];
}

/** FlushFn runs the notification pipeline for a group at a flush; returns false when it failed. */
export type FlushFn = (group: AggrGroup, nowMs: number, trigger: TimelineStep) => boolean;

/** Dispatcher owns the aggregation groups of one routing tree. */
export class Dispatcher {
  private readonly groups = new Map<string, AggrGroup>();
  private seq = 0;

  constructor(private readonly root: Route, private readonly startMs: number, private readonly flush: FlushFn) {}

  /** insert places an alert in the group of every route it matches. */
  insert(alert: Alert, nowMs: number): void {
    for (const route of matchRoutes(this.root, alert.labels)) {
      const labels = groupLabelsFor(route, alert.labels);
      const id = `${route.id}\u0000${fingerprintHex(labels)}`;
      let g = this.groups.get(id);
      if (g === undefined) {
        const key = `${route.key}:${formatGroupLabels(labels)}`;
        g = {
          seq: this.seq++, route, labels, key, createdMs: nowMs, nextFlushMs: nowMs + route.opts.groupWaitMs,
          hasFlushed: false, flushedEarly: false, emptySinceMs: null, alerts: new Map(), receivedMs: new Map(), history: [],
        };
        g.history.push({
          atMs: nowMs, kind: 'group-created',
          detail: `group ${key} created for receiver "${route.opts.receiver}"; its first flush comes after group_wait (${formatOffset(route.opts.groupWaitMs)})`,
        });
        this.groups.set(id, g);
      }
      g.alerts.set(alert.fingerprint, alert);
      g.emptySinceMs = null;
      if (!g.receivedMs.has(alert.fingerprint)) g.receivedMs.set(alert.fingerprint, nowMs);
      // An alert that started long ago should not wait again: flush right away.
      if (!g.hasFlushed && alert.startsAtMs + route.opts.groupWaitMs < nowMs && g.nextFlushMs > nowMs) {
        g.nextFlushMs = nowMs;
        g.flushedEarly = true;
      }
    }
  }

  /** advance runs every flush and maintenance pass due at or before `toMs`, in time order. */
  advance(toMs: number): void {
    for (;;) {
      const due = this.nextDue();
      if (due === null || due.atMs > toMs) return;
      if (due.group === null) this.maintain(due.atMs);
      else this.flushGroup(due.group, due.atMs);
    }
  }

  /** nextWakeup is the virtual time of the next flush or group removal, or null when idle. */
  nextWakeup(): number | null {
    return this.nextDue()?.atMs ?? null;
  }

  /** list returns the groups in creation order. */
  list(): AggrGroup[] {
    return [...this.groups.values()].sort((a, b) => a.seq - b.seq);
  }

  private nextDue(): { atMs: number; group: AggrGroup | null } | null {
    let best: { atMs: number; group: AggrGroup | null } | null = null;
    for (const g of this.list()) {
      if (best === null || g.nextFlushMs < best.atMs) best = { atMs: g.nextFlushMs, group: g };
      if (g.emptySinceMs !== null) {
        const k = Math.max(1, Math.ceil((g.emptySinceMs - this.startMs) / MAINTENANCE_INTERVAL_MS));
        const atMs = this.startMs + k * MAINTENANCE_INTERVAL_MS;
        // Flushes at the same instant run before maintenance.
        if (best === null || atMs < best.atMs) best = { atMs, group: null };
      }
    }
    return best;
  }

  private flushGroup(g: AggrGroup, nowMs: number): void {
    let trigger: TimelineStep;
    if (!g.hasFlushed) {
      trigger = g.flushedEarly
        ? { atMs: nowMs, kind: 'flush-immediately', detail: 'an alert had started more than group_wait ago, so the group flushed without waiting' }
        : { atMs: nowMs, kind: 'group-wait-elapsed', detail: `group_wait (${formatOffset(g.route.opts.groupWaitMs)}) elapsed since the group was created` };
    } else {
      trigger = { atMs: nowMs, kind: 'group-interval-tick', detail: `group_interval (${formatOffset(g.route.opts.groupIntervalMs)}) tick since the previous flush` };
    }
    g.nextFlushMs = nowMs + g.route.opts.groupIntervalMs;
    g.hasFlushed = true;
    if (g.alerts.size === 0) return;
    if (this.flush(g, nowMs, trigger)) {
      // Resolved alerts have been notified (or deliberately not); they leave the group.
      for (const [fp, a] of g.alerts) {
        if (a.endsAtMs <= nowMs) {
          g.alerts.delete(fp);
          g.receivedMs.delete(fp);
        }
      }
      if (g.alerts.size === 0) g.emptySinceMs = nowMs;
    }
  }

  private maintain(nowMs: number): void {
    for (const [id, g] of this.groups) {
      if (g.alerts.size === 0 && g.emptySinceMs !== null && g.emptySinceMs <= nowMs) this.groups.delete(id);
    }
  }
}
