import { describe, expect, it } from 'vitest';
import { formatFloatE, formatFloatF, formatJsonNumber, formatSampleValue, formatTimestamp } from './float';

describe('formatSampleValue (jsonutil.MarshalFloat)', () => {
  it.each([
    [1, '1'],
    [0.1, '0.1'],
    [0, '0'],
    [-0, '-0'],
    [-2.5, '-2.5'],
    [1234567.891, '1234567.891'],
    [1e20, '100000000000000000000'],
    [1e21, '1e+21'],
    [1.5e300, '1.5e+300'],
    [0.000001, '0.000001'],
    [1e-7, '1e-07'],
    [1.25e-10, '1.25e-10'],
    [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
  ])('prints %s as %s', (v, want) => {
    expect(formatSampleValue(v)).toBe(want);
  });
});

describe('Go float formats', () => {
  it("'f' never switches to an exponent", () => {
    expect(formatFloatF(1e21)).toBe('1000000000000000000000');
    expect(formatFloatF(1e-7)).toBe('0.0000001');
    expect(formatFloatF(123.456)).toBe('123.456');
  });
  it("'e' pads the exponent to two digits", () => {
    expect(formatFloatE(1)).toBe('1e+00');
    expect(formatFloatE(-1.5e-100)).toBe('-1.5e-100');
  });
  it('JSON numbers follow encoding/json', () => {
    expect(formatJsonNumber(1e-7)).toBe('1e-7');
    expect(formatJsonNumber(0.5)).toBe('0.5');
    expect(formatJsonNumber(-0)).toBe('-0');
  });
});

describe('formatTimestamp (jsonutil.MarshalTimestamp)', () => {
  it.each([
    [1435781451781, '1435781451.781'],
    [1500, '1.500'],
    [1000, '1'],
    [5, '0.005'],
    [0, '0'],
    [-1500, '-1.500'],
  ])('prints %s ms as %s', (ms, want) => {
    expect(formatTimestamp(ms)).toBe(want);
  });
});
