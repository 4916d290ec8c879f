import type { Annotations } from '../annotations';
import type { PosRange } from '../ast';
import { goQuote } from '../../model/labels';
import type { FunctionContext } from './types';

/**
 * Start ("created") timestamps let counter functions see resets that the
 * values alone hide, e.g. a delta-temporality series whose every sample
 * restarts from zero. A start timestamp of 0 means "unknown", as upstream.
 */

/**
 * isStartTimestampReset reports whether the current sample starts a new
 * counter life: its start time lies after the previous sample. A start time
 * equal to the previous sample's time is a reset only if the previous
 * sample had a sound start time of its own (delta series); with an unknown
 * previous start it is OpenTelemetry's "unknown start" for cumulative data.
 */
export function isStartTimestampReset(prevSt: number, prevT: number, curSt: number, curT: number): boolean {
  // Unset, after the sample itself (invalid), or equal to it (unknown start): no reset.
  if (curSt === 0 || curSt >= curT) return false;
  if (curSt < prevT) return false;
  if (curSt > prevT) return true;
  if (prevSt > prevT) return false;
  return prevSt !== 0 && prevSt !== prevT;
}

/**
 * startTimeOverlaps flags a start time that reaches back before the
 * previous sample without being the same life as it (same start time):
 * neither a valid delta nor a valid cumulative series.
 */
export function startTimeOverlaps(prevSt: number, prevT: number, curSt: number): boolean {
  return curSt !== 0 && curSt < prevT && curSt !== prevSt;
}

const counts = new WeakMap<Annotations, Map<string, number>>();

/**
 * warnStartTimeOverlap reports an overlap once per metric name and
 * position, counting repeated occurrences in the text as upstream does.
 */
export function warnStartTimeOverlap(ctx: FunctionContext, metricName: string, pos: PosRange | undefined): void {
  const base = `sample has start time that overlaps with previous sample timestamp for metric ${goQuote(metricName)}`;
  const key = `${base}|${pos?.start ?? -1}`;
  let byKey = counts.get(ctx.annotations);
  if (byKey === undefined) {
    byKey = new Map();
    counts.set(ctx.annotations, byKey);
  }
  const n = (byKey.get(key) ?? 0) + 1;
  byKey.set(key, n);
  const message = n > 1 ? `${base} (${n} occurrences)` : base;
  ctx.annotations.upsert(key, () => ({ severity: 'warning', message, pos }));
}
