import { describe, expect, it } from 'vitest';
import { formatFloatE, formatFloatF, formatGoFloat } from './go-float';

describe('Go float printing with shortest digits', () => {
  it("prints 'g' (fmt's %v) in exponent form below 1e-4 and from 1e6", () => {
    const cases: [number, string][] = [
      [0, '0'], [-0, '-0'], [0.1, '0.1'], [123456, '123456'], [1e6, '1e+06'], [1234567, '1.234567e+06'],
      [1e-4, '0.0001'], [1e-5, '1e-05'], [1.5e-7, '1.5e-07'], [1e21, '1e+21'], [-2.5, '-2.5'],
      [NaN, 'NaN'], [Infinity, '+Inf'], [-Infinity, '-Inf'],
    ];
    for (const [v, s] of cases) expect(formatGoFloat(v)).toBe(s);
  });

  it("prints 'f' without an exponent and 'e' with at least two exponent digits", () => {
    expect(formatFloatF(1e21)).toBe('1000000000000000000000');
    expect(formatFloatF(1.5e-7)).toBe('0.00000015');
    expect(formatFloatF(-0)).toBe('-0');
    expect(formatFloatE(0)).toBe('0e+00');
    expect(formatFloatE(1.5e21)).toBe('1.5e+21');
    expect(formatFloatE(1e-7)).toBe('1e-07');
    expect(formatFloatE(-Infinity)).toBe('-Inf');
  });
});
