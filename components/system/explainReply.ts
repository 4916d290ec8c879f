import type { Extrapolation } from '@/engine/index';

/**
 * The `explain` method's reply: the engine's own evaluation trace of an
 * instant query, made plain (label records instead of label arrays, capped
 * lists) so it crosses the worker boundary by structured clone. Explain
 * views render it and never recompute.
 */
export type ExplainReply = ExplainOk | ExplainFailure;

export interface ExplainOk {
  readonly ok: true;
  readonly query: string;
  readonly timeMs: number;
  readonly evalMs: number;
  readonly root: ExplainNode;
}

/** A query that failed while evaluating; matching failures come with rewrites that fix them. */
export interface ExplainFailure {
  readonly ok: false;
  readonly query: string;
  readonly error: { readonly type: string; readonly message: string };
  readonly matching?: ExplainMatchingConflict;
  readonly fixes: readonly ExplainFix[];
}

export type LabelRecord = Readonly<Record<string, string>>;

export interface ExplainNode {
  /** Path from the root, e.g. "0.1", stable for one reply. */
  readonly id: string;
  /** The AST node kind (AggregateExpr, Call, VectorSelector...). */
  readonly kind: string;
  /** The sub-expression printed on its own: a query that can be run by itself. */
  readonly text: string;
  readonly pos: { readonly start: number; readonly end: number };
  /** scalar, vector, matrix or string. */
  readonly type: string;
  readonly seriesOut: number;
  readonly samplesRead: number;
  readonly timeMs: number;
  /** Set when the subtree did not depend on the step and was evaluated once. */
  readonly stepInvariant: boolean;
  readonly examples: readonly { readonly labels: LabelRecord; readonly value: number }[];
  readonly detail?: ExplainDetail;
  readonly children: readonly ExplainNode[];
}

export type ExplainDetail =
  | { readonly kind: 'selector'; readonly lookbackMs: number; readonly series: readonly ExplainWindow[]; readonly truncated: boolean }
  | {
      readonly kind: 'range';
      readonly rangeMs: number;
      readonly windowEndMs: number;
      readonly subquery?: { readonly startMs: number; readonly endMs: number; readonly stepMs: number; readonly steps: number };
      readonly series: readonly ExplainWindow[];
      readonly truncated: boolean;
    }
  | {
      readonly kind: 'binary';
      readonly card: string;
      readonly lhs: ExplainMatchSide;
      readonly rhs: ExplainMatchSide;
      readonly resultSamples: number;
    }
  | { readonly kind: 'set'; readonly op: string; readonly lhsSeries: number; readonly rhsSeries: number }
  | { readonly kind: 'aggregate'; readonly op: string; readonly inputSeries: number; readonly groupCount: number; readonly groups: readonly LabelRecord[] }
  | { readonly kind: 'extrapolation'; readonly func: string; readonly series: readonly { readonly labels: LabelRecord; readonly arithmetic: Extrapolation }[] };

export interface ExplainMatchSide {
  readonly series: number;
  readonly matched: number;
  readonly unmatched: number;
}

/** The samples one series had in a selector's window at the evaluation time. */
export interface ExplainWindow {
  readonly labels: LabelRecord;
  readonly samples: readonly { readonly t: number; readonly v: number; readonly stale: boolean }[];
  /** Samples left out (the oldest) to keep the reply small. */
  readonly omitted: number;
}

export interface ExplainMatchingConflict {
  readonly side: 'left' | 'right';
  readonly group: LabelRecord;
  readonly series: readonly LabelRecord[];
  readonly partner?: LabelRecord;
  readonly differing: readonly string[];
  readonly pos: { readonly start: number; readonly end: number };
}

/** ExplainFix is a rewritten query that resolves a matching failure, and why. */
export interface ExplainFix {
  readonly title: string;
  readonly why: string;
  readonly query: string;
}
