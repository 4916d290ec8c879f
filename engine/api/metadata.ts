import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError } from './errors';
import { parseGoInt } from './go-parse';
import { goMap, type JsonValue } from './json';
import { MAX_TIME_NS, MIN_TIME_NS } from './params';
import { toMs } from './go-time';

/**
 * /api/v1/metadata: metric family → list of {type, help, unit}.
 * Prometheus answers from its scrape targets' metadata caches; this server
 * has no targets, so it answers from the metadata stored with the data
 * (the TYPE/HELP/UNIT lines of the loaded file), one entry per family.
 */

function intParam(ctx: HandlerContext, name: string): number | ApiError {
  const s = ctx.form.get(name);
  if (s === '') return -1;
  const r = parseGoInt(s);
  return r.error !== undefined ? new ApiError('bad_data', `${name} must be a number`) : r.value;
}

export function handleMetadata(ctx: HandlerContext): HandlerResult {
  const limit = intParam(ctx, 'limit');
  if (limit instanceof ApiError) return fail(limit);
  // Only one metadata entry is stored per family, so a positive limit_per_metric never cuts; it is still validated.
  const limitPerMetric = intParam(ctx, 'limit_per_metric');
  if (limitPerMetric instanceof ApiError) return fail(limitPerMetric);
  const metric = ctx.form.get('metric');

  const querier = ctx.deps.storage.querier(toMs(MIN_TIME_NS), toMs(MAX_TIME_NS));
  const all = querier.metadata(metric === '' ? undefined : metric);
  const entries: [string, JsonValue][] = [];
  for (const [family, md] of goMap([...all].map(([k, v]) => [k, { type: v.type, help: v.help, unit: v.unit }] as const))) {
    // Upstream stops adding families once `limit` is reached (limit=0 gives an empty object);
    // it walks a Go map, so which families survive is random there and alphabetical here.
    if (limit >= 0 && entries.length >= limit) break;
    if (metric !== '' && family !== metric) continue;
    entries.push([family, [md]]);
  }
  return ok(new Map(entries));
}
