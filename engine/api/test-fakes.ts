import { compareLabels, labelsFromRecord, compareStrings, getLabel, type Labels } from '../model/labels';
import { matchesAll, type CompiledMatcher, type LabelMatcher, type MatchType } from '../model/matchers';
import type { Expr } from '../promql/ast';
import { ParseError } from '../promql/errors';
import type { PromQLEngine, QueryOptions, QueryResult } from '../promql/types';
import type { MetricMetadata, Querier, Queryable, SampleBatch } from '../storage/interface';
import type { ApiDeps, ApiParser } from './deps';
import { createApiHandler } from './router';
import type { ApiRequest } from './types';

/**
 * Small stand-ins for the parser, engine and storage so handler tests pin
 * the API layer alone: exact JSON, status codes and error texts.
 */

export interface FakeSeries {
  readonly labels: Labels;
  readonly samples: readonly (readonly [number, number])[];
}

export function series(record: Record<string, string>, samples: (readonly [number, number])[] = [[0, 1]]): FakeSeries {
  return { labels: labelsFromRecord(record), samples };
}

/** fakeStorage answers selects by filtering a fixed list; time bounds are ignored like a head's index. */
export function fakeStorage(list: readonly FakeSeries[], metadata: Record<string, MetricMetadata> = {}): Queryable {
  const sorted = [...list].sort((a, b) => compareLabels(a.labels, b.labels));
  const querier: Querier = {
    select(matchers) {
      return sorted
        .filter((s) => matchesAll(s.labels, matchers))
        .map((s) => ({
          labels: s.labels,
          samples(): SampleBatch {
            return {
              ts: Float64Array.from(s.samples.map((p) => p[0])),
              vs: Float64Array.from(s.samples.map((p) => p[1])),
              stale: new Uint8Array(s.samples.length),
              length: s.samples.length,
            };
          },
        }));
    },
    labelNames(matchers?: readonly CompiledMatcher[]) {
      const names = new Set<string>();
      for (const s of sorted) if (!matchers || matchesAll(s.labels, matchers)) for (const l of s.labels) names.add(l.name);
      return [...names].sort(compareStrings);
    },
    labelValues(name: string, matchers?: readonly CompiledMatcher[]) {
      const values = new Set<string>();
      for (const s of sorted) {
        if (matchers && !matchesAll(s.labels, matchers)) continue;
        const v = getLabel(s.labels, name);
        if (v !== '') values.add(v);
      }
      return [...values].sort(compareStrings);
    },
    metadata(metric?: string) {
      const out = new Map<string, MetricMetadata>();
      for (const [k, v] of Object.entries(metadata)) if (metric === undefined || metric === k) out.set(k, v);
      return out;
    },
  };
  return { querier: () => querier };
}

const SELECTOR = /^([a-zA-Z_:][a-zA-Z0-9_:]*)?(?:\{(.*)\})?$/;
const MATCHER = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"([^"]*)"\s*$/;

/** fakeParser understands `name{label op "value", ...}` selectors and numbers; anything else is a parse error. */
export const fakeParser: ApiParser = {
  parseMetricSelector(input: string): LabelMatcher[] {
    const m = SELECTOR.exec(input.trim());
    if (!m || (m[1] === undefined && m[2] === undefined)) throw new ParseError(input, { start: 0, end: input.length }, `unexpected character: ${JSON.stringify(input[0] ?? '')}`);
    const out: LabelMatcher[] = [];
    if (m[1] !== undefined) out.push({ type: '=', name: '__name__', value: m[1] });
    for (const part of (m[2] ?? '').split(',').filter((p) => p.trim() !== '')) {
      const mm = MATCHER.exec(part);
      if (!mm) throw new ParseError(input, { start: 0, end: input.length }, 'unexpected character inside braces');
      out.push({ type: mm[2] as MatchType, name: mm[1]!, value: mm[3]! });
    }
    return out;
  },
  parseExpr(input: string): Expr {
    if (input.trim() === '') throw new ParseError(input, { start: 0, end: 0 }, 'no expression found in input');
    if (/^-?\d+(\.\d+)?$/.test(input.trim())) return { kind: 'NumberLiteral', value: Number(input), pos: { start: 0, end: input.length } };
    const matchers = fakeParser.parseMetricSelector(input);
    const name = matchers.find((m) => m.name === '__name__')?.value ?? '';
    return { kind: 'VectorSelector', name, matchers, offsetMs: 0, pos: { start: 0, end: input.length } };
  },
  prettify(expr: Expr): string {
    return expr.kind === 'VectorSelector' ? expr.name : String(expr.kind);
  },
  functionSignature(name: string) {
    return name === 'rate' ? { name, argTypes: ['matrix'], variadic: 0, returnType: 'vector' } : undefined;
  },
};

export interface EngineCall {
  readonly kind: 'instant' | 'range';
  readonly query: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
  readonly opts: QueryOptions | undefined;
}

/** fakeEngine records its calls and answers from `respond` (which may throw engine errors). */
export function fakeEngine(respond: (call: EngineCall) => QueryResult): PromQLEngine & { calls: EngineCall[] } {
  const calls: EngineCall[] = [];
  return {
    calls,
    async instantQuery(_q, query, tMs, opts) {
      const call: EngineCall = { kind: 'instant', query, startMs: tMs, endMs: tMs, stepMs: 0, opts };
      calls.push(call);
      return respond(call);
    },
    async rangeQuery(_q, query, startMs, endMs, stepMs, opts) {
      const call: EngineCall = { kind: 'range', query, startMs, endMs, stepMs, opts };
      calls.push(call);
      return respond(call);
    },
  };
}

export const NO_STATS = { totalQueryableSamples: 0, peakSamples: 0, evalTotalTimeMs: 0 };

/** fakeDeps assembles dependencies with fixed clocks (now = 2026-01-01T00:00:00Z). */
export function fakeDeps(overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    engine: fakeEngine(() => ({ value: { type: 'vector', samples: [] }, annotations: [], stats: NO_STATS })),
    storage: fakeStorage([]),
    parser: fakeParser,
    nowMs: () => Date.UTC(2026, 0, 1),
    elapsedMs: () => 0,
    queryTimeoutMs: 120_000,
    status: {
      buildInfo: { version: '3.14.0', revision: 'test', branch: 'HEAD', buildUser: 'test', buildDate: '20260101-00:00:00', goVersion: 'none' },
      flags: { 'query.timeout': '2m', 'query.lookback-delta': '5m' },
      configYaml: 'global:\n  scrape_interval: 1m\n',
      runtimeInfo: () => ({
        startTimeMs: Date.UTC(2026, 0, 1),
        cwd: '/work',
        hostname: 'test',
        serverTimeMs: Date.UTC(2026, 0, 1, 0, 0, 1, 500),
        reloadConfigSuccess: true,
        lastConfigTimeMs: Date.UTC(2026, 0, 1),
        corruptionCount: 0,
        goroutineCount: 1,
        gomaxprocs: 1,
        gomemlimit: 0,
        gogc: '',
        godebug: '',
        storageRetention: '15d',
      }),
      tsdbStatus: () => ({
        headStats: { numSeries: 0, numLabelPairs: 0, chunkCount: 0, minTime: Infinity, maxTime: -Infinity },
        seriesCountByMetricName: [],
        labelValueCountByLabelName: [],
        memoryInBytesByLabelName: [],
        seriesCountByLabelValuePair: [],
      }),
    },
    ...overrides,
  };
}

/** get and post build requests; `call` runs one through a fresh handler. */
export function get(url: string, headers: Record<string, string> = {}): ApiRequest {
  return { method: 'GET', url, headers, body: '' };
}

export function post(url: string, body: string, headers: Record<string, string> = {}): ApiRequest {
  return { method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body };
}

export async function call(deps: ApiDeps, req: ApiRequest): Promise<{ status: number; body: string; json: unknown; headers: Readonly<Record<string, string | readonly string[]>> }> {
  const res = await createApiHandler(deps)(req);
  let json: unknown;
  try {
    json = res.body === '' ? undefined : JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { status: res.status, body: res.body, json, headers: res.headers };
}
