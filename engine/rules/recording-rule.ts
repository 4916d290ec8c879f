import { formatExpr, parseExpr } from '../promql/parser/index';
import type { Expr } from '../promql/ast';
import type { Sample } from '../promql/values';
import { labelsFromRecord, labelsKey, METRIC_NAME, withLabel, type Labels } from '../model/labels';
import type { RuleEvalContext, RuleStatus } from './alerting-rule';
import type { RuleConfig } from './types';

/**
 * RecordingRule evaluates its expression and renames each resulting series
 * to the recorded metric name, overriding labels with the rule's labels.
 */
export class RecordingRule {
  readonly kind = 'record' as const;
  readonly expr: Expr;
  readonly query: string;
  readonly labels: Labels;
  readonly status: RuleStatus = { health: 'unknown', lastError: undefined, lastEvaluationMs: undefined, evaluationTimeMs: 0 };

  constructor(readonly config: RuleConfig) {
    this.expr = parseExpr(config.expr);
    this.query = formatExpr(this.expr);
    this.labels = labelsFromRecord(config.labels);
  }

  get name(): string {
    return this.config.name;
  }

  /** eval returns the samples to append, stamped with the query time. */
  async eval(ctx: RuleEvalContext): Promise<Sample[]> {
    const queryT = ctx.tMs - ctx.queryOffsetMs;
    const vector = await ctx.query(this.query, queryT);
    const out: Sample[] = [];
    const seen = new Set<string>();
    for (const s of vector) {
      let lbs = withLabel(s.labels, METRIC_NAME, this.name);
      for (const l of this.labels) lbs = withLabel(lbs, l.name, l.value);
      const key = labelsKey(lbs);
      if (seen.has(key)) throw new Error('vector contains metrics with the same labelset after applying rule labels');
      seen.add(key);
      out.push(s.h === undefined ? { labels: lbs, t: queryT, v: s.v } : { labels: lbs, t: queryT, v: s.v, h: s.h });
    }
    if (ctx.limit > 0 && out.length > ctx.limit) throw new Error(`exceeded limit of ${ctx.limit} with ${out.length} series`);
    return out;
  }
}
