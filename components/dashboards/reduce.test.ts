import { describe, expect, it } from 'vitest';
import { mapValue, reduce } from './reduce';

const v = Float64Array.from([NaN, 2, 4, NaN, 9, 1, NaN]);

describe('legend calculations', () => {
  it('reduce finite values only: last (not null), mean, max, min', () => {
    expect(reduce(v, 'last')).toBe(1);
    expect(reduce(v, 'mean')).toBe(4);
    expect(reduce(v, 'max')).toBe(9);
    expect(reduce(v, 'min')).toBe(1);
    expect(reduce(Float64Array.from([NaN]), 'mean')).toBeNaN();
  });
});

describe('value mappings', () => {
  const mappings = [
    { kind: 'value', value: '1', text: 'OK', color: 'green' },
    { kind: 'range', from: null, to: 300, text: 'just rebooted', color: 'bogus;color' },
  ] as const;
  it('maps exact values and ranges, the first match winning', () => {
    expect(mapValue(1, mappings)).toEqual({ text: 'OK', color: '#56a64b' });
    expect(mapValue(0, mappings)).toEqual({ text: 'just rebooted', color: '#8e8e8e' });
    expect(mapValue(301, mappings)).toBeNull();
    expect(mapValue(NaN, mappings)).toBeNull();
  });
});
