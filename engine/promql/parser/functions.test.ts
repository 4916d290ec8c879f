import { describe, expect, it } from 'vitest';
import { FUNCTION_SIGNATURES } from './index';

describe('FUNCTION_SIGNATURES', () => {
  it('lists every Prometheus 3.14 function under its own name', () => {
    const names = Object.keys(FUNCTION_SIGNATURES);
    expect(names).toHaveLength(90);
    for (const name of names) expect(FUNCTION_SIGNATURES[name]?.name).toBe(name);
  });

  it.each<[string, Partial<(typeof FUNCTION_SIGNATURES)[string]>]>([
    ['rate', { argTypes: ['matrix'], variadic: 0, returnType: 'vector', experimental: false }],
    ['histogram_quantile', { argTypes: ['scalar', 'vector'], returnType: 'vector' }],
    ['label_join', { argTypes: ['vector', 'string', 'string', 'string'], variadic: -1 }],
    ['round', { argTypes: ['vector', 'scalar'], variadic: 1 }],
    ['hour', { argTypes: ['vector'], variadic: 1 }],
    ['time', { argTypes: [], returnType: 'scalar' }],
    ['scalar', { argTypes: ['vector'], returnType: 'scalar' }],
    ['vector', { argTypes: ['scalar'], returnType: 'vector' }],
    ['info', { argTypes: ['vector', 'vector'], variadic: 1, experimental: true }],
    ['histogram_quantiles', { argTypes: ['vector', 'string', 'scalar', 'scalar'], variadic: 9, experimental: true }],
    ['double_exponential_smoothing', { argTypes: ['matrix', 'scalar', 'scalar'], experimental: true }],
    ['start_timestamp', { argTypes: ['vector'], experimental: true }],
    ['step', { argTypes: [], returnType: 'scalar', experimental: true }],
  ])('%s', (name, want) => {
    expect(FUNCTION_SIGNATURES[name]).toMatchObject(want);
  });

  it('does not mistake object prototype members for functions', async () => {
    const { parseExpr } = await import('./index');
    expect(() => parseExpr('toString()')).toThrow('unknown function with name "toString"');
  });
});
