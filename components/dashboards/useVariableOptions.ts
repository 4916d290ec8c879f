'use client';
import { useEffect, useState } from 'react';
import type { EngineClient } from '../system/engineClient';
import type { Variable } from './model';
import { filterOptions, interpolate, parseVariableQuery, staticOptions, type VariableValues } from './variables';

/** Options per variable name; null while a query variable's options are loading. */
export type VariableOptions = Readonly<Record<string, readonly string[] | null>>;

/**
 * loadOptions asks the worker for a query variable's options, as Grafana's
 * Prometheus data source does: label_values → the label-values API,
 * metrics(re) → metric names, query_result(expr) → an instant query's series.
 */
async function loadOptions(client: EngineClient, v: Variable, values: VariableValues, timeMs: number): Promise<string[]> {
  if (v.kind !== 'query') return staticOptions(v);
  const q = parseVariableQuery(interpolate(v.query, values));
  if (!q) throw new Error(`Unsupported variable query: ${v.query}`);
  let opts: string[];
  if (q.kind === 'label_values') opts = await client.call('labelValues', { name: q.label, ...(q.match ? { matchers: [q.match] } : {}) });
  else if (q.kind === 'metrics') opts = filterOptions(await client.call('metricNames', {}), `/${q.regex}/`);
  else {
    const r = await client.call('instantQuery', { query: q.expr, timeMs });
    const samples = r.value.type === 'vector' ? r.value.samples : [];
    opts = samples.map((s) => `{${s.labels.map((l) => `${l.name}="${l.value}"`).join(', ')}} ${s.v} ${s.t}`);
  }
  return filterOptions(opts, v.regex);
}

/**
 * useVariableOptions loads every variable's options in order, each query
 * seeing the values chosen for the variables before it (chained variables
 * like `label_values(node_uname_info{job="$job"}, instance)`), again when
 * those values or the time range change.
 */
export function useVariableOptions(client: EngineClient | null, variables: readonly Variable[], values: VariableValues, timeMs: number | null): { readonly options: VariableOptions; readonly errors: Readonly<Record<string, string>> } {
  const [state, setState] = useState<{ options: VariableOptions; errors: Record<string, string> }>(() => ({
    options: Object.fromEntries(variables.map((v) => [v.name, v.kind === 'query' ? null : staticOptions(v)])),
    errors: {},
  }));
  const key = JSON.stringify(values);
  useEffect(() => {
    if (!client || timeMs === null) return;
    let live = true;
    (async () => {
      const options: Record<string, readonly string[]> = {};
      const errors: Record<string, string> = {};
      for (const v of variables) {
        try {
          options[v.name] = await loadOptions(client, v, JSON.parse(key) as VariableValues, timeMs);
        } catch (e) {
          options[v.name] = [];
          errors[v.name] = e instanceof Error ? e.message : String(e);
        }
      }
      // Unchanged options keep their identity, so a refresh does not re-render every panel for nothing.
      if (live) setState((prev) => (JSON.stringify(prev) === JSON.stringify({ options, errors }) ? prev : { options, errors }));
    })();
    return () => { live = false; };
  }, [client, variables, key, timeMs]);
  return state;
}
