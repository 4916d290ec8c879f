import type { Call } from '../ast';
import type { Annotations } from '../annotations';
import type { Labels } from '../../model/labels';
import type { FloatPoint, HistogramPoint } from '../../model/samples';
import type { Vector } from '../values';

/**
 * The contract between the evaluator and the function implementations.
 * The evaluator resolves arguments step by step and calls the registry in
 * `functions/index.ts`; implementations never see storage or the AST beyond
 * the Call node (for positions and literal arguments).
 */

/** FunctionContext is what a function sees at one evaluation step. */
export interface FunctionContext {
  /** Evaluation time of this step, in ms. */
  readonly tMs: number;
  /** Start and end of the whole query, in ms (for `start()`/`end()`-style needs). */
  readonly queryStartMs: number;
  readonly queryEndMs: number;
  readonly stepMs: number;
  readonly call: Call;
  readonly annotations: Annotations;
  /** Prometheus 3's delayed `__name__` removal is on. */
  readonly delayedNameRemoval: boolean;
}

/**
 * RangeWindow is one series' samples inside a range selector's window at one
 * step. The window, its arrays and its points are only valid during the call:
 * the evaluator refills the same objects for the next step and series.
 */
export interface RangeWindow {
  readonly labels: Labels;
  /**
   * Points with rangeStartMs < t <= rangeEndMs, in time order, staleness markers removed.
   * With `anchored` the points also include those in the lookback delta before the
   * window, with `smoothed` also those in the lookback delta after it (as upstream
   * passes them), so that the function can pick or interpolate the boundary values.
   */
  readonly floats: readonly FloatPoint[];
  readonly histograms: readonly HistogramPoint[];
  /**
   * Start ("created") timestamps of `floats` in ms, index for index, when
   * storage knows them (0 = unknown, as upstream). Only rate, increase,
   * irate and resets use them; absent means none are known.
   */
  readonly floatStartTimestamps?: readonly number[];
  /** Window bounds in ms after offset/@ (left-open: (rangeStartMs, rangeEndMs]). */
  readonly rangeStartMs: number;
  readonly rangeEndMs: number;
  /** The experimental `anchored`/`smoothed` modifiers of the range selector. */
  readonly anchored: boolean;
  readonly smoothed: boolean;
  /** The metric name of the series ('' when none), for annotations. */
  readonly metricName: string;
}

/**
 * SampleSpan is a plain float window (no `anchored`/`smoothed`, no native
 * histograms) in the form the evaluator holds samples: the index range
 * [lo, hi) of a series' typed arrays. Like a RangeWindow it is only valid
 * during the call; the evaluator moves the same object along.
 */
export interface SampleSpan {
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  /** Start timestamps (ms, 0 = unknown) index for index with `ts`, for the functions that use them. */
  readonly sts: Float64Array | undefined;
  readonly lo: number;
  readonly hi: number;
  /** Window bounds in ms after offset/@: (rangeStartMs, rangeEndMs]. */
  readonly rangeStartMs: number;
  readonly rangeEndMs: number;
  /** The metric name of the series ('' when none), for annotations. */
  readonly metricName: string;
}

/** A resolved argument at one step. */
export type FunctionArg =
  | { readonly type: 'scalar'; readonly v: number }
  | { readonly type: 'string'; readonly v: string }
  | { readonly type: 'vector'; readonly v: Vector };

/**
 * Element-wise functions over the one instant-vector argument (abs, ln,
 * clamp, round, ...). `scalars` are the scalar arguments in order. Return
 * undefined to drop the sample. The evaluator applies name dropping.
 */
export interface SampleFunction {
  readonly kind: 'sample';
  /** When true the metric name is kept (otherwise it is dropped, or delayed). */
  readonly keepName?: boolean;
  apply(v: number, scalars: readonly number[], ctx: FunctionContext): number | undefined;
}

/**
 * Range functions over the one range-vector argument (rate, *_over_time, ...),
 * called once per series per step with that series' window. `scalars` are the
 * other (scalar) arguments in order. Return undefined for no output.
 */
export interface RangeFunction {
  readonly kind: 'range';
  readonly keepName?: boolean;
  apply(w: RangeWindow, scalars: readonly number[], ctx: FunctionContext): number | undefined;
  /**
   * applySpan is the fast path for plain float windows: exactly what `apply`
   * returns (and annotates) for a window of the same samples, without the
   * evaluator building point objects for it.
   */
  applySpan?(w: SampleSpan, scalars: readonly number[], ctx: FunctionContext): number | undefined;
  /**
   * explain runs the same computation as `apply` on one window and returns
   * its arithmetic, for evaluation traces only (never called otherwise).
   */
  explain?(w: RangeWindow, scalars: readonly number[], ctx: FunctionContext): Extrapolation | undefined;
}

/**
 * Extrapolation is the arithmetic of rate/increase/delta over one window, as
 * the function computed it. Durations are seconds, like upstream's.
 */
export interface Extrapolation {
  /** Window bounds, ms: (rangeStartMs, rangeEndMs]. */
  readonly rangeStartMs: number;
  readonly rangeEndMs: number;
  readonly samples: number;
  readonly first: FloatPoint;
  readonly last: FloatPoint;
  /** Counter resets seen inside the window and the values added back for them. */
  readonly resets: number;
  readonly resetCorrection: number;
  /** last − first + resetCorrection (+ the first value when counting from a start time). */
  readonly increase: number;
  readonly sampledIntervalS: number;
  readonly averageIntervalS: number;
  /** How far the result is extended beyond the first/last sample towards the window edges. */
  readonly extendStartS: number;
  readonly extendEndS: number;
  /** Why: all the way to the edge, half an average interval, only to where the counter was zero, or from the counter's start time. */
  readonly startRule: 'edge' | 'half-interval' | 'zero' | 'start-time';
  readonly endRule: 'edge' | 'half-interval';
  /** (sampled + extendStart + extendEnd) / sampled. */
  readonly factor: number;
  /** Set for rate: the result is divided by the window length, seconds. */
  readonly perSecondOverS?: number;
  readonly result: number;
}

/**
 * Whole-vector functions that manage labels and order themselves (sort,
 * label_replace, absent, histogram_quantile, vector, scalar-producing time
 * functions, ...). Returns a vector; functions typed to return a scalar
 * return a one-element vector with empty labels whose value is the scalar.
 */
export interface VectorFunction {
  readonly kind: 'vector';
  apply(args: readonly FunctionArg[], ctx: FunctionContext): Vector;
}

export type FunctionImpl = SampleFunction | RangeFunction | VectorFunction;
