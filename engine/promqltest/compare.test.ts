import { describe, expect, it } from 'vitest';
import { compareResult } from './compare';
import { readScript } from './reader';
import type { EvalCommand } from './script';

const M = (job: string) => [
  { name: '__name__', value: 'm' },
  { name: 'job', value: job },
];
const evalOf = (text: string): EvalCommand => readScript(text).commands[0] as EvalCommand;
const at0 = { startMs: 0, endMs: 0, stepMs: 0 };

describe('compareResult', () => {
  it('ignores vector order unless ordered, then names both positions', () => {
    const v = { type: 'vector' as const, samples: [{ labels: M('b'), t: 0, v: 2 }, { labels: M('a'), t: 0, v: 1 }] };
    expect(compareResult(evalOf('eval instant at 0 m\n  m{job="a"} 1\n  m{job="b"} 2'), v, at0)).toBeUndefined();
    expect(compareResult(evalOf('eval instant at 0 m\n  expect ordered\n  m{job="a"} 1\n  m{job="b"} 2'), v, at0)).toBe(
      'expected metric m{job="b"} with [2] at position 2 but was at 1',
    );
  });
  it('reports missing and unexpected series', () => {
    const v = { type: 'vector' as const, samples: [{ labels: M('a'), t: 0, v: 1 }] };
    expect(compareResult(evalOf('eval instant at 0 m\n  m{job="a"} 1\n  m{job="b"} 2'), v, at0)).toBe('expected metric m{job="b"} with [2] not found');
    expect(compareResult(evalOf('eval instant at 0 m'), v, at0)).toBe('unexpected metric m{job="a"} in result, has value 1');
  });
  it('checks the points of a range result step by step', () => {
    const cmd = evalOf('eval range from 0 to 2m step 1m m\n  m{job="a"} 1 _ 3');
    const frame = { startMs: 0, endMs: 120_000, stepMs: 60_000 };
    const series = (floats: { t: number; v: number }[]) => ({ type: 'matrix' as const, series: [{ labels: M('a'), floats }] });
    expect(compareResult(cmd, series([{ t: 0, v: 1 }, { t: 120_000, v: 3 }]), frame)).toBeUndefined();
    expect(compareResult(cmd, series([{ t: 0, v: 1 }, { t: 60_000, v: 3 }]), frame)).toMatch(/to have timestamp 120000, but it had timestamp 60000/);
    expect(compareResult(cmd, series([{ t: 0, v: 1 }]), frame)).toMatch(/expected 2 float points and 0 histogram points/);
    const tooMany = evalOf('eval range from 0 to 1m step 1m m\n  m{job="a"} 1 2 3');
    expect(compareResult(tooMany, series([]), { startMs: 0, endMs: 60_000, stepMs: 60_000 })).toMatch(/cannot return this many points/);
  });
  it('needs the right result type', () => {
    expect(compareResult(evalOf('eval instant at 0 1\n  2'), { type: 'scalar', t: 0, v: 1 }, at0)).toBe('expected scalar 2 but got 1');
    expect(compareResult(evalOf('eval instant at 0 1\n  m 2'), { type: 'scalar', t: 0, v: 2 }, at0)).toMatch(/expected vector or matrix result, but got scalar/);
    expect(compareResult(evalOf('eval instant at 0 "a"\n  expect string "b"'), { type: 'string', t: 0, v: 'a' }, at0)).toBe('expected string "b" but got "a"');
  });
  it('tells histograms and floats apart', () => {
    const cmd = evalOf('eval instant at 0 m\n  m{job="a"} {{count:2 sum:3}}');
    const h = { schema: 0, count: 2, sum: 3, zeroThreshold: 0, zeroCount: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], counterResetHint: 'unknown' as const };
    expect(compareResult(cmd, { type: 'vector', samples: [{ labels: M('a'), t: 0, v: NaN, h }] }, at0)).toBeUndefined();
    expect(compareResult(cmd, { type: 'vector', samples: [{ labels: M('a'), t: 0, v: 2 }] }, at0)).toMatch(/expected histogram \{\{schema:0 count:2 sum:3\}\} but got float value 2/);
  });
});
