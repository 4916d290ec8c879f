import type { Labels } from '../model/labels';
import type { FloatPoint, Histogram, HistogramPoint } from '../model/samples';

/** Sample is one element of an instant vector. */
export interface Sample {
  readonly labels: Labels;
  /** Timestamp in ms: the evaluation time, or the sample's own time for `timestamp()` inputs. */
  readonly t: number;
  readonly v: number;
  /** Set for native histogram samples (then `v` is ignored). */
  readonly h?: Histogram;
  /**
   * Delayed name removal: the metric name is still in `labels` but must be
   * dropped at the end of evaluation (Prometheus's Sample.DropName).
   */
  readonly dropName?: boolean;
}

export type Vector = Sample[];

/** Series is one element of a range vector (matrix). */
export interface Series {
  readonly labels: Labels;
  readonly floats: FloatPoint[];
  readonly histograms?: HistogramPoint[];
  readonly dropName?: boolean;
}

export type Matrix = Series[];

export type Value =
  | { readonly type: 'scalar'; readonly t: number; readonly v: number }
  | { readonly type: 'string'; readonly t: number; readonly v: string }
  | { readonly type: 'vector'; readonly samples: Vector }
  | { readonly type: 'matrix'; readonly series: Matrix };
