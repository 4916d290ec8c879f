import { EMPTY_LABELS } from '../../model/labels';
import type { Vector } from '../values';
import { floatsOnly, vectorArg, withNameDropped } from './output';
import type { VectorFunction } from './types';

/**
 * Date functions: year(), month(), day_of_month(), ... They read each
 * sample's value as Unix seconds and answer in UTC. Without an argument
 * they use the evaluation time and return one sample with no labels.
 */

/** Largest |seconds| a JavaScript Date can represent. */
const MAX_DATE_SECONDS = 8.64e12;

/**
 * dateOf converts Unix seconds to a UTC date. Prometheus truncates the
 * value to whole seconds towards zero first (Go's int64 conversion), so
 * 59.9 s is still minute 0. Values outside Date's range give undefined.
 */
function dateOf(seconds: number): Date | undefined {
  const whole = Math.trunc(seconds);
  if (!Number.isFinite(whole) || Math.abs(whole) > MAX_DATE_SECONDS) return undefined;
  return new Date(whole * 1000);
}

function dateFunction(part: (d: Date) => number): VectorFunction {
  return {
    kind: 'vector',
    apply(args, ctx): Vector {
      if (args.length === 0) {
        // Evaluation time in whole seconds, truncated like Go's integer division.
        const d = dateOf(Math.trunc(ctx.tMs / 1000));
        return [{ labels: EMPTY_LABELS, t: ctx.tMs, v: d === undefined ? NaN : part(d) }];
      }
      return floatsOnly(vectorArg(args, 0)).map((s) => {
        const d = dateOf(s.v);
        return withNameDropped(ctx, s.labels, ctx.tMs, d === undefined ? NaN : part(d));
      });
    },
  };
}

const MS_PER_DAY = 86_400_000;

function dayOfYear(d: Date): number {
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  const startOfDay = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((startOfDay - startOfYear) / MS_PER_DAY) + 1;
}

function daysInMonth(d: Date): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
}

export const TIME_FUNCTIONS = {
  year: dateFunction((d) => d.getUTCFullYear()),
  month: dateFunction((d) => d.getUTCMonth() + 1),
  day_of_month: dateFunction((d) => d.getUTCDate()),
  day_of_week: dateFunction((d) => d.getUTCDay()),
  day_of_year: dateFunction(dayOfYear),
  days_in_month: dateFunction(daysInMonth),
  hour: dateFunction((d) => d.getUTCHours()),
  minute: dateFunction((d) => d.getUTCMinutes()),
} as const;
