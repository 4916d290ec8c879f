import { compareLabels, labelsKey, type Labels } from '../model/labels';
import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError, invalidParam } from './errors';
import { toMs } from './go-time';
import { RawJson } from './json';
import { parseMatchersParam } from './matchers';
import { MAX_TIME_NS, MIN_TIME_NS, parseLimit, parseTimeParam } from './params';
import { labelsJson } from './results';

const TRUNCATED = 'results truncated due to limit';

/** timeRangeMs reads the optional start/end of the metadata endpoints (default: all time). */
export function timeRangeMs(ctx: HandlerContext): { startMs: number; endMs: number } | ApiError {
  let start: bigint;
  let end: bigint;
  try {
    start = parseTimeParam(ctx.form, 'start', MIN_TIME_NS);
  } catch (e) {
    return invalidParam('start', e);
  }
  try {
    end = parseTimeParam(ctx.form, 'end', MAX_TIME_NS);
  } catch (e) {
    return invalidParam('end', e);
  }
  return { startMs: toMs(start), endMs: toMs(end) };
}

/**
 * handleSeries serves /api/v1/series: the label sets of series matching any
 * `match[]`, sorted and without duplicates, cut at `limit` with a warning.
 */
export function handleSeries(ctx: HandlerContext): HandlerResult {
  if (ctx.formError !== undefined) return fail(new ApiError('bad_data', `error parsing form values: ${ctx.formError}`));
  const selectors = ctx.form.getAll('match[]');
  if (selectors.length === 0) return fail(new ApiError('bad_data', 'no match[] parameter provided'));
  let limit: number;
  try {
    limit = parseLimit(ctx.form.get('limit'));
  } catch (e) {
    return fail(invalidParam('limit', e));
  }
  const range = timeRangeMs(ctx);
  if (range instanceof ApiError) return fail(range);
  let sets;
  try {
    sets = parseMatchersParam(ctx.deps.parser, selectors);
  } catch (e) {
    return fail(invalidParam('match[]', e));
  }

  const querier = ctx.deps.storage.querier(range.startMs, range.endMs);
  const hints = { startMs: range.startMs, endMs: range.endMs };
  let found: Labels[];
  if (sets.length === 1) {
    found = querier.select(sets[0]!, hints).map((s) => s.labels);
  } else {
    const byKey = new Map<string, Labels>();
    for (const set of sets) for (const s of querier.select(set, hints)) byKey.set(labelsKey(s.labels), s.labels);
    found = [...byKey.values()].sort(compareLabels);
  }
  const warnings: string[] = [];
  if (limit > 0 && found.length > limit) {
    found = found.slice(0, limit);
    warnings.push(TRUNCATED);
  }
  return ok(new RawJson(`[${found.map(labelsJson).join(',')}]`), warnings);
}
