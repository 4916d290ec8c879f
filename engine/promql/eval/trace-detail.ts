import type { AggregateOp, Cardinality } from '../ast';
import type { Labels } from '../../model/labels';
import type { FloatPoint } from '../../model/samples';
import type { Extrapolation } from '../functions/types';

/**
 * TraceDetail is the node-specific part of a TraceNode (`detail`), a union on
 * `kind` for explain views to narrow. Lists of series are capped at
 * TRACE_SERIES_LIMIT entries; counts are always complete.
 */
export type TraceDetail =
  | SelectorTrace
  | RangeTrace
  | BinaryTrace
  | SetOpTrace
  | AggregateTrace
  | StepInvariantTrace
  | ExtrapolationTrace;

export const TRACE_SERIES_LIMIT = 50;
/** How many series' extrapolation arithmetic a rate/increase/delta node records. */
export const TRACE_EXTRAPOLATION_LIMIT = 20;

/** A raw sample as stored, staleness markers included. */
export interface RawSample {
  readonly t: number;
  readonly v: number;
  readonly stale: boolean;
}

/** An instant selector: the samples in each series' lookback window at the last step. */
export interface SelectorTrace {
  readonly kind: 'selector';
  readonly lookbackMs: number;
  /** The window is (ref − lookbackMs, ref] where ref is the last step time after `@`/offset. */
  readonly lastStep: readonly { readonly labels: Labels; readonly window: readonly RawSample[] }[];
}

/** A range argument (matrix selector or subquery): each series' window at the last step. */
export interface RangeTrace {
  readonly kind: 'range';
  readonly rangeMs: number;
  readonly windowEndMs: number;
  /** For subqueries: the inner evaluation grid. */
  readonly subquery?: { readonly startMs: number; readonly endMs: number; readonly stepMs: number; readonly steps: number };
  readonly lastStep: readonly { readonly labels: Labels; readonly window: readonly FloatPoint[] }[];
}

export interface MatchSide {
  readonly series: number;
  /** Series that found a partner at some step. */
  readonly matched: number;
  readonly unmatched: number;
}

/** An arithmetic or comparison operator between two vectors. */
export interface BinaryTrace {
  readonly kind: 'binary';
  readonly card: Cardinality;
  readonly lhs: MatchSide;
  readonly rhs: MatchSide;
  /** Samples produced over all steps. */
  readonly resultSamples: number;
}

/** `and`, `or`, `unless`. */
export interface SetOpTrace {
  readonly kind: 'set';
  readonly op: 'and' | 'or' | 'unless';
  readonly lhs: { readonly series: number };
  readonly rhs: { readonly series: number };
}

/** An aggregation: its groups (output label sets; count_values: the value groups). */
export interface AggregateTrace {
  readonly kind: 'aggregate';
  readonly op: AggregateOp;
  readonly inputSeries: number;
  readonly groupCount: number;
  readonly groups: readonly Labels[];
}

/** A subtree evaluated once (at `evaluatedAtMs`) and repeated at every step. */
export interface StepInvariantTrace {
  readonly kind: 'step-invariant';
  readonly evaluatedAtMs: number;
  readonly steps: number;
}

/** rate/increase/delta: the extrapolation arithmetic of the first series' windows at the last step. */
export interface ExtrapolationTrace {
  readonly kind: 'extrapolation';
  readonly func: string;
  readonly series: readonly { readonly labels: Labels; readonly arithmetic: Extrapolation }[];
}
