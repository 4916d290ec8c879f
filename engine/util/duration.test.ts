import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads units largest first, each at most once, in ms', () => {
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1y1w1d')).toBe((365 + 7 + 1) * 86_400_000);
    expect(parseDuration('250ms')).toBe(250);
  });

  it('rejects other spellings with Prometheus’s message', () => {
    for (const bad of ['', '5', '5x', '30m1h', '1.5h', '-5m']) {
      expect(() => parseDuration(bad)).toThrow(`not a valid duration string: ${JSON.stringify(bad)}`);
    }
    expect(() => parseDuration('999999999999y')).toThrow('duration out of range');
  });
});

describe('formatDuration', () => {
  it('prints weeks and years only when whole', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(14 * 86_400_000)).toBe('2w');
    expect(formatDuration(15 * 86_400_000)).toBe('15d');
    expect(formatDuration(-60_000)).toBe('-1m');
  });
});
