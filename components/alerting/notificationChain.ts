import type { ChainAlertEvent, Labels, NotificationChainResponse, StepKind } from './apiTypes';

/**
 * buildChain turns /api/sim/notifications/<id> into the story of one
 * notification, oldest first: the rule evaluation that made the alert
 * pending, `for` elapsing (firing), Prometheus sending it to the
 * Alertmanager, the group being created, group_wait or a group_interval
 * tick, the dedup decision and the send. Each step knows the time since
 * the previous one, which is the answer to "why now?".
 */

export type ChainSide = 'prometheus' | 'alertmanager';

export type ChainStepKind = 'pending' | 'firing' | 'resolved' | 'to-alertmanager' | StepKind;

export interface ChainStep {
  readonly atMs: number;
  readonly side: ChainSide;
  readonly kind: ChainStepKind;
  readonly title: string;
  readonly detail: string;
  /** Which alert of the group, when the notification holds several (its instance or fingerprint). */
  readonly alert?: string;
  /** Ms since the previous step; null for the first. */
  readonly sinceMs: number | null;
}

export interface Chain {
  readonly steps: readonly ChainStep[];
  /** Ms from the first step (the alert turning pending, usually) to the send. */
  readonly totalMs: number;
  /** How many times Prometheus re-sent the alert in between (resend_delay), folded out of the steps. */
  readonly resends: number;
}

/** Same-moment steps keep the order in which they cause each other. */
const RANK: Readonly<Record<ChainStepKind, number>> = {
  pending: 0, firing: 0, resolved: 0, 'to-alertmanager': 1, 'group-created': 2, 'alert-received': 3,
  'group-wait-elapsed': 4, 'flush-immediately': 4, 'group-interval-tick': 4, muted: 5, dedup: 6, send: 7,
};

const AM_TITLES: Readonly<Record<StepKind, string>> = {
  'alert-received': 'Alertmanager received the alert',
  'group-created': 'Alert group created: group_wait starts',
  'group-wait-elapsed': 'group_wait elapsed: first flush of the group',
  'flush-immediately': 'Flushed at once: the alert was older than group_wait',
  'group-interval-tick': 'group_interval tick: the group is flushed again',
  muted: 'Muted',
  dedup: 'Notification log checked (dedup, repeat_interval)',
  send: 'Notification sent',
};

type Draft = Omit<ChainStep, 'sinceMs'>;

/** buildChain orders and annotates the steps of one notification. */
export function buildChain(res: NotificationChainResponse): Chain {
  const many = res.alerts.length > 1;
  const drafts: Draft[] = [];
  let resends = 0;
  for (const a of res.alerts) {
    const name = many ? alertName(a.labels, a.fingerprint) : undefined;
    const { steps, skipped } = ruleSteps(currentLifecycle(a.events), name);
    drafts.push(...steps);
    resends += skipped;
  }
  for (const s of res.notification.steps) {
    drafts.push({ atMs: s.atMs, side: 'alertmanager', kind: s.kind, title: AM_TITLES[s.kind], detail: s.detail });
  }
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.atMs - y.d.atMs || RANK[x.d.kind] - RANK[y.d.kind] || x.i - y.i)
    .map(({ d }) => d);
  const steps = ordered.map((d, i): ChainStep => ({ ...d, sinceMs: i === 0 ? null : d.atMs - ordered[i - 1]!.atMs }));
  const totalMs = steps.length === 0 ? 0 : res.notification.atMs - steps[0]!.atMs;
  return { steps, totalMs, resends };
}

/** currentLifecycle keeps the events since the alert last appeared (its latest `new →` transition). */
export function currentLifecycle(events: readonly ChainAlertEvent[]): readonly ChainAlertEvent[] {
  let start = 0;
  events.forEach((e, i) => {
    if (e.kind === 'transition' && e.from === 'new') start = i;
  });
  return events.slice(start);
}

function ruleSteps(events: readonly ChainAlertEvent[], alert: string | undefined): { steps: Draft[]; skipped: number } {
  const steps: Draft[] = [];
  let skipped = 0;
  const base = alert !== undefined ? { alert } : {};
  for (const e of events) {
    if (e.kind === 'transition') {
      const kind = e.to === 'pending' ? 'pending' : e.to === 'firing' ? 'firing' : e.to === 'inactive' ? 'resolved' : null;
      if (kind === null) continue;
      const title =
        kind === 'pending' ? `Rule ${e.rule} evaluated: the expression returned the series, alert pending`
        : kind === 'firing' ? `Alert firing${e.from === 'pending' ? ': its for duration has elapsed' : ''}`
        : 'Alert resolved: the expression no longer returns the series';
      steps.push({ ...base, atMs: e.tMs, side: 'prometheus', kind, title, detail: e.why });
    } else if (e.reason === 'resend') {
      // Prometheus re-sends firing alerts every resend_delay (1m); they change nothing downstream.
      skipped++;
    } else {
      const title = e.reason === 'firing' ? 'Prometheus sent the firing alert to the Alertmanager' : 'Prometheus sent the resolution to the Alertmanager';
      steps.push({ ...base, atMs: e.tMs, side: 'prometheus', kind: 'to-alertmanager', title, detail: e.why });
    }
  }
  return { steps, skipped };
}

function alertName(labels: Labels, fingerprint: string): string {
  return labels['instance'] ?? labels['alertname'] ?? fingerprint;
}
