import type { NotificationRecord } from '../alertmanager/index';
import type { PushEvent } from '../pushgateway/index';
import type { TimelineEvent } from '../rules/index';
import type { ScrapeEvent } from '../scrape/index';
import type { IncidentView } from '../world/index';

/**
 * SystemEvent is one entry of the UI's timeline: what happened in the world
 * and in Prometheus, each with the virtual time `tMs` it happened at.
 */
export type SystemEvent =
  | { readonly kind: 'scrape'; readonly tMs: number; readonly job: string; readonly instance: string; readonly durationMs: number; readonly samples: number; readonly error?: string }
  | { readonly kind: 'target-added' | 'target-removed'; readonly tMs: number; readonly job: string; readonly instance: string; readonly scrapeUrl: string }
  | { readonly kind: 'push' | 'push-delete'; readonly tMs: number; readonly groupingKey: Readonly<Record<string, string>>; readonly ok: boolean; readonly status: number; readonly error?: string }
  | { readonly kind: 'alert-state'; readonly tMs: number; readonly rule: string; readonly alert: string; readonly from: string; readonly to: string; readonly why: string }
  | { readonly kind: 'alert-sent'; readonly tMs: number; readonly rule: string; readonly alert: string; readonly reason: string }
  | { readonly kind: 'notification'; readonly tMs: number; readonly id: number; readonly receiver: string; readonly integration: string; readonly status: 'firing' | 'resolved'; readonly groupKey: string }
  | { readonly kind: 'incident-started' | 'incident-ended'; readonly tMs: number; readonly id: string; readonly incident: string; readonly target: string };

/** EventSources are the logs the feed merges; each is oldest first. */
export interface EventSources {
  readonly scrapes: () => readonly ScrapeEvent[];
  readonly pushes: () => readonly PushEvent[];
  readonly alerts: () => readonly TimelineEvent[];
  readonly notifications: () => readonly NotificationRecord[];
  readonly incidents: () => readonly IncidentView[];
  readonly nowMs: () => number;
}

/**
 * collectEvents merges the logs into one list ordered by time (a stable
 * sort, so same-time events keep source order: deterministic), keeping
 * events at or after `sinceMs` and at most the last `limit`.
 */
export function collectEvents(src: EventSources, sinceMs = -Infinity, limit = 1000): SystemEvent[] {
  const out: SystemEvent[] = [];
  for (const e of src.scrapes()) {
    if (e.kind === 'scrape') {
      out.push({ kind: 'scrape', tMs: e.startMs, job: e.job, instance: e.instance, durationMs: e.durationMs, samples: e.samples, ...(e.error !== undefined ? { error: e.error } : {}) });
    } else {
      out.push({ kind: e.kind, tMs: e.atMs, job: e.job, instance: e.instance, scrapeUrl: e.scrapeUrl });
    }
  }
  for (const e of src.pushes()) {
    out.push({ kind: e.kind === 'push' ? 'push' : 'push-delete', tMs: e.tMs, groupingKey: e.groupingKey, ok: e.ok, status: e.status, ...(e.error !== undefined ? { error: e.error } : {}) });
  }
  for (const e of src.alerts()) {
    if (e.kind === 'transition') out.push({ kind: 'alert-state', tMs: e.tMs, rule: e.rule, alert: e.alert, from: e.from, to: e.to, why: e.why });
    else out.push({ kind: 'alert-sent', tMs: e.tMs, rule: e.rule, alert: e.alert, reason: e.reason });
  }
  for (const n of src.notifications()) {
    out.push({ kind: 'notification', tMs: n.atMs, id: n.id, receiver: n.receiver, integration: n.integration, status: n.status, groupKey: n.groupKey });
  }
  const now = src.nowMs();
  for (const i of src.incidents()) {
    if (i.startMs <= now) out.push({ kind: 'incident-started', tMs: i.startMs, id: i.id, incident: i.kind, target: i.target });
    if (i.endMs !== undefined && i.endMs <= now) out.push({ kind: 'incident-ended', tMs: i.endMs, id: i.id, incident: i.kind, target: i.target });
  }
  const kept = out.filter((e) => e.tMs >= sinceMs).sort((a, b) => a.tMs - b.tMs);
  return limit >= 0 && kept.length > limit ? kept.slice(kept.length - limit) : kept;
}
