import type { ArrivedAlert, DestinationLog } from './deliveries';
import { summarize } from './deliveries';
import { inhibitRuleMuting, reaches, receiverReaching, receiverText, routesFor, routeText, routingOf, type Routing } from './deliveryRouting';
import { alertMatcher, alertsText, destinationNoun, duration, integrationFor, labelNames, nothingReached } from './deliveryText';
import { plural } from './format';
import type { ConfigFile, DeliveryRow, Destination, Verdict } from './types';

/** DeliveryCheck is one world's comparison: the solution's inboxes, the learner's, and what explains a difference. */
export interface DeliveryCheck {
  readonly expected: readonly DestinationLog[];
  readonly actual: readonly DestinationLog[];
  /** The alertmanager.yml of the learner's world, read to explain routing differences. */
  readonly alertmanagerYml: string;
  /** The alertmanager.yml of the solution's world, to tell a routing difference from a muting one. */
  readonly solutionAlertmanagerYml: string;
  /** The file the learner edits: a rule file explains differences by the alert, alertmanager.yml by its routes. */
  readonly file: ConfigFile;
  /** How far a first notification may arrive from the solution's, ms. */
  readonly toleranceMs: number;
  /** When both worlds began (the file in place), virtual ms: the rows count from it. */
  readonly startMs: number;
}

/** How serious a difference is: the verdict names the most serious one first. */
const Rank = { MissingInbox: 0, MissingAlerts: 1, Extra: 2, Grouping: 3, Timing: 4 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface Problem {
  readonly rank: Rank;
  readonly destination: string;
  readonly message: string;
}

/**
 * compareDeliveries judges the learner's inboxes against the solution's:
 * every inbox that got alerts must get the same alerts (no more), in as
 * many notifications, and each first notification within `toleranceMs` of
 * the solution's. The message names the most serious difference and,
 * reading the learner's routes, its likely cause; the rows show every inbox.
 */
export function compareDeliveries(c: DeliveryCheck): Verdict {
  const actualByKey = new Map(c.actual.map((l) => [l.key, l]));
  const expectedKeys = new Set(c.expected.map((l) => l.key));
  const explain = explainer(c);
  const problems: Problem[] = [];
  for (const e of c.expected) {
    const a = actualByKey.get(e.key);
    const add = (rank: Rank, message: string | undefined) => {
      if (message !== undefined) problems.push({ rank, destination: e.key, message });
    };
    if (!a) {
      add(Rank.MissingInbox, `${nothingReached(e.destination)} — ${explain.missing(e.alerts, e.destination)}`);
      continue;
    }
    const missing = e.alerts.filter((x) => !a.alerts.some((y) => y.key === x.key));
    const extra = a.alerts.filter((x) => !e.alerts.some((y) => y.key === x.key));
    if (missing.length > 0) add(Rank.MissingAlerts, `${alertsText(missing)} did not reach ${destinationNoun(e.destination)} — ${explain.missing(missing, e.destination)}`);
    if (extra.length > 0) add(Rank.Extra, explain.extra(extra, e.destination));
    if (missing.length === 0 && extra.length === 0 && a.groups !== e.groups) add(Rank.Grouping, groupingMessage(e, a));
    add(Rank.Timing, explain.timing(e, a));
  }
  for (const a of c.actual) {
    if (!expectedKeys.has(a.key)) problems.push({ rank: Rank.Extra, destination: a.key, message: explain.extra(a.alerts, a.destination) });
  }
  const rows: DeliveryRow[] = [
    ...c.expected.map((e) => row(e.destination, e, actualByKey.get(e.key), problems, c.startMs)),
    ...c.actual.filter((a) => !expectedKeys.has(a.key)).map((a) => row(a.destination, undefined, a, problems, c.startMs)),
  ];
  const first = [...problems].sort((x, y) => x.rank - y.rank)[0];
  return first ? { ok: false, message: first.message, deliveries: rows } : { ok: true, message: 'Correct.', deliveries: rows };
}

function row(destination: Destination, e: DestinationLog | undefined, a: DestinationLog | undefined, problems: readonly Problem[], startMs: number): DeliveryRow {
  const key = (e ?? a)!.key;
  return { destination, expected: e ? summarize(e, startMs) : null, actual: a ? summarize(a, startMs) : null, ok: !problems.some((p) => p.destination === key) };
}

function groupingMessage(e: DestinationLog, a: DestinationLog): string {
  const lead =
    a.groups > e.groups
      ? a.groups === a.alerts.length
        ? `a separate notification reached ${destinationNoun(a.destination)} for every one of ${alertsText(a.alerts)}, expected ${plural(e.groups, 'notification')}`
        : `${alertsText(a.alerts)} reached ${destinationNoun(a.destination)} in ${plural(a.groups, 'separate notification')}, expected ${e.groups}`
      : `${alertsText(a.alerts)} reached ${destinationNoun(a.destination)} together in ${plural(a.groups, 'notification')}, expected ${e.groups} separate ones`;
  if (a.groupedBy.join() === e.groupedBy.join()) return lead;
  return `${lead} — your notifications are grouped by ${labelNames(a.groupedBy)}; group by ${labelNames(e.groupedBy)}`;
}

/** explainer finds causes in the learner's world and routes; the routing tree is read only when needed. */
function explainer(c: DeliveryCheck) {
  let routing: Routing | undefined;
  let solutionRouting: Routing | undefined;
  const routes = (): Routing => (routing ??= routingOf(c.alertmanagerYml));
  const solutionRoutes = (): Routing => (solutionRouting ??= routingOf(c.solutionAlertmanagerYml));
  const notifiedAnywhere = (a: ArrivedAlert) => c.actual.some((l) => l.alerts.some((x) => x.key === a.key));

  return {
    /** missing says why `alerts` did not reach `dest` (reading the first one's route). */
    missing(alerts: readonly ArrivedAlert[], dest: Destination): string {
      const alert = alerts[0]!;
      const name = alertsText(alerts);
      if (c.file !== 'alertmanager' && !notifiedAnywhere(alert)) {
        return `no notification about ${name} went out at all: your alert did not fire in time, or fired with other labels than the solution's`;
      }
      const routed = routesFor(routes(), alert.labels);
      const reaching = routed.find((r) => reaches(r.receiver, dest));
      const expectedDelay = alert.firstAtMs - alert.startsAtMs;
      if (reaching) {
        const wait = reaching.route.opts.groupWaitMs;
        if (wait > expectedDelay + c.toleranceMs) {
          return `${name} is routed to \`${reaching.route.opts.receiver}\`, but \`group_wait\` is ${duration(wait)}: the first notification waits that long, and the exercise expects it within ${duration(expectedDelay + c.toleranceMs)} of the alert firing`;
        }
        const muting = inhibitRuleMuting(routes(), alert.labels);
        if (muting) return `${name} is routed to \`${reaching.route.opts.receiver}\`, but your inhibit rule with target ${muting} mutes it — check which side is the source and which the target`;
        return `${name} is routed to \`${reaching.route.opts.receiver}\`, but nothing was sent — is it inhibited, silenced or outside the route's time intervals?`;
      }
      const taken = routed[0]!;
      const holder = receiverReaching(routes(), dest);
      const where = receiverText(taken.receiver, taken.route.opts.receiver);
      if (taken.route.matchers.length === 0) {
        const fix = holder ? `the receiver \`${holder.name}\` is the one that reaches ${destinationNoun(dest)}` : `no receiver reaches it yet: add one with ${integrationFor(dest)}`;
        return `does a route match ${alertMatcher(alert)}? In your file ${name} falls through to ${where}; ${fix}`;
      }
      if (!holder) return `${name} goes to ${where}, which does not reach it: add ${integrationFor(dest)}`;
      return `${name} goes to ${where} instead: ${routeText(taken.route)} catches it first (routes are tried in order, the first match wins) — make its matchers match only what the task asks for`;
    },

    /** extra says why alerts reached `dest` that the solution does not send there. */
    extra(alerts: readonly ArrivedAlert[], dest: Destination): string {
      const lead = `${alertsText(alerts)} also reached ${destinationNoun(dest)}, which the exercise does not expect`;
      if (c.file !== 'alertmanager') return `${lead} — check your alert's labels: routes pick receivers by them`;
      const by = routesFor(routes(), alerts[0]!.labels).find((r) => reaches(r.receiver, dest));
      if (!by) return lead;
      if (routesFor(solutionRoutes(), alerts[0]!.labels).some((r) => reaches(r.receiver, dest))) {
        return `${lead} — the solution routes it there too, but keeps it quiet: is an \`inhibit_rules\` entry missing, or its source and target swapped?`;
      }
      if (by.route.matchers.length === 0) return `${lead} — it falls through to the receiver \`${by.route.opts.receiver}\`; does a route above catch it?`;
      return `${lead} — ${routeText(by.route)} catches it; make its matchers match only what the task asks for`;
    },

    /** timing compares first arrivals; undefined when every alert arrived within the tolerance. */
    timing(e: DestinationLog, a: DestinationLog): string | undefined {
      let worst: { x: ArrivedAlert; y: ArrivedAlert; diff: number } | undefined;
      for (const x of e.alerts) {
        const y = a.alerts.find((z) => z.key === x.key);
        if (!y) continue;
        const diff = y.firstAtMs - x.firstAtMs;
        if (!worst || Math.abs(diff) > Math.abs(worst.diff)) worst = { x, y, diff };
      }
      if (!worst || Math.abs(worst.diff) <= c.toleranceMs) return undefined;
      const { x, y, diff } = worst;
      const name = alertsText([y]);
      const noun = destinationNoun(a.destination);
      const fired = y.startsAtMs - x.startsAtMs;
      const when = (ms: number) => `${duration(ms)} ${ms > 0 ? 'later' : 'earlier'}`;
      if (Math.abs(fired) * 2 >= Math.abs(diff)) {
        const hint = fired < 0 ? 'does your rule wait long enough (`for:`)?' : "check the rule's expression and its `for:`";
        return `${name} reached ${noun} ${when(diff)} than expected: your alert started firing ${when(fired)} than the solution's — ${hint}`;
      }
      const delay = y.firstAtMs - y.startsAtMs;
      const wait = c.file === 'alertmanager' ? routesFor(routes(), y.labels).find((r) => reaches(r.receiver, a.destination))?.route.opts.groupWaitMs : undefined;
      const cause = wait !== undefined ? `: your route's \`group_wait\` is ${duration(wait)}` : '';
      return diff > 0
        ? `${noun} went out, but only ${duration(delay)} after ${name} fired; the exercise expects it within ${duration(x.firstAtMs - x.startsAtMs + c.toleranceMs)}${cause}`
        : `${noun} went out ${duration(delay)} after ${name} fired, sooner than the solution's ${duration(x.firstAtMs - x.startsAtMs)}${cause}`;
    },
  };
}
