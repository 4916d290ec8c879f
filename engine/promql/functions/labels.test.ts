import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import { labelsFromRecord, type Labels } from '../../model/labels';
import type { Sample } from '../values';
import { ABSENT_FUNCTIONS } from './absent';
import { LABEL_FUNCTIONS } from './labels';
import { naturalLess } from './natural';
import { SORT_FUNCTIONS } from './sort';
import type { FunctionArg, FunctionContext } from './types';

function ctx(args: Expr[] = []): FunctionContext {
  const call: Call = { kind: 'Call', func: 'f', args, pos: { start: 0, end: 10 } };
  return { tMs: 0, queryStartMs: 0, queryEndMs: 0, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval: true };
}

const sample = (labels: Record<string, string>, v = 0, dropName?: boolean): Sample => ({ labels: labelsFromRecord(labels), t: 0, v, dropName });
const vec = (...v: Sample[]): FunctionArg => ({ type: 'vector', v });
const str = (v: string): FunctionArg => ({ type: 'string', v });
const rec = (l: Labels): Record<string, string> => Object.fromEntries(l.map((x) => [x.name, x.value]));

describe('label_replace', () => {
  const input = vec(sample({ __name__: 'm', src: 'source-value-10', dst: 'orig' }), sample({ __name__: 'm', src: 'source-value-20', dst: 'orig' }));

  it('writes the expanded replacement when the anchored regex matches', () => {
    const out = LABEL_FUNCTIONS.label_replace.apply([input, str('dst'), str('value-$1'), str('src'), str('source-value-(.*)')], ctx());
    expect(out.map((s) => rec(s.labels).dst)).toEqual(['value-10', 'value-20']);
  });

  it('leaves series alone when the regex does not match the whole value', () => {
    const out = LABEL_FUNCTIONS.label_replace.apply([input, str('dst'), str('x'), str('src'), str('source')], ctx());
    expect(out.map((s) => rec(s.labels).dst)).toEqual(['orig', 'orig']);
  });

  it('supports named groups, ${n} and $$, and expands $1x as the missing group "1x"', () => {
    const one = vec(sample({ src: 'ab' }));
    const run = (tpl: string): string | undefined =>
      rec(LABEL_FUNCTIONS.label_replace.apply([one, str('d'), str(tpl), str('src'), str('(?P<first>a)(b)')], ctx())[0]!.labels).d;
    expect(run('$first-${2}')).toBe('a-b');
    expect(run('$1x')).toBeUndefined();
    expect(run('${1}x $$')).toBe('ax $');
  });

  it('removes the label when the replacement is empty, and un-drops a rewritten name', () => {
    const out = LABEL_FUNCTIONS.label_replace.apply([vec(sample({ __name__: 'm', dst: 'x' }, 0, true)), str('__name__'), str('n'), str('dst'), str('.*')], ctx());
    expect(out[0]).toMatchObject({ labels: [{ name: '__name__', value: 'n' }, { name: 'dst', value: 'x' }], dropName: false });
    const cleared = LABEL_FUNCTIONS.label_replace.apply([input, str('dst'), str(''), str('dst'), str('.*')], ctx());
    expect(cleared.map((s) => rec(s.labels).dst)).toEqual([undefined, undefined]);
  });

  it('fails with Prometheus wording for bad regexes, bad names and collisions', () => {
    expect(() => LABEL_FUNCTIONS.label_replace.apply([input, str('dst'), str(''), str('src'), str('(.*')], ctx())).toThrow(
      'invalid regular expression in label_replace(): (.*',
    );
    expect(() => LABEL_FUNCTIONS.label_replace.apply([input, str(''), str(''), str('src'), str('(.*)')], ctx())).toThrow(
      'invalid destination label name in label_replace(): ',
    );
    // A `\xff` escape reaches us as the lone surrogate U+DCFF: not valid UTF-8.
    expect(() => LABEL_FUNCTIONS.label_replace.apply([input, str('\udcff'), str(''), str('src'), str('(.*)')], ctx())).toThrow(
      'invalid destination label name in label_replace(): ',
    );
    expect(() => LABEL_FUNCTIONS.label_replace.apply([input, str('src'), str(''), str(''), str('')], ctx())).toThrow(
      'vector cannot contain metrics with the same labelset',
    );
  });
});

describe('label_join', () => {
  it('joins source values in order, missing ones as empty', () => {
    const out = LABEL_FUNCTIONS.label_join.apply([vec(sample({ a: 'x', c: 'z' })), str('dst'), str('-'), str('a'), str('b'), str('c')], ctx());
    expect(rec(out[0]!.labels).dst).toBe('x--z');
  });

  it('rejects invalid source names and collisions', () => {
    expect(() => LABEL_FUNCTIONS.label_join.apply([vec(), str('dst'), str('-'), str('')], ctx())).toThrow(
      'invalid source label name in label_join(): ',
    );
    const dup = vec(sample({ label: 'a', this: 'a' }), sample({ label: 'b', this: 'a' }));
    expect(() => LABEL_FUNCTIONS.label_join.apply([dup, str('label'), str(''), str('this')], ctx())).toThrow(
      'vector cannot contain metrics with the same labelset',
    );
  });
});

describe('sort', () => {
  const input = vec(sample({ i: '1' }, 3), sample({ i: '2' }, NaN), sample({ i: '3' }, 1), sample({ i: '4' }, 2));

  it('orders by value with NaN last in both directions', () => {
    expect(SORT_FUNCTIONS.sort.apply([input], ctx()).map((s) => s.v)).toEqual([1, 2, 3, NaN]);
    expect(SORT_FUNCTIONS.sort_desc.apply([input], ctx()).map((s) => s.v)).toEqual([3, 2, 1, NaN]);
  });

  it('sort_by_label uses natural order, then the full label set', () => {
    const v = vec(sample({ n: 'a10', z: '1' }), sample({ n: 'a9', z: '2' }), sample({ n: 'a9', z: '1' }));
    const asc = SORT_FUNCTIONS.sort_by_label.apply([v, str('n')], ctx()).map((s) => `${rec(s.labels).n}/${rec(s.labels).z}`);
    expect(asc).toEqual(['a9/1', 'a9/2', 'a10/1']);
    const desc = SORT_FUNCTIONS.sort_by_label_desc.apply([v, str('n')], ctx()).map((s) => `${rec(s.labels).n}/${rec(s.labels).z}`);
    expect(desc).toEqual(['a10/1', 'a9/2', 'a9/1']);
  });
});

describe('naturalLess', () => {
  it('compares digit runs as numbers', () => {
    expect(naturalLess('a9', 'a10')).toBe(true);
    expect(naturalLess('a10', 'a9')).toBe(false);
    expect(naturalLess('abc', 'abd')).toBe(true);
    expect(naturalLess('ab', 'abc')).toBe(true);
    expect(naturalLess('x', 'x')).toBe(false);
  });

  it('skips leading zeros like the Go library', () => {
    expect(naturalLess('007', '8')).toBe(true);
    expect(naturalLess('010', '9')).toBe(false);
  });
});

describe('absent', () => {
  const sel: Expr = {
    kind: 'VectorSelector',
    name: 'up',
    matchers: [
      { type: '=', name: '__name__', value: 'up' },
      { type: '=', name: 'job', value: 'a' },
      { type: '=', name: 'instance', value: 'x' },
      { type: '=', name: 'instance', value: 'y' },
      { type: '=~', name: 'env', value: 'prod' },
    ],
    offsetMs: 0,
    pos: { start: 7, end: 20 },
  };

  it('returns 1 with the unambiguous equality labels when the input is empty', () => {
    expect(ABSENT_FUNCTIONS.absent.apply([vec()], ctx([sel]))).toEqual([{ labels: [{ name: 'job', value: 'a' }], t: 0, v: 1 }]);
  });

  it('returns nothing when the input has samples, and no labels for non-selectors', () => {
    expect(ABSENT_FUNCTIONS.absent.apply([vec(sample({}))], ctx([sel]))).toEqual([]);
    const lit: Expr = { kind: 'NumberLiteral', value: 1, pos: { start: 7, end: 8 } };
    expect(ABSENT_FUNCTIONS.absent.apply([vec()], ctx([lit]))[0]?.labels).toEqual([]);
  });
});
