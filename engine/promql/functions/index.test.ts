import { describe, expect, it } from 'vitest';
import { FUNCTION_SIGNATURES } from '../parser/functions';
import { EVALUATOR_FUNCTIONS, FUNCTION_IMPLS } from './index';

describe('FUNCTION_IMPLS', () => {
  it('has an implementation for every signature except those the evaluator handles', () => {
    const expected = Object.keys(FUNCTION_SIGNATURES)
      .filter((n) => !EVALUATOR_FUNCTIONS.includes(n))
      .sort();
    expect(Object.keys(FUNCTION_IMPLS).sort()).toEqual(expected);
  });

  it('uses the kind the signature calls for', () => {
    for (const [name, impl] of Object.entries(FUNCTION_IMPLS)) {
      const sig = FUNCTION_SIGNATURES[name]!;
      const hasMatrix = sig.argTypes.includes('matrix');
      const elementwise = sig.returnType === 'vector' && sig.argTypes[0] === 'vector' && sig.argTypes.slice(1).every((t) => t === 'scalar');
      if (impl.kind === 'range') expect(hasMatrix, name).toBe(true);
      if (hasMatrix) expect(impl.kind, name).toBe('range');
      if (impl.kind === 'sample') expect(elementwise && sig.variadic >= 0, name).toBe(true);
    }
  });

  it('keeps the metric name only for first_over_time and last_over_time', () => {
    const keeping = Object.entries(FUNCTION_IMPLS)
      .filter(([, impl]) => impl.kind !== 'vector' && impl.keepName === true)
      .map(([name]) => name)
      .sort();
    expect(keeping).toEqual(['first_over_time', 'last_over_time']);
  });
});
