import type { VectorSelector } from '../ast';
import { compileMatcher, type CompiledMatcher } from '../../model/matchers';
import type { StoredSeries } from '../../storage/interface';
import type { EvalContext } from './context';

const compiled = new WeakMap<VectorSelector, readonly CompiledMatcher[]>();

/** compiledMatchers compiles a selector's matchers once per AST node. */
function compiledMatchers(vs: VectorSelector): readonly CompiledMatcher[] {
  let ms = compiled.get(vs);
  if (ms === undefined) {
    ms = vs.matchers.map(compileMatcher);
    compiled.set(vs, ms);
  }
  return ms;
}

/** selectSeries asks the querier for the selector's series that may have samples in [minT, maxT] (ms, inclusive). */
export function selectSeries(ctx: EvalContext, vs: VectorSelector, minT: number, maxT: number): StoredSeries[] {
  return ctx.querier.select(compiledMatchers(vs), { startMs: minT, endMs: maxT });
}

/**
 * refTimes returns the storage time a selector looks at for each step:
 * the step time (or the `@` time) minus the offset, ms.
 */
export function refTime(vs: { readonly at?: VectorSelector['at']; readonly offsetMs: number }, stepMs: number): number {
  const at = vs.at;
  if (at !== undefined && at.kind === 'time') return at.ms - vs.offsetMs;
  return stepMs - vs.offsetMs;
}
