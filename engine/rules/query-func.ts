import type { QueryResult } from '../promql/types';
import type { Vector } from '../promql/values';
import type { QueryFunc } from './types';

/**
 * queryFuncFrom adapts an instant-query function (such as
 * `(q, t) => engine.instantQuery(storage, q, t)`) to a QueryFunc, as
 * Prometheus's EngineQueryFunc does: vectors pass through, a scalar becomes
 * one sample without labels, anything else is an error.
 */
export function queryFuncFrom(instantQuery: (expr: string, tMs: number) => Promise<QueryResult>): QueryFunc {
  return async (expr, tMs): Promise<Vector> => {
    const { value } = await instantQuery(expr, tMs);
    switch (value.type) {
      case 'vector':
        return value.samples;
      case 'scalar':
        return [{ labels: [], t: value.t, v: value.v }];
      default:
        throw new Error('rule result is not a vector or scalar');
    }
  };
}
