import type { PrometheusClient } from '@prometheus-io/codemirror-promql';
import { EqlRegex, EqlSingle, Neq, NeqRegex } from '@prometheus-io/lezer-promql';
import type { EngineClient } from '../system/engineClient';

/** CompletionMatcher is codemirror-promql's Matcher: `type` is a lezer-promql token id. */
interface CompletionMatcher {
  readonly type: number;
  readonly name: string;
  readonly value: string;
}

function op(type: number): string {
  switch (type) {
    case Neq: return '!=';
    case EqlRegex: return '=~';
    case NeqRegex: return '!~';
    case EqlSingle:
    default: return '=';
  }
}

/**
 * selectorFor writes a `match[]` selector for a metric and the matchers typed
 * so far, leaving out the label being completed and empty values (as
 * codemirror-promql's HTTP client does). Returns undefined for "all series".
 */
export function selectorFor(metricName?: string, matchers?: readonly CompletionMatcher[], labelName?: string): string | undefined {
  const parts = (matchers ?? [])
    .filter((m) => m.name !== labelName && m.value !== '')
    .map((m) => `${m.name}${op(m.type)}${JSON.stringify(m.value)}`);
  if (metricName) parts.unshift(`__name__=${JSON.stringify(metricName)}`);
  return parts.length === 0 ? undefined : `{${parts.join(',')}}`;
}

const list = (s: string | undefined): string[] | undefined => (s === undefined ? undefined : [s]);

/**
 * workerPrometheusClient implements codemirror-promql's PrometheusClient on
 * top of the engine worker: completion asks the worker, never HTTP. Failures
 * (say, a half-typed regex in a matcher) complete nothing instead of throwing.
 */
export function workerPrometheusClient(engine: EngineClient): PrometheusClient {
  const quiet = <T,>(p: Promise<T>, empty: T): Promise<T> => p.catch(() => empty);
  return {
    metricNames: (prefix) => quiet(engine.call('metricNames', { prefix }), []),
    labelNames: (metricName) => quiet(engine.call('labelNames', { matchers: list(selectorFor(metricName)) }), []),
    labelValues: (labelName, metricName, matchers) =>
      quiet(engine.call('labelValues', { name: labelName, matchers: list(selectorFor(metricName, matchers, labelName)) }), []),
    metricMetadata: async () => {
      const meta = await quiet(engine.call('metadata', {}), {});
      return Object.fromEntries(Object.entries(meta).map(([name, m]) => [name, [{ type: m.type, help: m.help }]]));
    },
    series: async (metricName, matchers, labelName) => {
      const sel = selectorFor(metricName, matchers, labelName) ?? '{__name__=~".+"}';
      const rows = await quiet(engine.call('series', { matchers: [sel] }), []);
      return rows.map((r) => new Map(Object.entries(r)));
    },
    flags: async () => ({}),
  };
}
