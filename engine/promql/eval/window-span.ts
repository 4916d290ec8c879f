import type { SampleSpan } from '../functions/types';
import type { RangeSeries } from './range-input';

const EMPTY = new Float64Array(0);

/** SpanBuffer is the one SampleSpan of a range-function call, moved from series to series and step to step. */
export interface SpanBuffer extends SampleSpan {
  ts: Float64Array;
  vs: Float64Array;
  sts: Float64Array | undefined;
  lo: number;
  hi: number;
  rangeStartMs: number;
  rangeEndMs: number;
  metricName: string;
}

/** newSpanBuffer creates the span for one call (all fields present so its shape never changes). */
export function newSpanBuffer(): SpanBuffer {
  return { ts: EMPTY, vs: EMPTY, sts: undefined, lo: 0, hi: 0, rangeStartMs: 0, rangeEndMs: 0, metricName: '' };
}

/** loadSpanSeries points the span at series s; `withSts` passes its start timestamps on to the function. */
export function loadSpanSeries(w: SpanBuffer, s: RangeSeries, metricName: string, withSts: boolean): void {
  w.ts = s.ts;
  w.vs = s.vs;
  w.sts = withSts ? s.sts : undefined;
  w.metricName = metricName;
}
