import { goQuote } from '../model/labels';
import { formatAnnotation } from '../promql/annotations';
import type { QueryOptions, QueryResult } from '../promql/types';
import type { Value } from '../promql/values';
import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError, invalidParam, queryExecError, queryPrepareError } from './errors';
import { toMs } from './go-time';
import { RawJson } from './json';
import { parseDuration, parseLimit, parseTime, parseTimeParam, subNs } from './params';
import { statsJson, valueJson } from './results';

/**
 * /api/v1/query and /api/v1/query_range: parameter checks in Prometheus's
 * order and wording, then one engine call, then the result with its
 * annotations, optional limit truncation and optional stats.
 */

/** MAX_POINTS_PER_SERIES is Prometheus's fixed cap on (end-start)/step. */
const MAX_POINTS_PER_SERIES = 11_000n;

const TRUNCATED = 'results truncated due to limit';

/** parseOr runs a parser, turning its error into `invalid parameter "<name>"`. */
function parseOr<T>(name: string, parse: () => T): T | ApiError {
  try {
    return parse();
  } catch (e) {
    return invalidParam(name, e);
  }
}

/** SharedOptions are the parameters both query endpoints read after their time parameters. */
interface SharedOptions {
  readonly timeoutMs: number;
  readonly lookbackDeltaMs?: number;
}

function sharedOptions(ctx: HandlerContext): SharedOptions | ApiError {
  let timeoutMs = ctx.deps.queryTimeoutMs;
  const to = ctx.form.get('timeout');
  if (to !== '') {
    const d = parseOr('timeout', () => parseDuration(to));
    if (d instanceof ApiError) return d;
    // The request's deadline and the server's own timeout both apply; the earlier one wins.
    // Zero or negative is an expired deadline: the engine still parses first, then times out.
    timeoutMs = Math.min(timeoutMs, Number(d / 1_000_000n));
  }
  let lookbackDeltaMs: number | undefined;
  const lb = ctx.form.get('lookback_delta');
  if (lb !== '') {
    try {
      const d = Number(parseDuration(lb) / 1_000_000n);
      // Zero or negative means "use the engine's default", as upstream.
      if (d > 0) lookbackDeltaMs = d;
    } catch (e) {
      return new ApiError('bad_data', `error parsing lookback delta duration: ${(e as Error).message}`);
    }
  }
  return { timeoutMs, lookbackDeltaMs };
}

/** truncate applies `limit` to vectors and matrices only. */
function truncate(v: Value, limit: number): { value: Value; truncated: boolean } {
  if (limit <= 0) return { value: v, truncated: false };
  if (v.type === 'vector' && v.samples.length > limit) return { value: { type: 'vector', samples: v.samples.slice(0, limit) }, truncated: true };
  if (v.type === 'matrix' && v.series.length > limit) return { value: { type: 'matrix', series: v.series.slice(0, limit) }, truncated: true };
  return { value: v, truncated: false };
}

/** statsParamWarning is Prometheus's deprecation notice for `stats` values other than true/all. */
function statsParamWarning(stats: string): string | undefined {
  if (stats === '' || stats === 'true' || stats === 'all') return undefined;
  return `value ${goQuote(stats)} for parameter "stats" is deprecated and will be rejected in the next major release, use "true" or "all"`;
}

async function run(ctx: HandlerContext, limit: number, exec: (opts: QueryOptions) => Promise<QueryResult>, opts: SharedOptions): Promise<HandlerResult> {
  const query = ctx.form.get('query');
  const started = ctx.deps.elapsedMs();
  let result: QueryResult;
  try {
    result = await exec({ timeoutMs: opts.timeoutMs, lookbackDeltaMs: opts.lookbackDeltaMs, signal: ctx.req.signal });
  } catch (e) {
    return fail(queryPrepareError(e) ?? queryExecError(e));
  }
  const execTotalMs = ctx.deps.elapsedMs() - started;

  const warnings: string[] = [];
  const infos: string[] = [];
  for (const a of result.annotations) (a.severity === 'info' ? infos : warnings).push(formatAnnotation(a, query));
  const { value, truncated } = truncate(result.value, limit);
  if (truncated) warnings.push(TRUNCATED);
  const stats = ctx.form.get('stats');
  const sw = statsParamWarning(stats);
  if (sw !== undefined) warnings.push(sw);

  const data: Record<string, RawJson | string> = { resultType: value.type, result: valueJson(value) };
  if (stats !== '') {
    data.stats = statsJson(result.stats, { execTotalMs, prepareMs: Math.max(0, execTotalMs - result.stats.evalTotalTimeMs) });
  }
  return ok(data, warnings, infos);
}

/** handleQuery serves /api/v1/query. */
export async function handleQuery(ctx: HandlerContext): Promise<HandlerResult> {
  const limit = parseOr('limit', () => parseLimit(ctx.form.get('limit')));
  if (limit instanceof ApiError) return fail(limit);
  const nowNs = BigInt(Math.trunc(ctx.deps.nowMs())) * 1_000_000n;
  const ts = parseOr('time', () => parseTimeParam(ctx.form, 'time', nowNs));
  if (ts instanceof ApiError) return fail(ts);
  const opts = sharedOptions(ctx);
  if (opts instanceof ApiError) return fail(opts);
  const query = ctx.form.get('query');
  const tMs = toMs(ts);
  return run(ctx, limit, (o) => ctx.deps.engine.instantQuery(ctx.deps.storage, query, tMs, o), opts);
}

/** handleQueryRange serves /api/v1/query_range. */
export async function handleQueryRange(ctx: HandlerContext): Promise<HandlerResult> {
  const limit = parseOr('limit', () => parseLimit(ctx.form.get('limit')));
  if (limit instanceof ApiError) return fail(limit);
  const start = parseOr('start', () => parseTime(ctx.form.get('start')));
  if (start instanceof ApiError) return fail(start);
  const end = parseOr('end', () => parseTime(ctx.form.get('end')));
  if (end instanceof ApiError) return fail(end);
  if (end < start) return fail(invalidParam('end', 'end timestamp must not be before start time'));
  const step = parseOr('step', () => parseDuration(ctx.form.get('step')));
  if (step instanceof ApiError) return fail(step);
  if (step <= 0n) return fail(invalidParam('step', 'zero or negative query resolution step widths are not accepted. Try a positive integer'));
  // For safety Prometheus limits the points per series: 60s resolution for a week, 1h for a year.
  if (subNs(end, start) / step > MAX_POINTS_PER_SERIES) {
    return fail(new ApiError('bad_data', 'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)'));
  }
  const opts = sharedOptions(ctx);
  if (opts instanceof ApiError) return fail(opts);
  const query = ctx.form.get('query');
  const startMs = toMs(start);
  const endMs = toMs(end);
  // The engine works in whole milliseconds, as Prometheus's does; a sub-millisecond step still advances.
  const stepMs = Math.max(1, Number(step / 1_000_000n));
  return run(ctx, limit, (o) => ctx.deps.engine.rangeQuery(ctx.deps.storage, query, startMs, endMs, stepMs, o), opts);
}
