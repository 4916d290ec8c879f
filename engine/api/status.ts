import type { HandlerContext } from './context';
import type { TsdbStat } from './deps';
import { fail, ok, type HandlerResult } from './envelope';
import { ApiError } from './errors';
import { parseGoInt } from './go-parse';
import { fromMs, formatRFC3339Nano } from './go-time';
import { goMap, RawJson } from './json';

/** /api/v1/status/*: build and runtime facts, flags, configuration and TSDB cardinality. */

export function handleBuildInfo(ctx: HandlerContext): HandlerResult {
  const b = ctx.deps.status.buildInfo;
  return ok({ version: b.version, revision: b.revision, branch: b.branch, buildUser: b.buildUser, buildDate: b.buildDate, goVersion: b.goVersion });
}

export function handleRuntimeInfo(ctx: HandlerContext): HandlerResult {
  const r = ctx.deps.status.runtimeInfo();
  const time = (ms: number) => formatRFC3339Nano(fromMs(ms));
  return ok({
    startTime: time(r.startTimeMs),
    CWD: r.cwd,
    hostname: r.hostname,
    serverTime: time(r.serverTimeMs),
    reloadConfigSuccess: r.reloadConfigSuccess,
    lastConfigTime: time(r.lastConfigTimeMs),
    corruptionCount: r.corruptionCount,
    goroutineCount: r.goroutineCount,
    GOMAXPROCS: r.gomaxprocs,
    GOMEMLIMIT: r.gomemlimit,
    GOGC: r.gogc,
    GODEBUG: r.godebug,
    storageRetention: r.storageRetention,
  });
}

export function handleFlags(ctx: HandlerContext): HandlerResult {
  return ok(goMap(Object.entries(ctx.deps.status.flags)));
}

export function handleConfig(ctx: HandlerContext): HandlerResult {
  return ok({ yaml: ctx.deps.status.configYaml });
}

/** MAX_TSDB_LIMIT is the largest `limit` /status/tsdb accepts. */
const MAX_TSDB_LIMIT = 10_000;

/** int64 prints an int64 field; an empty head reports Go's MaxInt64/MinInt64 bounds, which JSON numbers cannot hold exactly. */
function int64(v: number): RawJson {
  if (v === Infinity || v >= 2 ** 63) return new RawJson('9223372036854775807');
  if (v === -Infinity || v <= -(2 ** 63)) return new RawJson('-9223372036854775808');
  return new RawJson(String(Math.trunc(v)));
}

const statList = (list: readonly TsdbStat[]) => list.map((s) => ({ name: s.name, value: s.value }));

export function handleTsdbStatus(ctx: HandlerContext): HandlerResult {
  let limit = 10;
  const s = ctx.form.get('limit');
  if (s !== '') {
    const r = parseGoInt(s);
    if (r.error !== undefined || r.value < 1) return fail(new ApiError('bad_data', 'limit must be a positive number'));
    if (r.value > MAX_TSDB_LIMIT) return fail(new ApiError('bad_data', `limit must not exceed ${MAX_TSDB_LIMIT}`));
    limit = r.value;
  }
  const st = ctx.deps.status.tsdbStatus(limit);
  const h = st.headStats;
  return ok({
    headStats: { numSeries: h.numSeries, numLabelPairs: h.numLabelPairs, chunkCount: h.chunkCount, minTime: int64(h.minTime), maxTime: int64(h.maxTime) },
    seriesCountByMetricName: statList(st.seriesCountByMetricName),
    labelValueCountByLabelName: statList(st.labelValueCountByLabelName),
    memoryInBytesByLabelName: statList(st.memoryInBytesByLabelName),
    seriesCountByLabelValuePair: statList(st.seriesCountByLabelValuePair),
  });
}

/** handleWalReplay reports a finished replay: this server has no WAL. */
export function handleWalReplay(): HandlerResult {
  return ok({ min: 0, max: 0, current: 0 });
}
