import { describe, expect, it } from 'vitest';
import { formatGoFloat, formatOpenMetricsFloat, parseGoFloat, secondsToMs } from './float';

describe('formatGoFloat', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [100, '100'],
    [123456, '123456'],
    [1234567, '1.234567e+06'],
    [1e6, '1e+06'],
    [1.931016e6, '1.931016e+06'],
    [1.7672292e9, '1.7672292e+09'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e21, '1e+21'],
    [1e100, '1e+100'],
    [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('prints %d as Go prints it with %%g: %s', (v, want) => {
    expect(formatGoFloat(v)).toBe(want);
  });
});

describe('formatOpenMetricsFloat', () => {
  it.each([
    [1, '1.0'],
    [0, '0.0'],
    [-1, '-1.0'],
    [42, '42.0'],
    [0.5, '0.5'],
    [1e6, '1e+06'],
    [NaN, 'NaN'],
    [-Infinity, '-Inf'],
  ])('prints %d with a decimal point or exponent: %s', (v, want) => {
    expect(formatOpenMetricsFloat(v)).toBe(want);
  });
});

describe('parseGoFloat', () => {
  it.each([
    ['1', 1],
    ['-3e3', -3000],
    ['08', 8],
    ['.23', 0.23],
    ['1.', 1],
    ['+1.5E-2', 0.015],
    ['1.7560473e+06', 1756047.3],
    ['+Inf', Infinity],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['NaN', NaN],
    ['nan', NaN],
    ['1e-400', 0],
  ])('accepts %s', (s, want) => {
    expect(parseGoFloat(s)).toBe(want);
  });

  it.each(['', '+', '.', 'e5', '1e', '1e+', '1_2', '0x1p-3', '0x1', '0b1', '0o1', '1..2', ' 1', '1 ', '+NaN', 'Infx', '1e400', 'abc'])(
    'rejects %j',
    (s) => {
      expect(parseGoFloat(s)).toBeUndefined();
    },
  );

  it('parses a slice of a longer string', () => {
    expect(parseGoFloat('x 12.5 y', 2, 6)).toBe(12.5);
  });
});

describe('secondsToMs', () => {
  it('converts float seconds to integer milliseconds', () => {
    expect(secondsToMs(1234.5)).toBe(1234500);
    expect(secondsToMs(1.23456789e6)).toBe(1234567890);
  });

  it('keeps the millisecond a binary product lands just below', () => {
    expect(Math.trunc(1.001 * 1000)).toBe(1000);
    expect(secondsToMs(1.001)).toBe(1001);
    expect(secondsToMs(1520879607.789)).toBe(1520879607789);
  });

  it('truncates sub-millisecond digits as Prometheus does', () => {
    expect(secondsToMs(1234.5678)).toBe(1234567);
    expect(secondsToMs(-1.0005)).toBe(-1000);
  });
});
