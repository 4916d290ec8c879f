import { dropMetricName } from '../../model/labels';
import type { TraceExample } from '../types';
import type { Grid } from './grid';
import type { EvalValue } from './value';

/** How many output series a trace node keeps as examples. */
export const TRACE_EXAMPLES = 5;

/**
 * traceExamples picks a node's first output series that have a value at the
 * last step, with that value, so explain views can show what a node
 * produced. Only called while tracing.
 */
export function traceExamples(v: EvalValue, g: Grid): TraceExample[] {
  const last = g.n - 1;
  switch (v.kind) {
    case 'scalar':
      return [{ labels: [], value: v.vals[last]! }];
    case 'string':
      return [];
    case 'vector': {
      const out: TraceExample[] = [];
      for (const s of v.series) {
        if (out.length >= TRACE_EXAMPLES) break;
        // A name marked for delayed removal is shown as it will be returned.
        if (s.has[last] === 1) out.push({ labels: s.dropName ? dropMetricName(s.labels) : s.labels, value: s.vals[last]! });
      }
      return out;
    }
    case 'matrix':
      return v.series.slice(0, TRACE_EXAMPLES).flatMap((s) => {
        const p = s.floats.at(-1);
        return p === undefined ? [] : [{ labels: s.labels, value: p.v }];
      });
  }
}
