import { describe, expect, it } from 'vitest';
import { intervalMs, rateIntervalMs, roundInterval, timeMacros } from './timeMacros';

describe('$__interval', () => {
  it('rounds to Grafana’s nice intervals', () => {
    expect(roundInterval(16_000)).toBe(15_000);
    expect(roundInterval(24_000)).toBe(20_000);
    expect(roundInterval(40_000)).toBe(30_000);
    expect(roundInterval(70_000)).toBe(60_000);
    expect(roundInterval(400_000)).toBe(300_000);
  });
  it('is range ÷ max data points, never below the 15 s scrape interval', () => {
    expect(intervalMs(3_600_000, 600)).toBe(15_000); // 6 s raw → the scrape interval
    expect(intervalMs(6 * 3_600_000, 600)).toBe(30_000); // 36 s raw → 30 s
    expect(intervalMs(24 * 3_600_000, 500)).toBe(120_000); // 172.8 s raw → 2 m
  });
  it('keeps a range query under 11,000 points', () => {
    expect(intervalMs(30 * 86_400_000, 100_000, 1)).toBeGreaterThanOrEqual(30 * 86_400_000 / 11_000);
  });
});

describe('$__rate_interval', () => {
  it('is max($__interval + scrape interval, 4 × scrape interval)', () => {
    expect(rateIntervalMs(15_000)).toBe(60_000);
    expect(rateIntervalMs(30_000)).toBe(60_000);
    expect(rateIntervalMs(60_000)).toBe(75_000);
    expect(rateIntervalMs(120_000, 30_000)).toBe(150_000);
  });
});

describe('macro texts', () => {
  it('prints as Grafana’s Prometheus data source sends them', () => {
    expect(timeMacros(3_600_000, 15_000)).toEqual({
      __interval: '15s', __interval_ms: '15000', __rate_interval: '60s', __range: '3600s', __range_s: '3600', __range_ms: '3600000',
    });
  });
});
