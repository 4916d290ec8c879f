import type { SystemEvent } from '@/engine/index';

/**
 * Laying out the scrape timeline: one lane per scraped target (grouped by
 * job), the Pushgateway's own target next to a lane of the pushes it
 * received, and one mark per event, so pull (Prometheus scraping on its
 * interval) and push (jobs sending when they like) can be told apart.
 */

/** PUSH_LANE is the id of the lane that holds pushes to the Pushgateway. */
export const PUSH_LANE = 'push';
/** The scrape job that scrapes the Pushgateway. */
const PUSHGATEWAY_JOB = 'pushgateway';

export interface Lane {
  readonly id: string;
  readonly job: string;
  /** What the lane shows: a scraped target, or the pushes the Pushgateway received. */
  readonly kind: 'target' | 'push';
  readonly label: string;
}

export type MarkKind = 'scrape' | 'scrape-failed' | 'target-added' | 'target-removed' | 'push' | 'push-failed' | 'push-delete';

export interface Mark {
  readonly lane: string;
  readonly tMs: number;
  readonly kind: MarkKind;
  /** The hover text: what happened, and the error when it failed. */
  readonly title: string;
}

export interface TimelineLayout {
  readonly lanes: readonly Lane[];
  readonly marks: readonly Mark[];
}

function laneId(job: string, instance: string): string {
  return `${job}/${instance}`;
}

/** compareNatural orders `node-2` before `node-10` and IPs by their numbers. */
export function compareNatural(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function groupingKeyText(k: Readonly<Record<string, string>>): string {
  return Object.entries(k).map(([n, v]) => `${n}="${v}"`).join(', ');
}

/**
 * layoutTimeline turns events into lanes and marks within [startMs, endMs].
 * Jobs are sorted by name with the Pushgateway's job last, followed by the
 * push lane (shown even when nothing was pushed, since it explains push).
 */
export function layoutTimeline(events: readonly SystemEvent[], startMs: number, endMs: number): TimelineLayout {
  const lanes = new Map<string, Lane>();
  const marks: Mark[] = [];
  const addLane = (job: string, instance: string): string => {
    const id = laneId(job, instance);
    if (!lanes.has(id)) lanes.set(id, { id, job, kind: 'target', label: `${job} · ${instance}` });
    return id;
  };
  for (const e of events) {
    if (e.tMs < startMs || e.tMs > endMs) continue;
    switch (e.kind) {
      case 'scrape': {
        const lane = addLane(e.job, e.instance);
        const what = `${e.job} ${e.instance}: scraped ${e.samples} samples in ${e.durationMs} ms`;
        marks.push({ lane, tMs: e.tMs, kind: e.error === undefined ? 'scrape' : 'scrape-failed', title: e.error === undefined ? what : `${e.job} ${e.instance}: scrape failed: ${e.error}` });
        break;
      }
      case 'target-added':
      case 'target-removed':
        marks.push({ lane: addLane(e.job, e.instance), tMs: e.tMs, kind: e.kind, title: `${e.job} ${e.instance}: ${e.kind === 'target-added' ? 'discovered, scraping starts' : 'gone, scraping stops'} (${e.scrapeUrl})` });
        break;
      case 'push':
      case 'push-delete': {
        const key = groupingKeyText(e.groupingKey);
        const kind: MarkKind = !e.ok ? 'push-failed' : e.kind === 'push' ? 'push' : 'push-delete';
        const verb = e.kind === 'push' ? 'push' : 'delete';
        marks.push({ lane: PUSH_LANE, tMs: e.tMs, kind, title: e.ok ? `${verb} {${key}}: HTTP ${e.status}` : `${verb} {${key}} failed: HTTP ${e.status}${e.error ? `: ${e.error}` : ''}` });
        break;
      }
      default:
        break;
    }
  }
  const targets = [...lanes.values()].sort((a, b) => {
    const ja = a.job === PUSHGATEWAY_JOB ? 1 : 0;
    const jb = b.job === PUSHGATEWAY_JOB ? 1 : 0;
    return ja - jb || compareNatural(a.job, b.job) || compareNatural(a.label, b.label);
  });
  return { lanes: [...targets, { id: PUSH_LANE, job: PUSHGATEWAY_JOB, kind: 'push', label: 'pushes to the Pushgateway' }], marks };
}
