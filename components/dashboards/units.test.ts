import { describe, expect, it } from 'vitest';
import { asUnit, formatUnitText, thresholdColor, THRESHOLD_COLORS, toFixedAuto, type ThresholdStep } from './units';

describe('unit formatting (Grafana units)', () => {
  it.each([
    [1234.5, 'none', '1235'],
    [12.345, 'none', '12.3'],
    [0.012345, 'none', '0.0123'],
    [1500, 'short', '1.5 K'],
    [2.5e6, 'short', '2.5 Mil'],
    [42.31, 'reqps', '42.3 req/s'],
    [0.0123, 'percentunit', '1.23%'],
    [87.5, 'percent', '87.5%'],
    [0.25, 's', '250 ms'],
    [0.00005, 's', '50 µs'],
    [2.5, 's', '2.5 s'],
    [90, 's', '1.5 min'],
    [7200, 's', '2 hour'],
    [1500, 'ms', '1.5 s'],
    [512, 'bytes', '512 B'],
    [1536, 'bytes', '1.5 KiB'],
    [8 * 1024 ** 3, 'bytes', '8 GiB'],
    [3.2 * 1024 ** 2, 'binBps', '3.2 MiB/s'],
    [3.2e6, 'Bps', '3.2 MB/s'],
    [1500, 'decbytes', '1.5 kB'],
    [8e9, 'decbytes', '8 GB'],
    [12, 'ops', '12 ops/s'],
  ] as const)('formats %s in %s as %s', (v, unit, want) => {
    expect(formatUnitText(v, unit)).toBe(want);
  });

  it('prints NaN and infinities like Prometheus, without a unit', () => {
    expect(formatUnitText(NaN, 'reqps')).toBe('NaN');
    expect(formatUnitText(Infinity, 's')).toBe('+Inf');
    expect(formatUnitText(-Infinity, 'bytes')).toBe('-Inf');
  });

  it('honours fixed decimals', () => {
    expect(formatUnitText(0.5, 'percentunit', 0)).toBe('50%');
    expect(toFixedAuto(3, 2)).toBe('3.00');
  });

  it('handles zero and negatives', () => {
    expect(formatUnitText(0, 's')).toBe('0 s');
    expect(formatUnitText(-2048, 'bytes')).toBe('-2 KiB');
  });
});

describe('unit ids from imported dashboards', () => {
  it('keeps known Grafana unit ids and reads unknown ones as short', () => {
    expect(asUnit('percentunit')).toBe('percentunit');
    expect(asUnit('decbytes')).toBe('decbytes');
    expect(asUnit('celsius')).toBe('short');
    expect(asUnit({ evil: true })).toBe('short');
  });
});

describe('thresholds', () => {
  const steps: ThresholdStep[] = [{ value: null, color: 'green' }, { value: 0.01, color: 'orange' }, { value: 0.05, color: 'red' }];
  it('picks the highest step at or below the value', () => {
    expect(thresholdColor(0.001, steps)).toBe(THRESHOLD_COLORS.green);
    expect(thresholdColor(0.01, steps)).toBe(THRESHOLD_COLORS.orange);
    expect(thresholdColor(0.2, steps)).toBe(THRESHOLD_COLORS.red);
  });
  it('uses the base colour for NaN and when no steps are given', () => {
    expect(thresholdColor(NaN, steps)).toBe(THRESHOLD_COLORS.green);
    expect(thresholdColor(1, [])).toBe(THRESHOLD_COLORS.green);
  });
});
