import { formatLabels, labelsKey, type Labels } from '../model/labels';
import type { Appender } from '../storage/interface';
import { AlertingRule, type RuleEvalContext } from './alerting-rule';
import { groupOffsetMs, evalSlotMs } from './eval-slot';
import type { NotifyFunc } from './notify';
import { RecordingRule } from './recording-rule';
import type { Timeline } from './timeline';
import type { QueryFunc, RuleGroupConfig } from './types';

export type Rule = AlertingRule | RecordingRule;

/** GroupDeps is what a group needs from the world to evaluate. */
export interface GroupDeps {
  readonly query: QueryFunc;
  readonly appender: Appender;
  readonly notify: NotifyFunc;
  readonly resendDelayMs: number;
  readonly externalURL: string;
  readonly externalLabels: Readonly<Record<string, string>>;
  readonly timeline: Timeline;
  /** A wall clock for evaluation durations; deterministic worlds leave durations at 0. */
  readonly elapsedMs?: () => number;
}

/**
 * RuleGroup evaluates its rules in order at each slot, appends their output
 * and writes staleness markers for series a rule stopped producing, as
 * Prometheus's Group does.
 */
export class RuleGroup {
  readonly rules: Rule[];
  readonly intervalMs: number;
  readonly queryOffsetMs: number;
  readonly offsetMs: number;
  /** Per rule: the series appended at the previous evaluation, by label key. */
  seriesInPreviousEval: Map<string, Labels>[];
  /** Series of rules removed on reload, marked stale at the next evaluation. */
  staleSeries: Labels[] = [];
  lastEvaluationMs: number | undefined;
  evaluationTimeMs = 0;

  constructor(
    readonly config: RuleGroupConfig,
    defaultIntervalMs: number,
    defaultQueryOffsetMs: number,
  ) {
    this.rules = config.rules.map((r) => (r.kind === 'alert' ? new AlertingRule(r) : new RecordingRule(r)));
    this.intervalMs = config.intervalMs !== undefined && config.intervalMs > 0 ? config.intervalMs : defaultIntervalMs;
    this.queryOffsetMs = config.queryOffsetMs ?? defaultQueryOffsetMs;
    this.offsetMs = groupOffsetMs(config.file, config.name, this.intervalMs);
    this.seriesInPreviousEval = this.rules.map(() => new Map());
  }

  get name(): string {
    return this.config.name;
  }

  get file(): string {
    return this.config.file;
  }

  /** key identifies a group across reloads: file and name. */
  get key(): string {
    return groupKey(this.file, this.name);
  }

  /** firstEvalMs is the first slot strictly after `nowMs`: a new group waits for its slot. */
  firstEvalMs(nowMs: number): number {
    return evalSlotMs(nowMs, this.offsetMs, this.intervalMs) + this.intervalMs;
  }

  /** equals tells whether a reload left this group unchanged, so it keeps running untouched. */
  equals(other: RuleGroup): boolean {
    return this.intervalMs === other.intervalMs && this.queryOffsetMs === other.queryOffsetMs && fingerprint(this.config) === fingerprint(other.config);
  }

  /**
   * copyState takes over the state of the group this one replaces: for each
   * rule with the same name and labels, its previous series and its active
   * alerts (so `for` progress survives); series of rules that are gone are
   * queued to be marked stale.
   */
  copyState(from: RuleGroup): void {
    this.evaluationTimeMs = from.evaluationTimeMs;
    this.lastEvaluationMs = from.lastEvaluationMs;
    const byIdentity = new Map<string, number[]>();
    from.rules.forEach((r, i) => {
      const id = identity(r);
      byIdentity.set(id, [...(byIdentity.get(id) ?? []), i]);
    });
    this.rules.forEach((r, i) => {
      const id = identity(r);
      const idx = byIdentity.get(id) ?? [];
      const fi = idx[0];
      if (fi === undefined) return;
      byIdentity.set(id, idx.slice(1));
      this.seriesInPreviousEval[i] = from.seriesInPreviousEval[fi] ?? new Map();
      const old = from.rules[fi];
      if (r instanceof AlertingRule && old instanceof AlertingRule) for (const [k, a] of old.active) r.active.set(k, a);
    });
    this.staleSeries = [...from.staleSeries];
    for (const idx of byIdentity.values()) {
      for (const fi of idx) this.staleSeries.push(...(from.seriesInPreviousEval[fi]?.values() ?? []));
    }
  }

  /** eval evaluates every rule at slot `tMs`, one after the other. */
  async eval(tMs: number, deps: GroupDeps): Promise<void> {
    const clock = deps.elapsedMs ?? (() => 0);
    const groupStart = clock();
    const staleT = tMs - this.queryOffsetMs;
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i]!;
      const start = clock();
      rule.status.lastEvaluationMs = tMs;
      const ctx: RuleEvalContext = {
        query: deps.query, tMs, queryOffsetMs: this.queryOffsetMs, limit: this.config.limit,
        externalURL: deps.externalURL, externalLabels: deps.externalLabels, timeline: deps.timeline,
        group: this.name, file: this.file,
      };
      let samples;
      try {
        samples = await rule.eval(ctx);
      } catch (e) {
        // A failed rule keeps its previous series: no staleness markers this round.
        rule.status.health = 'err';
        rule.status.lastError = e instanceof Error ? e.message : String(e);
        rule.status.evaluationTimeMs = clock() - start;
        continue;
      }
      rule.status.health = 'ok';
      rule.status.lastError = undefined;
      if (rule instanceof AlertingRule) rule.sendAlerts(ctx, deps.resendDelayMs, this.intervalMs, deps.notify);
      const returned = new Map<string, Labels>();
      for (const s of samples) {
        try {
          if (s.h !== undefined) deps.appender.appendHistogram(s.labels, s.t, s.h);
          else deps.appender.append(s.labels, s.t, s.v);
          returned.set(labelsKey(s.labels), s.labels);
        } catch (e) {
          rule.status.health = 'err';
          rule.status.lastError = e instanceof Error ? e.message : String(e);
        }
      }
      for (const [key, lbs] of this.seriesInPreviousEval[i] ?? []) {
        if (!returned.has(key)) appendStale(deps.appender, lbs, staleT);
      }
      this.seriesInPreviousEval[i] = returned;
      rule.status.evaluationTimeMs = clock() - start;
    }
    for (const lbs of this.staleSeries) appendStale(deps.appender, lbs, staleT);
    this.staleSeries = [];
    this.lastEvaluationMs = tMs;
    this.evaluationTimeMs = clock() - groupStart;
  }

  /** allPreviousSeries lists every series the group wrote last time (to mark them stale when it is removed). */
  allPreviousSeries(): Labels[] {
    return [...this.staleSeries, ...this.seriesInPreviousEval.flatMap((m) => [...m.values()])];
  }
}

/** appendStale writes a staleness marker; out-of-order and duplicate errors are expected when another rule took the series over. */
export function appendStale(app: Appender, lbs: Labels, tMs: number): void {
  try {
    app.appendStale(lbs, tMs);
  } catch {
    // Ignored, as Prometheus ignores them.
  }
}

export function groupKey(file: string, name: string): string {
  return file + ';' + name;
}

function identity(r: Rule): string {
  return r.name + formatLabels(r.labels);
}

function fingerprint(c: RuleGroupConfig): string {
  // Positions are left out: moving a group within its file does not change it.
  return JSON.stringify({ n: c.name, f: c.file, i: c.intervalMs, q: c.queryOffsetMs, l: c.limit, g: c.labels, r: c.rules.map((r) => ({ ...r, line: 0 })) });
}
