import { describe, expect, it } from 'vitest';
import { formatGoFloat } from '../util/go-float';
import { almostEqual } from './almost';
import { addHistograms, histogramsMatch } from './histogram-math';
import { formatHistogram, parseHistogram } from './histogram-notation';
import { parseDuration } from '../util/duration';
import { formatDurationMs, parseFloatLiteral } from './numbers';
import { unquote } from './quoted';
import { expandValues, parseSeriesLine, type SeqValue } from './series';
import { expandStartOffsets } from './start-timestamps';

const floats = (vs: readonly SeqValue[]): (number | string)[] => vs.map((v) => (v.kind === 'float' ? v.v : v.kind === 'omitted' ? '_' : v.kind));

describe('numbers and durations', () => {
  it('reads Go float spellings and rejects anything else', () => {
    expect(parseFloatLiteral('-2.5')).toBe(-2.5);
    expect(parseFloatLiteral('.5')).toBe(0.5);
    expect(parseFloatLiteral('2.')).toBe(2);
    expect(parseFloatLiteral('1e3')).toBe(1000);
    expect(parseFloatLiteral('inF')).toBe(Infinity);
    expect(parseFloatLiteral('-Inf')).toBe(-Infinity);
    expect(parseFloatLiteral('nan')).toBeNaN();
    expect(parseFloatLiteral('12abc')).toBeUndefined();
    expect(parseFloatLiteral('0x10')).toBeUndefined();
  });
  it('reads chained durations largest unit first', () => {
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('10s53ms')).toBe(10_053);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(() => parseDuration('30s1m')).toThrow();
    expect(() => parseDuration('1.5m')).toThrow();
    expect(() => parseDuration('-1m')).toThrow();
    expect(formatDurationMs(90_500)).toBe('1m30s500ms');
  });
});

describe('series notation', () => {
  it('expands sequences by repeated addition, with N+1 values', () => {
    expect(floats(expandValues('1+2x3'))).toEqual([1, 3, 5, 7]);
    expect(floats(expandValues('1-1x3'))).toEqual([1, 0, -1, -2]);
    expect(floats(expandValues('5x2'))).toEqual([5, 5, 5]);
    expect(floats(expandValues('1+1x4 9+1x4'))).toEqual([1, 2, 3, 4, 5, 9, 10, 11, 12, 13]);
    // 0.1 added three times is not 0.3 in float64; upstream gets the same rounding.
    expect(floats(expandValues('0+0.1x3'))[3]).toBe(0.1 + 0.1 + 0.1);
  });
  it('gives N gaps for _xN and marks stale samples', () => {
    expect(floats(expandValues('1 _x2 4'))).toEqual([1, '_', '_', 4]);
    expect(floats(expandValues('1 _ stale'))).toEqual([1, '_', 'stale']);
    expect(floats(expandValues('Inf -Inf NaN'))).toEqual([Infinity, -Infinity, NaN]);
  });
  it('rejects unknown items', () => {
    expect(() => expandValues('1+1')).toThrow(/xN/);
    expect(() => expandValues('foo')).toThrow(/invalid value/);
  });
  it('parses label sets in all spellings', () => {
    const a = parseSeriesLine(`http_requests{job="api", path='/x\\n'} 1 2`);
    expect(a.labels).toEqual([
      { name: '__name__', value: 'http_requests' },
      { name: 'job', value: 'api' },
      { name: 'path', value: '/x\n' },
    ]);
    expect(a.rest).toBe('1 2');
    expect(parseSeriesLine('{} 3').labels).toEqual([]);
    expect(parseSeriesLine('m{} 1').labels).toEqual([{ name: '__name__', value: 'm' }]);
    expect(parseSeriesLine('{__name__="x", a="b",} 1').labels).toHaveLength(2);
    expect(parseSeriesLine('{"my.metric", "a.b"="c"} 1').labels).toEqual([
      { name: '__name__', value: 'my.metric' },
      { name: 'a.b', value: 'c' },
    ]);
    expect(parseSeriesLine('c{type="x"}@st _ -1m').startTimestamps).toBe(true);
    expect(() => parseSeriesLine('m{a=b} 1')).toThrow();
  });
  it('expands start-timestamp offsets', () => {
    expect(expandStartOffsets('_ _ -30s-1mx2')).toEqual([undefined, undefined, -30_000, -90_000, -150_000]);
    expect(expandStartOffsets('-0msx1 _x2')).toEqual([0, 0, undefined, undefined]);
  });
  it('decodes Go escapes', () => {
    expect(unquote('"a\\"b\\u00e9\\x41"')).toBe('a"béA');
    expect(unquote('`raw\\n`')).toBe('raw\\n');
    expect(unquote('"\\xc3\\xa9"')).toBe('é');
  });
});

describe('histogram notation', () => {
  it('parses keys into a histogram with one contiguous span', () => {
    const { h, hintGiven } = parseHistogram('{{schema:0 sum:5 count:4 buckets:[1 2 1] offset:1 counter_reset_hint:gauge}}');
    expect(h.positiveSpans).toEqual([{ offset: 1, length: 3 }]);
    expect(h.positiveBuckets).toEqual([1, 2, 1]);
    expect(h.counterResetHint).toBe('gauge');
    expect(hintGiven).toBe(true);
    expect(parseHistogram('{{count:1}}').hintGiven).toBe(false);
    expect(parseHistogram('{{schema:-53 custom_values:[1 5] buckets:[1 2]}}').h.customValues).toEqual([1, 5]);
  });
  it('expands histogram sequences by addition', () => {
    const vs = expandValues('{{schema:0 sum:5 count:4 buckets:[1 2 1]}}+{{schema:0 sum:5 count:4 buckets:[1 2 1]}}x2');
    const last = vs[2];
    expect(last?.kind === 'histogram' && formatHistogram(last.h)).toBe('{{schema:0 count:12 sum:15 buckets:[3 6 3]}}');
    const shifted = addHistograms(parseHistogram('{{buckets:[1] offset:2}}').h, parseHistogram('{{buckets:[1 1]}}').h, 1);
    expect(formatHistogram(shifted)).toBe('{{schema:0 count:0 sum:0 buckets:[1 1 1]}}');
  });
  it('compares after compaction; the hint only when spelled out', () => {
    const a = parseHistogram('{{count:2 buckets:[1 0 1]}}').h;
    const b = { ...a, positiveSpans: [{ offset: 0, length: 1 }, { offset: 1, length: 1 }], positiveBuckets: [1, 1], counterResetHint: 'not_reset' as const };
    expect(histogramsMatch(a, b, false)).toBe(true);
    expect(histogramsMatch(a, b, true)).toBe(false);
  });
});

describe('float comparison', () => {
  it('is relative to the sum of magnitudes and exact at zero', () => {
    expect(almostEqual(1.833333333, 11 / 6)).toBe(true);
    expect(almostEqual(0, 1e-17)).toBe(false);
    expect(almostEqual(-0, 0)).toBe(true);
    expect(almostEqual(NaN, NaN)).toBe(true);
    expect(almostEqual(Infinity, Infinity)).toBe(true);
    expect(almostEqual(Infinity, -Infinity)).toBe(false);
    expect(almostEqual(NaN, NaN, 1e-6, true, false)).toBe(false);
    expect(almostEqual(100, 100.0001)).toBe(true);
    expect(almostEqual(100, 100.001)).toBe(false);
  });
  it('prints floats like Go %v', () => {
    expect(formatGoFloat(1e6)).toBe('1e+06');
    expect(formatGoFloat(123456)).toBe('123456');
    expect(formatGoFloat(0.0001)).toBe('0.0001');
    expect(formatGoFloat(0.00001)).toBe('1e-05');
    expect(formatGoFloat(-Infinity)).toBe('-Inf');
  });
});
