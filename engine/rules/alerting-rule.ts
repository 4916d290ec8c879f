import { formatExpr, parseExpr } from '../promql/parser/index';
import type { Expr } from '../promql/ast';
import type { Sample } from '../promql/values';
import {
  formatLabels, labelsFromRecord, labelsKey, labelsToRecord, METRIC_NAME, withLabel, type Labels,
} from '../model/labels';
import { needsSending, RESOLVED_RETENTION_MS, type Alert } from './alert';
import { generatorURL, withExternalLabels, type AlertForSend } from './notify';
import { formatRFC3339Millis } from './rfc3339';
import { expandAlertTemplate, type TemplateQueryFunc } from './template/index';
import type { Timeline } from './timeline';
import type { AlertState, QueryFunc, RuleConfig, RuleHealth } from './types';

/** RuleEvalContext is what a rule needs from its group for one evaluation. */
export interface RuleEvalContext {
  readonly query: QueryFunc;
  /** The group's evaluation time, ms; queries run at `tMs - queryOffsetMs`. */
  readonly tMs: number;
  readonly queryOffsetMs: number;
  /** The group's `limit` (0 = none). */
  readonly limit: number;
  readonly externalURL: string;
  readonly externalLabels: Readonly<Record<string, string>>;
  readonly timeline: Timeline;
  readonly group: string;
  readonly file: string;
}

/** RuleStatus is the bookkeeping shared by both rule kinds. */
export interface RuleStatus {
  health: RuleHealth;
  lastError: string | undefined;
  /** The evaluation time of the last evaluation, ms; undefined before the first. */
  lastEvaluationMs: number | undefined;
  /** How long the last evaluation took, ms (0 unless the manager measures wall time). */
  evaluationTimeMs: number;
}

export const ALERT_METRIC = 'ALERTS';
export const ALERT_FOR_STATE_METRIC = 'ALERTS_FOR_STATE';

/**
 * AlertingRule evaluates an alerting rule and keeps its alerts' state, as
 * Prometheus's AlertingRule: new results become pending alerts, which fire
 * once they have been active for `for`; alerts whose series vanish are
 * dropped while pending, resolved while firing (unless keep_firing_for
 * still holds them), and resolved alerts are kept 15 minutes.
 */
export class AlertingRule {
  readonly kind = 'alert' as const;
  readonly expr: Expr;
  /** The expression as Prometheus prints it (the API's `query`). */
  readonly query: string;
  readonly labels: Labels;
  readonly annotations: Labels;
  /** Active alerts by label-set key, including resolved ones still retained. */
  readonly active = new Map<string, Alert>();
  readonly status: RuleStatus = { health: 'unknown', lastError: undefined, lastEvaluationMs: undefined, evaluationTimeMs: 0 };

  constructor(readonly config: RuleConfig) {
    this.expr = parseExpr(config.expr);
    this.query = formatExpr(this.expr);
    this.labels = labelsFromRecord(config.labels);
    this.annotations = labelsFromRecord(config.annotations);
  }

  get name(): string {
    return this.config.name;
  }

  /** eval runs the rule and returns the ALERTS and ALERTS_FOR_STATE samples to append. */
  async eval(ctx: RuleEvalContext): Promise<Sample[]> {
    const queryT = ctx.tMs - ctx.queryOffsetMs;
    const res = await ctx.query(this.query, queryT);
    const templateQuery: TemplateQueryFunc = async (q, t) =>
      (await ctx.query(q, t)).map((s) => ({ labels: new Map(Object.entries(labelsToRecord(s.labels))), value: s.v }));
    const fresh = new Map<string, Alert>();
    for (const smpl of res) {
      const data = { labels: labelsToRecord(smpl.labels), externalLabels: ctx.externalLabels, externalURL: ctx.externalURL, value: smpl.v };
      const expand = (text: string): Promise<string> =>
        expandAlertTemplate(text, this.name, data, { query: templateQuery, tMs: ctx.tMs, externalURL: ctx.externalURL });
      let lbs: Labels = smpl.labels.filter((l) => l.name !== METRIC_NAME);
      for (const l of this.labels) lbs = withLabel(lbs, l.name, await expand(l.value));
      lbs = withLabel(lbs, 'alertname', this.name);
      const ann: [string, string][] = [];
      for (const a of this.annotations) ann.push([a.name, await expand(a.value)]);
      const key = labelsKey(lbs);
      if (fresh.has(key)) throw new Error('vector contains metrics with the same labelset after applying alert labels');
      fresh.set(key, { labels: lbs, annotations: labelsFromRecord(Object.fromEntries(ann)), activeAtMs: ctx.tMs, state: 'pending', value: smpl.v });
    }

    for (const [key, a] of fresh) {
      const old = this.active.get(key);
      // A known alert keeps its state and start; only its value and annotations move on.
      if (old !== undefined && old.state !== 'inactive') {
        old.value = a.value;
        old.annotations = a.annotations;
        continue;
      }
      this.active.set(key, a);
      this.note(ctx, a, old === undefined ? 'new' : 'inactive', 'pending', 'the expression returned this series');
    }

    const out: Sample[] = [];
    let activeCount = 0;
    for (const [key, a] of [...this.active]) {
      if (!fresh.has(key)) {
        let keepFiring = false;
        if (a.state === 'firing' && this.config.keepFiringForMs > 0) {
          if (a.keepFiringSinceMs === undefined) {
            a.keepFiringSinceMs = ctx.tMs;
            this.noteKeep(ctx, a);
          }
          if (ctx.tMs - a.keepFiringSinceMs < this.config.keepFiringForMs) keepFiring = true;
        }
        if (a.state === 'pending' || (a.resolvedAtMs !== undefined && ctx.tMs - a.resolvedAtMs > RESOLVED_RETENTION_MS)) {
          this.active.delete(key);
          this.note(ctx, a, a.state, 'removed', a.state === 'pending' ? 'the series vanished before `for` elapsed' : 'resolved more than 15m ago');
        }
        if (a.state !== 'inactive' && !keepFiring) {
          const from = a.state;
          a.state = 'inactive';
          a.resolvedAtMs = ctx.tMs;
          if (from === 'firing') this.note(ctx, a, from, 'inactive', a.keepFiringSinceMs !== undefined ? 'keep_firing_for elapsed' : 'the expression no longer returns this series');
        }
        if (!keepFiring) continue;
      } else {
        a.keepFiringSinceMs = undefined;
      }
      activeCount++;
      if (a.state === 'pending' && ctx.tMs - a.activeAtMs >= this.config.forMs) {
        a.state = 'firing';
        a.firedAtMs = ctx.tMs;
        this.note(ctx, a, 'pending', 'firing', `active for ${(ctx.tMs - a.activeAtMs) / 1000}s ≥ for ${this.config.forMs / 1000}s`);
      }
      // A reload that lengthened `for` sends a firing alert back to pending until it has been active long enough.
      if (a.state === 'firing' && ctx.tMs - a.activeAtMs < this.config.forMs) {
        a.state = 'pending';
        a.firedAtMs = undefined;
        a.lastSentAtMs = undefined;
        a.keepFiringSinceMs = undefined;
        this.note(ctx, a, 'firing', 'pending', `active for ${(ctx.tMs - a.activeAtMs) / 1000}s < the new for ${this.config.forMs / 1000}s`);
      }
      out.push(this.alertSample(a, queryT), this.forStateSample(a, queryT));
    }

    if (ctx.limit > 0 && activeCount > ctx.limit) {
      this.active.clear();
      throw new Error(`exceeded limit of ${ctx.limit} with ${activeCount} alerts`);
    }
    return out;
  }

  private alertSample(a: Alert, tMs: number): Sample {
    let lbs = this.labels;
    for (const l of a.labels) lbs = withLabel(lbs, l.name, l.value);
    lbs = withLabel(lbs, METRIC_NAME, ALERT_METRIC);
    lbs = withLabel(lbs, 'alertname', this.name);
    lbs = withLabel(lbs, 'alertstate', a.state);
    return { labels: lbs, t: tMs, v: 1 };
  }

  private forStateSample(a: Alert, tMs: number): Sample {
    let lbs = this.labels;
    for (const l of a.labels) lbs = withLabel(lbs, l.name, l.value);
    lbs = withLabel(lbs, METRIC_NAME, ALERT_FOR_STATE_METRIC);
    lbs = withLabel(lbs, 'alertname', this.name);
    // Whole seconds, as Go's time.Unix() gives them.
    return { labels: lbs, t: tMs, v: Math.floor(a.activeAtMs / 1000) };
  }

  /**
   * sendAlerts hands the alerts due for (re)sending to `notify`, stamping
   * their endsAt: resolution time when resolved, otherwise now + 4 ×
   * max(resend delay, group interval), which survives two missed
   * evaluations or sends.
   */
  sendAlerts(ctx: RuleEvalContext, resendDelayMs: number, intervalMs: number, notify: (alerts: readonly AlertForSend[], sentAtMs: number) => void): void {
    const batch: AlertForSend[] = [];
    for (const a of this.sortedActive()) {
      const reason = needsSending(a, ctx.tMs, resendDelayMs);
      if (reason === undefined) continue;
      a.lastSentAtMs = ctx.tMs;
      a.validUntilMs = ctx.tMs + 4 * Math.max(resendDelayMs, intervalMs);
      const payload: AlertForSend = {
        labels: withExternalLabels(a.labels, ctx.externalLabels),
        annotations: labelsToRecord(a.annotations),
        startsAt: formatRFC3339Millis(a.firedAtMs),
        endsAt: formatRFC3339Millis(a.resolvedAtMs ?? a.validUntilMs),
        generatorURL: generatorURL(ctx.externalURL, this.query),
      };
      batch.push(payload);
      const why = reason === 'firing' ? 'the alert started firing'
        : reason === 'resolved' ? 'the alert resolved since the last send'
        : `more than resend_delay (${resendDelayMs / 1000}s) since the last send`;
      ctx.timeline.add({ kind: 'send', tMs: ctx.tMs, group: ctx.group, file: ctx.file, rule: this.name, alert: formatLabels(a.labels), reason, why, payload });
    }
    if (batch.length > 0) notify(batch, ctx.tMs);
  }

  /** sortedActive lists alerts (resolved ones included) in label order, for deterministic output. */
  sortedActive(): Alert[] {
    return [...this.active.values()].sort((x, y) => (labelsKey(x.labels) < labelsKey(y.labels) ? -1 : 1));
  }

  /** state is the rule's state: the most severe of its alerts' states. */
  get state(): AlertState {
    let s: AlertState = 'inactive';
    for (const a of this.active.values()) {
      if (a.state === 'firing') return 'firing';
      if (a.state === 'pending') s = 'pending';
    }
    return s;
  }

  private note(ctx: RuleEvalContext, a: Alert, from: AlertState | 'new', to: AlertState | 'removed', why: string): void {
    ctx.timeline.add({ kind: 'transition', tMs: ctx.tMs, group: ctx.group, file: ctx.file, rule: this.name, alert: formatLabels(a.labels), from, to, why });
  }

  private noteKeep(ctx: RuleEvalContext, a: Alert): void {
    this.note(ctx, a, 'firing', 'firing', `the series vanished; keep_firing_for ${this.config.keepFiringForMs / 1000}s holds the alert firing`);
  }
}

