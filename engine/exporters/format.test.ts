import { describe, expect, it } from 'vitest';
import { formatGoFloat } from '../exposition/index';
import { createRandom } from '../sim/index';
import { goFloat, omFloat } from './format';

describe('goFloat', () => {
  it('prints like Go strconv.FormatFloat(v, g, -1, 64)', () => {
    const cases: [number, string][] = [
      [0, '0'], [1, '1'], [-1, '-1'], [999999, '999999'], [1e6, '1e+06'], [7549867, '7.549867e+06'], [330.89, '330.89'],
      [12.184000000000001, '12.184000000000001'], [2.2705e-5, '2.2705e-05'], [0.0001, '0.0001'], [1.7955467468167312e9, '1.7955467468167312e+09'],
      [9223372036854775807, '9.223372036854776e+18'], [NaN, 'NaN'], [Infinity, '+Inf'], [-Infinity, '-Inf'], [-0.5, '-0.5'],
    ];
    for (const [v, want] of cases) expect(goFloat(v)).toBe(want);
  });

  it('agrees with the general formatter on integers, fixed-point decimals and random floats', () => {
    const r = createRandom(9);
    for (let i = 0; i < 20_000; i++) {
      const scale = [1, 1e2, 1e3, 1e4, 1e6, 1e9][r.int(6)]!;
      const fixed = Math.round((r.next() - 0.2) * 10 ** r.int(13)) / scale;
      const free = (r.next() - 0.3) * 10 ** (r.int(40) - 20);
      expect(goFloat(fixed)).toBe(formatGoFloat(fixed));
      expect(goFloat(free)).toBe(formatGoFloat(free));
    }
  });

  it('adds .0 to integers in OpenMetrics', () => {
    expect(omFloat(1)).toBe('1.0');
    expect(omFloat(1e6)).toBe('1e+06');
    expect(omFloat(0.25)).toBe('0.25');
    expect(omFloat(NaN)).toBe('NaN');
  });
});
