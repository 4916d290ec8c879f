import { describe, expect, it } from 'vitest';
import { markerLines } from './QueryErrorBox';
import { autoStepMs, formatDuration, fromUtcInput, toUtcInput } from './timeFormat';

describe('panel helpers', () => {
  it('marks the error range under its own line of a multi-line query', () => {
    expect(markerLines('sum(rate(x[5m] by (code)))', { start: 15, end: 17 })).toEqual(['sum(rate(x[5m] by (code)))', `${' '.repeat(15)}^~`]);
    expect(markerLines('sum(\n  foo bar\n)', { start: 11, end: 14 })).toEqual(['  foo bar', '      ^~~']);
    expect(markerLines('up +', { start: 4, end: 4 })).toEqual(['up +', '    ^']);
  });

  it('formats durations as Prometheus writes them', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(15_000)).toBe('15s');
    expect(formatDuration(0)).toBe('0s');
  });

  it('picks Prometheus’s automatic resolution: range/250 in whole seconds, at least 1s', () => {
    expect(autoStepMs(3_600_000)).toBe(14_000);
    expect(autoStepMs(60_000)).toBe(1000);
  });

  it('reads datetime inputs as UTC', () => {
    expect(fromUtcInput(toUtcInput(1_700_000_000_000))).toBe(1_700_000_000_000);
    expect(fromUtcInput('nonsense')).toBeUndefined();
  });
});
