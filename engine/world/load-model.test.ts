import { describe, expect, it } from 'vitest';
import { createLoadModel, valueNoise } from './load-model';
import { T0 } from './testing';

describe('createLoadModel', () => {
  const m = createLoadModel({ seed: 1 });
  const hour = 3_600_000;

  it('is diurnal: 0.2 at 02:00 UTC, 1 at 14:00 UTC', () => {
    expect(m.diurnal(T0 + 2 * hour)).toBeCloseTo(0.2, 5);
    expect(m.diurnal(T0 + 14 * hour)).toBeCloseTo(1, 5);
    expect(m.apiRps(T0 + 14 * hour)).toBeGreaterThan(m.apiRps(T0 + 2 * hour) * 3);
  });

  it('is a pure function of time and seed, with bounded smooth noise', () => {
    expect(createLoadModel({ seed: 1 }).apiRps(T0 + 12_345)).toBe(m.apiRps(T0 + 12_345));
    expect(createLoadModel({ seed: 2 }).apiRps(T0 + 12_345)).not.toBe(m.apiRps(T0 + 12_345));
    for (let t = T0; t < T0 + 24 * hour; t += 60_000) {
      const n = valueNoise(1, t, 600_000);
      expect(Math.abs(n)).toBeLessThanOrEqual(1);
      expect(Math.abs(valueNoise(1, t + 15_000, 600_000) - n)).toBeLessThan(0.2);
    }
  });

  it('drives inference traffic from shop traffic', () => {
    const ratio = m.mlRps(T0 + 13 * hour) / m.apiRps(T0 + 13 * hour);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(0.5);
  });
});
