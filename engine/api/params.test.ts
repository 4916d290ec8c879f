import { describe, expect, it } from 'vitest';
import { parseGoFloat, parsePromDuration } from './go-parse';
import { formatRFC3339Nano, parseRFC3339Nano, toMs } from './go-time';
import { MAX_TIME_NS, MIN_TIME_NS, parseDuration, parseLimit, parseTime } from './params';

const ms = (s: string) => toMs(parseTime(s));

describe('parseTime', () => {
  it('reads Unix seconds with millisecond rounding', () => {
    expect(ms('1435781451.781')).toBe(1435781451781);
    expect(ms('1435781451')).toBe(1435781451000);
    expect(ms('1.0015')).toBe(1002);
    // Same float arithmetic as Go: 1.0005 - 1 is just below 0.0005.
    expect(ms('1.0005')).toBe(1000);
    expect(ms('-1.5')).toBe(-1500);
    expect(ms('1e3')).toBe(1_000_000);
  });
  it('reads RFC 3339 with any offset and up to nanoseconds', () => {
    expect(ms('2015-07-01T20:10:51.781Z')).toBe(1435781451781);
    expect(ms('2015-07-01T22:10:51.781+02:00')).toBe(1435781451781);
    expect(ms('2015-07-01T20:10:51Z')).toBe(1435781451000);
    expect(parseTime('2015-07-01T20:10:51.000000001Z') - parseTime('2015-07-01T20:10:51Z')).toBe(1n);
  });
  it("accepts Prometheus's MinTime and MaxTime texts", () => {
    expect(formatRFC3339Nano(MIN_TIME_NS)).toBe('-292273086-05-16T16:47:06Z');
    expect(formatRFC3339Nano(MAX_TIME_NS)).toBe('292277025-08-18T07:12:54.999999999Z');
    expect(parseTime('-292273086-05-16T16:47:06Z')).toBe(MIN_TIME_NS);
  });
  it('rejects other text with Prometheus wording', () => {
    expect(() => parseTime('x')).toThrow('cannot parse "x" to a valid timestamp');
    expect(() => parseTime('')).toThrow('cannot parse "" to a valid timestamp');
    expect(() => parseTime('2015-02-30T00:00:00Z')).toThrow('cannot parse');
    expect(() => parseTime('2015-07-01 20:10:51Z')).toThrow('cannot parse');
  });
  it('matches days-from-civil for leap years', () => {
    expect(parseRFC3339Nano('2024-02-29T00:00:00Z')).toBe(BigInt(Date.UTC(2024, 1, 29)) * 1_000_000n);
    expect(parseRFC3339Nano('2023-02-29T00:00:00Z')).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it('reads float seconds and Prometheus durations', () => {
    expect(parseDuration('15')).toBe(15_000_000_000n);
    expect(parseDuration('0.5')).toBe(500_000_000n);
    expect(parseDuration('15s')).toBe(15_000_000_000n);
    expect(parseDuration('1h30m')).toBe(5_400_000_000_000n);
    expect(parseDuration('1y')).toBe(365n * 86_400n * 1_000_000_000n);
  });
  it('rejects bad units, out-of-order units and overflow', () => {
    expect(() => parseDuration('1x')).toThrow('cannot parse "1x" to a valid duration');
    expect(() => parseDuration('30m1h')).toThrow('cannot parse "30m1h" to a valid duration');
    expect(() => parseDuration('1e10')).toThrow('cannot parse "1e10" to a valid duration. It overflows int64');
    expect(parsePromDuration('')).toBeUndefined();
  });
});

describe('parseLimit', () => {
  it('treats empty as no limit and rejects junk like strconv.Atoi', () => {
    expect(parseLimit('')).toBe(0);
    expect(parseLimit('+7')).toBe(7);
    expect(() => parseLimit('-1')).toThrow('limit must be non-negative');
    expect(() => parseLimit('abc')).toThrow('strconv.Atoi: parsing "abc": invalid syntax');
    expect(() => parseLimit('99999999999999999999')).toThrow('strconv.Atoi: parsing "99999999999999999999": value out of range');
  });
});

describe('parseGoFloat (strconv.ParseFloat)', () => {
  it('follows Go grammar', () => {
    expect(parseGoFloat('.5')).toBe(0.5);
    expect(parseGoFloat('1.')).toBe(1);
    expect(parseGoFloat('+Inf')).toBe(Infinity);
    expect(parseGoFloat('-infinity')).toBe(-Infinity);
    expect(parseGoFloat('NaN')).toBeNaN();
    expect(parseGoFloat('0x1p4')).toBe(16);
    expect(parseGoFloat('0x1.8p1')).toBe(3);
    expect(parseGoFloat('1_000')).toBeUndefined();
    expect(parseGoFloat('0x10')).toBeUndefined();
    expect(parseGoFloat('1e400')).toBeUndefined();
    expect(parseGoFloat(' 1')).toBeUndefined();
    expect(parseGoFloat('15s')).toBeUndefined();
  });
});
