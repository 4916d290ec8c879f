import {
  compileMatcher, exprType, labelsToRecord, parseExpr, parseMetricSelector, prettifyExpr, ParseError,
  type CompiledMatcher, type MetricMetadata, type QueryResult,
} from '@/engine/index';
import { annotated } from './annotated';
import { createExerciseHandler } from './exerciseHandler';
import { explainQuery } from './explainHandler';
import { answerRangeQueries } from './rangeQueries';
import type { WorldSession } from './worldSession';
import type { EngineMethods, MethodName, Params, QueryReply, Result } from './protocol';

/** Handler answers one method; `signal` aborts a running evaluation. */
type Handler<M extends MethodName> = (params: Params<M>, signal: AbortSignal) => Result<M> | Promise<Result<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

const SERIES_LIMIT = 10_000;
/** The longest single jump forward (the control API's limit too). */
const MAX_ADVANCE_MS = 7 * 86_400_000;

function toReply(res: QueryResult, query: string): QueryReply {
  return {
    value: res.value,
    warnings: annotated(res.annotations, 'warning', query),
    infos: annotated(res.annotations, 'info', query),
    evalMs: res.stats.evalTotalTimeMs,
    totalQueryableSamples: res.stats.totalQueryableSamples,
    peakSamples: res.stats.peakSamples,
  };
}

/** selectorSets parses `match[]` selectors (throwing ParseError) into one matcher list each. */
function selectorSets(selectors: readonly string[] | undefined): CompiledMatcher[][] {
  return (selectors ?? []).map((s) => parseMetricSelector(s).map(compileMatcher));
}

/** unionSorted runs `fn` once per selector set (or once with none) and merges the sorted answers. */
function unionSorted(sets: CompiledMatcher[][], fn: (m?: CompiledMatcher[]) => string[]): string[] {
  if (sets.length === 0) return fn();
  const all = new Set<string>();
  for (const m of sets) for (const v of fn(m)) all.add(v);
  return [...all].sort();
}

/** createHandlers binds every protocol method to the session's current world. */
export function createHandlers(session: WorldSession): Handlers {
  const host = () => session.current();
  const querier = async () => {
    const { head } = (await host()).system;
    return head.querier(head.minTime, head.maxTime);
  };
  return {
    info: async () => (await host()).info(),
    instantQuery: async (p, signal) => {
      const { engine, system } = await host();
      return toReply(await engine.instantQuery(system.head, p.query, p.timeMs, { signal, timeoutMs: p.timeoutMs }), p.query);
    },
    rangeQuery: async (p, signal) => {
      const { engine, system } = await host();
      return toReply(await engine.rangeQuery(system.head, p.query, p.startMs, p.endMs, p.stepMs, { signal, timeoutMs: p.timeoutMs }), p.query);
    },
    rangeQueries: async (p, signal) => answerRangeQueries(await host(), p.queries, signal, p.timeoutMs),
    labelNames: async (p) => {
      const q = await querier();
      return unionSorted(selectorSets(p.matchers), (m) => q.labelNames(m));
    },
    labelValues: async (p) => {
      const q = await querier();
      return unionSorted(selectorSets(p.matchers), (m) => q.labelValues(p.name, m));
    },
    metricNames: async (p) => (await querier()).labelValues('__name__').filter((n) => n.startsWith(p.prefix ?? '')),
    metadata: async (p) => {
      const out: Record<string, MetricMetadata> = {};
      for (const [name, meta] of (await querier()).metadata(p.metric)) out[name] = meta;
      return out;
    },
    series: async (p) => {
      const limit = p.limit ?? SERIES_LIMIT;
      const seen = new Map<string, Record<string, string>>();
      const q = await querier();
      for (const m of selectorSets(p.matchers)) {
        for (const s of q.select(m)) {
          if (seen.size >= limit) break;
          const rec = labelsToRecord(s.labels);
          seen.set(JSON.stringify(rec), rec);
        }
      }
      return [...seen.values()];
    },
    formatQuery: (p) => prettifyExpr(parseExpr(p.query)),
    parse: (p) => {
      try {
        return { ok: true, type: exprType(parseExpr(p.query)) };
      } catch (err) {
        if (!(err instanceof ParseError)) throw err;
        return { ok: false, message: err.message, detail: err.detail, pos: err.pos };
      }
    },
    http: async (p) => (await host()).http(p),
    clock: async (p) => {
      const { system } = await host();
      if (p.speed !== undefined) system.setSpeed(p.speed);
      if (p.paused !== undefined) system.setPaused(p.paused);
      if (p.advanceMs !== undefined) {
        if (!(p.advanceMs >= 0 && p.advanceMs <= MAX_ADVANCE_MS)) throw new RangeError(`advance must be between 0 and 7d, got ${p.advanceMs} ms`);
        await system.advance(p.advanceMs);
      }
      return system.clockState();
    },
    reset: (p) => session.reset(p),
    snapshot: async () => (await host()).snapshot(),
    checkExercise: createExerciseHandler(),
    explain: async (p, signal) => explainQuery(await host(), p.query, p.timeMs, signal),
  } satisfies { [M in keyof EngineMethods]: Handler<M> };
}
