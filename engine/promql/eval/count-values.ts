import type { AggregateExpr } from '../ast';
import { goQuote, withLabel, type Labels } from '../../model/labels';
import { QueryError } from '../errors';
import { OutputBuilder } from './builder';
import type { EvalContext } from './context';
import { formatFloatF } from '../parser/go-numbers';
import type { Grid } from './grid';
import { groupingLabels } from './grouping';
import { keyOf } from './label-key';
import { TRACE_SERIES_LIMIT } from './trace-detail';
import type { VectorVal } from './value';

/**
 * countValues evaluates `count_values("label", v)`: per step it counts the
 * samples per distinct value, writing the value (Go's shortest decimal form)
 * into the given label, which also joins the `by` grouping.
 */
export async function countValues(ctx: EvalContext, e: AggregateExpr, labelName: string, input: VectorVal, g: Grid): Promise<VectorVal> {
  if (!isValidUtf8LabelName(labelName)) throw new QueryError('execution', `invalid label name ${goQuote(labelName)}`);
  const grouping = new Set(e.grouping);
  if (!e.without) grouping.add(labelName);
  const out = new OutputBuilder(g.n, false);
  // Cache the output label set per (series, value string) so steps with repeating values do not rebuild labels.
  const cache = new Map<string, Labels>();
  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const counts = new Map<string, { labels: Labels; n: number }>();
    for (const s of input.series) {
      if (s.has[i] !== 1) continue;
      const vs = formatFloatF(s.vals[i]!);
      const ck = keyOf(s.labels) + '\x00' + vs;
      let gl = cache.get(ck);
      if (gl === undefined) {
        gl = groupingLabels(withLabel(s.labels, labelName, vs), grouping, e.without);
        cache.set(ck, gl);
      }
      const gk = keyOf(gl);
      const c = counts.get(gk);
      if (c === undefined) counts.set(gk, { labels: gl, n: 1 });
      else c.n++;
    }
    for (const c of counts.values()) out.add(c.labels, false, i, c.n);
  }
  ctx.tracer?.detail({
    kind: 'aggregate',
    op: 'count_values',
    inputSeries: input.series.length,
    groupCount: out.series.length,
    groups: out.series.slice(0, TRACE_SERIES_LIMIT).map((s) => s.labels),
  });
  return { kind: 'vector', series: out.series };
}

/** Label names must be non-empty valid UTF-8 (a lone surrogate is the JavaScript form of invalid UTF-8). */
function isValidUtf8LabelName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = name.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
