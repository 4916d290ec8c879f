import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import { PendingSamples, ScrapeCache } from './cache';
import { readFloat } from './lines';
import { readBody } from './read-body';

const TEXT = 'text/plain; version=0.0.4; charset=utf-8';
const opts = {
  targetLabels: labelsFromRecord({ instance: 'a:1', job: 'j' }),
  honorLabels: false,
  honorTimestamps: true,
  metricRelabelConfigs: [],
  labelLimit: 0,
  labelNameLengthLimit: 0,
  labelValueLengthLimit: 0,
};

function primed(body: string): { cache: ScrapeCache; out: PendingSamples } {
  const cache = new ScrapeCache();
  const out = new PendingSamples();
  readBody(body, TEXT, 1000, cache, opts, out);
  return { cache, out };
}

describe('ScrapeCache.readFast', () => {
  const body = '# HELP a An a.\n# TYPE a gauge\na{x="1 }"} 1\na{x="2"} 2\nb 3\n';

  it('reads a body with the cached layout and new values, reusing the stored label sets', () => {
    const { cache, out } = primed(body);
    const firstLines = out.lines.slice(0, out.length);
    const first = firstLines.map((l) => l.labels);
    expect(cache.readFast(body.replace(' 1\n', ' 10\n').replace(' 3\n', ' NaN\n'), TEXT, 2000, true, out)).toBe(true);
    expect(out.length).toBe(3);
    expect(out.vs.slice(0, 3)).toEqual([10, 2, NaN]);
    expect(out.ts.slice(0, 3)).toEqual([2000, 2000, 2000]);
    expect(out.lines.slice(0, 3).every((l, i) => l.labels === first[i])).toBe(true);
    // The same cache lines, which carry the series refs for the appends.
    expect(out.lines.slice(0, 3).every((l, i) => l === firstLines[i])).toBe(true);
  });

  it('reads an exposed timestamp, or ignores it when timestamps are not honoured', () => {
    const { cache, out } = primed(body);
    const withTs = body.replace('b 3\n', 'b 3 1500\n');
    expect(cache.readFast(withTs, TEXT, 2000, true, out)).toBe(true);
    expect(out.ts[2]).toBe(1500);
    expect(cache.readFast(withTs, TEXT, 2000, false, out)).toBe(true);
    expect(out.ts[2]).toBe(2000);
  });

  const misses: [string, string][] = [
    ['a changed label value', body.replace('x="2"', 'x="3"')],
    ['a reordered body', '# HELP a An a.\n# TYPE a gauge\na{x="2"} 2\na{x="1 }"} 1\nb 3\n'],
    ['an extra line', body + 'c 1\n'],
    ['a missing line', body.replace('b 3\n', '')],
    ['a changed comment', body.replace('An a.', 'An A.')],
    ['a missing final newline', body.slice(0, -1)],
    ['a value Go would not parse', body.replace(' 3\n', ' 0x3\n')],
    ['trailing garbage', body.replace(' 3\n', ' 3 4 5\n')],
  ];
  for (const [what, changed] of misses) {
    it(`falls back to the parser for ${what}`, () => {
      const { cache, out } = primed(body);
      expect(cache.readFast(changed, TEXT, 2000, true, out)).toBe(false);
    });
  }

  it('falls back for another content type', () => {
    const { cache, out } = primed(body);
    expect(cache.readFast(body, 'application/openmetrics-text; version=1.0.0', 2000, true, out)).toBe(false);
  });
});

describe('readFloat', () => {
  const cases = ['0', '-0', '1', '12345678901234', '0.1', '1.5e3', '-2.25E-2', '1e22', '1e-7', '123456789012345678', '1.7976931348623157e308', '5e-324', '.5', '1.'];
  for (const s of cases) {
    it(`reads ${s} exactly as Number() does`, () => {
      expect(Object.is(readFloat(s, 0, s.length), Number(s))).toBe(true);
    });
  }
  it('knows the special values and rejects the rest', () => {
    expect(readFloat('NaN', 0, 3)).toBeNaN();
    expect(readFloat('+Inf', 0, 4)).toBe(Infinity);
    expect(readFloat('-Inf', 0, 4)).toBe(-Infinity);
    for (const s of ['', '.', 'e5', '1e', '0x10', '1_000', 'inf']) expect(readFloat(s, 0, s.length)).toBeUndefined();
  });
});
