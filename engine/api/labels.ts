import { compareStrings } from '../model/labels';
import { quoteBytes } from './utf8';
import type { CompiledMatcher } from '../model/matchers';
import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError, invalidParam, messageOf } from './errors';
import { unescapeLabelName, isValidUtf8LabelName } from './label-name';
import { parseMatchersParam } from './matchers';
import { parseLimit } from './params';
import { timeRangeMs } from './series';


/**
 * /api/v1/labels and /api/v1/label/<name>/values: sorted, de-duplicated
 * names or values over the series selected by the optional `match[]` sets.
 */

const TRUNCATED = 'results truncated due to limit';

type Common = { limit: number; startMs: number; endMs: number; sets: CompiledMatcher[][] };

function commonParams(ctx: HandlerContext): Common | ApiError {
  let limit: number;
  try {
    limit = parseLimit(ctx.form.get('limit'));
  } catch (e) {
    return invalidParam('limit', e);
  }
  const range = timeRangeMs(ctx);
  if (range instanceof ApiError) return range;
  try {
    const sets = parseMatchersParam(ctx.deps.parser, ctx.form.getAll('match[]'));
    return { limit, ...range, sets };
  } catch (e) {
    // Unlike /series, these endpoints report matcher errors without the parameter name.
    return new ApiError('bad_data', messageOf(e));
  }
}

/** unionSorted merges the per-set answers and sorts them in byte order. */
function unionSorted(sets: CompiledMatcher[][], read: (matchers?: CompiledMatcher[]) => string[]): string[] {
  if (sets.length <= 1) return [...read(sets[0])].sort(compareStrings);
  const all = new Set<string>();
  for (const set of sets) for (const v of read(set)) all.add(v);
  return [...all].sort(compareStrings);
}

function limited(list: string[], limit: number): HandlerResult {
  if (limit > 0 && list.length > limit) return ok(list.slice(0, limit), [TRUNCATED]);
  return ok(list);
}

/** handleLabelNames serves /api/v1/labels. */
export function handleLabelNames(ctx: HandlerContext): HandlerResult {
  const p = commonParams(ctx);
  if (p instanceof ApiError) return fail(p);
  const q = ctx.deps.storage.querier(p.startMs, p.endMs);
  return limited(unionSorted(p.sets, (m) => q.labelNames(m)), p.limit);
}

/** handleLabelValues serves /api/v1/label/:name/values; `U__`-escaped names allow any UTF-8 name. */
export function handleLabelValues(ctx: HandlerContext): HandlerResult {
  let name = ctx.params.name ?? '';
  if (name.startsWith('U__')) name = unescapeLabelName(name);
  if (!isValidUtf8LabelName(name)) return fail(new ApiError('bad_data', `invalid label name: ${quoteBytes(name)}`));
  const p = commonParams(ctx);
  if (p instanceof ApiError) return fail(p);
  const q = ctx.deps.storage.querier(p.startMs, p.endMs);
  return limited(unionSorted(p.sets, (m) => q.labelValues(name, m)), p.limit);
}
