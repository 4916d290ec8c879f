import {
  compileMatcher, exprType, formatAnnotation, labelsToRecord, parseExpr, parseMetricSelector, prettifyExpr, ParseError,
  type Annotation, type CompiledMatcher, type MetricMetadata, type QueryResult,
} from '@/engine/index';
import type { ServedWorld } from './demoWorld';
import type { Annotated, EngineMethods, MethodName, Params, QueryReply, Result } from './protocol';

/** Handler answers one method; `signal` aborts a running evaluation. */
type Handler<M extends MethodName> = (params: Params<M>, signal: AbortSignal) => Result<M> | Promise<Result<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

const SERIES_LIMIT = 10_000;

function annotated(list: readonly Annotation[], severity: Annotation['severity'], query: string): Annotated[] {
  return list.filter((a) => a.severity === severity).map((a) => ({ text: formatAnnotation(a, query), pos: a.pos }));
}

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

/** createHandlers binds every protocol method to a world. */
export function createHandlers(world: ServedWorld): Handlers {
  const { head, engine } = world;
  const querier = () => head.querier(head.minTime, head.maxTime);
  return {
    info: () => world.info(),
    instantQuery: async (p, signal) =>
      toReply(await engine.instantQuery(head, p.query, p.timeMs, { signal, timeoutMs: p.timeoutMs }), p.query),
    rangeQuery: async (p, signal) =>
      toReply(await engine.rangeQuery(head, p.query, p.startMs, p.endMs, p.stepMs, { signal, timeoutMs: p.timeoutMs }), p.query),
    labelNames: (p) => unionSorted(selectorSets(p.matchers), (m) => querier().labelNames(m)),
    labelValues: (p) => unionSorted(selectorSets(p.matchers), (m) => querier().labelValues(p.name, m)),
    metricNames: (p) => querier().labelValues('__name__').filter((n) => n.startsWith(p.prefix ?? '')),
    metadata: (p) => {
      const out: Record<string, MetricMetadata> = {};
      for (const [name, meta] of querier().metadata(p.metric)) out[name] = meta;
      return out;
    },
    series: (p) => {
      const limit = p.limit ?? SERIES_LIMIT;
      const seen = new Map<string, Record<string, string>>();
      for (const m of selectorSets(p.matchers)) {
        for (const s of querier().select(m)) {
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
  } satisfies { [M in keyof EngineMethods]: Handler<M> };
}
