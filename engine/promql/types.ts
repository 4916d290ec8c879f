import type { Expr, PosRange } from './ast';
import type { Annotation } from './annotations';
import type { Queryable } from '../storage/interface';
import type { Value } from './values';
import type { AbortSignalLike } from '../platform';
import type { Labels } from '../model/labels';

/** EngineOptions configure a PromQL engine; defaults follow Prometheus 3. */
export interface EngineOptions {
  /** Lookback for instant selectors, ms. Default 5m. */
  readonly lookbackDeltaMs?: number;
  /** Maximum samples held at once by one query. Default 50,000,000 (Prometheus's --query.max-samples). */
  readonly maxSamples?: number;
  /** Query timeout in ms. Default 2m. */
  readonly timeoutMs?: number;
  /** Default subquery step (`[5m:]`) in ms. Default 1m. */
  readonly defaultSubqueryStepMs?: number;
  /** Experimental functions and syntax (duration expressions, fill modifiers, anchored/smoothed, limitk...). */
  readonly enableExperimental?: boolean;
  /** Prometheus's promql-delayed-name-removal feature. */
  readonly delayedNameRemoval?: boolean;
}

/** QueryOptions are per-query overrides. */
export interface QueryOptions {
  readonly lookbackDeltaMs?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignalLike;
  /** Record an evaluation trace (per AST node) for the explain view. */
  readonly trace?: boolean;
}

/** QueryStats are the counters Prometheus reports with `stats=all`. */
export interface QueryStats {
  readonly totalQueryableSamples: number;
  readonly peakSamples: number;
  readonly evalTotalTimeMs: number;
}

/**
 * TraceNode is the engine's record of evaluating one AST node; the explain
 * view renders it and never recomputes anything.
 */
export interface TraceNode {
  readonly expr: Expr;
  /** The node printed on its own. */
  readonly text: string;
  readonly pos: PosRange;
  /** Number of series the node produced (max over steps for range queries). */
  readonly seriesOut: number;
  /** Raw samples read from storage by this node itself (selectors). */
  readonly samplesRead: number;
  /** Wall time spent in this node including children, ms. */
  readonly timeMs: number;
  /** Node-specific detail (matched/unmatched series, groups, windows...). */
  readonly detail?: unknown;
  /** A few of the node's output series with their value at the last step. */
  readonly examples?: readonly TraceExample[];
  readonly children: readonly TraceNode[];
}

/** TraceExample is one output series of a traced node and its value at the last step. */
export interface TraceExample {
  readonly labels: Labels;
  readonly value: number;
}

export interface QueryResult {
  readonly value: Value;
  readonly annotations: readonly Annotation[];
  readonly stats: QueryStats;
  readonly trace?: TraceNode;
}

/** PromQLEngine evaluates queries against any Queryable. Errors are thrown as ParseError or QueryError. */
export interface PromQLEngine {
  instantQuery(q: Queryable, query: string, tMs: number, opts?: QueryOptions): Promise<QueryResult>;
  rangeQuery(q: Queryable, query: string, startMs: number, endMs: number, stepMs: number, opts?: QueryOptions): Promise<QueryResult>;
}
