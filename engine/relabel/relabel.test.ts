import { describe, expect, it } from 'vitest';
import { labelsFromRecord, labelsToRecord } from '../model/labels';
import { parseRelabelConfigs, relabel, relabelLabels } from './index';

interface Case {
  readonly name: string;
  readonly input: Record<string, string>;
  readonly rules: readonly Record<string, unknown>[];
  /** Expected labels, or null when the target is dropped. */
  readonly output: Record<string, string> | null;
}

function run(c: Case): void {
  const configs = parseRelabelConfigs(c.rules, 'relabel_configs');
  const got = relabelLabels(labelsFromRecord(c.input), configs);
  expect(got === null ? null : labelsToRecord(got)).toEqual(c.output);
  const traced = relabel(labelsFromRecord(c.input), configs);
  expect(traced.labels === null ? null : labelsToRecord(traced.labels)).toEqual(c.output);
}

const table: Record<string, readonly Case[]> = {
  replace: [
    { name: 'expands ${1} twice', input: { a: 'foo', b: 'bar', c: 'baz' }, rules: [{ source_labels: ['a'], regex: 'f(.*)', target_label: 'd', replacement: 'ch${1}-ch${1}' }], output: { a: 'foo', b: 'bar', c: 'baz', d: 'choo-choo' } },
    {
      name: 'chains rules and joins sources with the separator',
      input: { a: 'foo', b: 'bar', c: 'baz' },
      rules: [
        { source_labels: ['a', 'b'], regex: 'f(.*);(.*)r', target_label: 'a', replacement: 'b${1}${2}m' },
        { source_labels: ['c', 'a'], regex: '(b).*b(.*)ba(.*)', target_label: 'd', replacement: '$1$2$2$3' },
      ],
      output: { a: 'boobam', b: 'bar', c: 'baz', d: 'boooom' },
    },
    { name: 'is fully anchored', input: { a: 'abc' }, rules: [{ source_labels: ['a'], regex: 'b', target_label: 'd', replacement: 'x' }], output: { a: 'abc' } },
    { name: 'does nothing without a match', input: { a: 'boo' }, rules: [{ source_labels: ['a'], regex: 'f', target_label: 'b', replacement: 'bar' }], output: { a: 'boo' } },
    { name: 'deletes the target when the result is empty', input: { a: 'foo', f: 'baz' }, rules: [{ source_labels: ['a'], regex: '(f).*', target_label: '$1', replacement: '$2' }], output: { a: 'foo' } },
    { name: 'templated target label', input: { a: 'some-name-value' }, rules: [{ source_labels: ['a'], regex: 'some-([^-]+)-([^,]+)', target_label: '${1}', replacement: '${2}' }], output: { a: 'some-name-value', name: 'value' } },
    { name: 'skips a rule whose target expands to nothing', input: { a: 'some-name-0' }, rules: [{ source_labels: ['a'], regex: 'some-([^-]+)-([^,]+)', target_label: '${3}', replacement: '${1}' }], output: { a: 'some-name-0' } },
    { name: 'defaults copy a label (regex (.*), replacement $1)', input: { a: 'x' }, rules: [{ source_labels: ['a'], target_label: 'b' }], output: { a: 'x', b: 'x' } },
    { name: 'sets a constant when the sources are empty', input: { a: 'x' }, rules: [{ target_label: 'env', replacement: 'prod' }], output: { a: 'x', env: 'prod' } },
    { name: 'named groups with $name and ${name}', input: { a: 'line1\nline2' }, rules: [{ source_labels: ['a'], regex: '(line1).*(?P<second>line2)', target_label: 'l_${1}', replacement: 'v_${second}_$second' }], output: { a: 'line1\nline2', l_line1: 'v_line2_line2' } },
    { name: '. matches newlines', input: { a: 'line1\nline2' }, rules: [{ source_labels: ['a'], regex: 'line1.*line2', target_label: 'd', replacement: 'match${1}' }], output: { a: 'line1\nline2', d: 'match' } },
    { name: '$1x names group "1x", which expands to empty', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: '(f)oo', target_label: 'd', replacement: '$1x-${1}x' }], output: { a: 'foo', d: '-fx' } },
    { name: '$$ is a literal dollar and a malformed ${ stays as text', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: '(.*)', target_label: 'd', replacement: '$$1 ${1' }], output: { a: 'foo', d: '$1 ${1' } },
    { name: 'UTF-8 target labels', input: { a: 'x' }, rules: [{ source_labels: ['a'], target_label: 'utf-8.label' }], output: { a: 'x', 'utf-8.label': 'x' } },
    {
      name: 'real-life tags parsing',
      input: { __meta_sd_tags: 'path:/secret,job:some-job,label:foo=bar' },
      rules: [
        { source_labels: ['__meta_sd_tags'], regex: '(?:.+,|^)path:(/[^,]+).*', target_label: '__metrics_path__', replacement: '${1}' },
        { source_labels: ['__meta_sd_tags'], regex: '(?:.+,|^)job:([^,]+).*', target_label: 'job', replacement: '${1}' },
        { source_labels: ['__meta_sd_tags'], regex: '(?:.+,|^)label:([^=]+)=([^,]+).*', target_label: '${1}', replacement: '${2}' },
      ],
      output: { __meta_sd_tags: 'path:/secret,job:some-job,label:foo=bar', __metrics_path__: '/secret', job: 'some-job', foo: 'bar' },
    },
  ],
  keep: [
    { name: 'drops on no match', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: 'no-match', action: 'keep' }], output: null },
    { name: 'keeps on match', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: 'f.*', action: 'keep' }], output: { a: 'foo' } },
    { name: 'an absent source is the empty string', input: { a: 'foo' }, rules: [{ source_labels: ['missing'], regex: '', action: 'keep' }], output: { a: 'foo' } },
    { name: 'action names are case-insensitive', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: 'bar', action: 'KEEP' }], output: null },
  ],
  drop: [
    { name: 'drops on match and stops', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: '.*o.*', action: 'drop' }, { source_labels: ['a'], target_label: 'd' }], output: null },
    { name: 'keeps on no match', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: 'no-match', action: 'drop' }], output: { a: 'foo' } },
    { name: 'anchoring: f|o does not match foo', input: { a: 'foo' }, rules: [{ source_labels: ['a'], regex: 'f|o', action: 'drop' }], output: { a: 'foo' } },
  ],
  keepequal: [
    { name: 'keeps when equal', input: { __tmp_port: '1234', __port1: '1234', __port2: '5678' }, rules: [{ source_labels: ['__tmp_port'], action: 'keepequal', target_label: '__port1' }], output: { __tmp_port: '1234', __port1: '1234', __port2: '5678' } },
    { name: 'drops when different', input: { __tmp_port: '1234', __port2: '5678' }, rules: [{ source_labels: ['__tmp_port'], action: 'keepequal', target_label: '__port2' }], output: null },
    { name: 'absent target equals empty sources', input: { a: 'x' }, rules: [{ source_labels: ['b'], action: 'keepequal', target_label: 'c' }], output: { a: 'x' } },
  ],
  dropequal: [
    { name: 'drops when equal', input: { __tmp_port: '1234', __port1: '1234' }, rules: [{ source_labels: ['__tmp_port'], action: 'dropequal', target_label: '__port1' }], output: null },
    { name: 'keeps when different', input: { __tmp_port: '1234', __port2: '5678' }, rules: [{ source_labels: ['__tmp_port'], action: 'dropequal', target_label: '__port2' }], output: { __tmp_port: '1234', __port2: '5678' } },
  ],
  hashmod: [
    { name: 'baz mod 1000 (upstream test value)', input: { a: 'foo', b: 'bar', c: 'baz' }, rules: [{ source_labels: ['c'], target_label: 'd', action: 'hashmod', modulus: 1000 }], output: { a: 'foo', b: 'bar', c: 'baz', d: '976' } },
    { name: 'newline in the value (upstream test value)', input: { a: 'foo\nbar' }, rules: [{ source_labels: ['a'], target_label: 'b', action: 'hashmod', modulus: 1000 }], output: { a: 'foo\nbar', b: '734' } },
    { name: 'modulus 1 is always 0', input: { a: 'anything' }, rules: [{ source_labels: ['a'], target_label: 'shard', action: 'hashmod', modulus: 1 }], output: { a: 'anything', shard: '0' } },
  ],
  labelmap: [
    { name: 'copies matching names', input: { a: 'foo', b1: 'bar', b2: 'baz' }, rules: [{ regex: '(b.*)', replacement: 'bar_${1}', action: 'labelmap' }], output: { a: 'foo', b1: 'bar', b2: 'baz', bar_b1: 'bar', bar_b2: 'baz' } },
    { name: 'strips a meta prefix', input: { a: 'foo', __meta_my_bar: 'aaa', __meta_my_baz: 'bbb', __meta_other: 'ccc' }, rules: [{ regex: '__meta_(my.*)', replacement: '${1}', action: 'labelmap' }], output: { a: 'foo', __meta_my_bar: 'aaa', __meta_my_baz: 'bbb', __meta_other: 'ccc', my_bar: 'aaa', my_baz: 'bbb' } },
    { name: 'overwrites an existing label', input: { __meta_x: 'new', x: 'old' }, rules: [{ regex: '__meta_(.*)', action: 'labelmap' }], output: { __meta_x: 'new', x: 'new' } },
  ],
  labeldrop: [
    { name: 'removes matching names', input: { a: 'foo', b1: 'bar', b2: 'baz' }, rules: [{ regex: '(b.*)', action: 'labeldrop' }], output: { a: 'foo' } },
    { name: 'anchored: b does not remove b1', input: { b: 'x', b1: 'y' }, rules: [{ regex: 'b', action: 'labeldrop' }], output: { b1: 'y' } },
  ],
  labelkeep: [
    { name: 'keeps matching names only', input: { a: 'foo', b1: 'bar', b2: 'baz' }, rules: [{ regex: '(b.*)', action: 'labelkeep' }], output: { b1: 'bar', b2: 'baz' } },
    { name: 'can remove everything', input: { a: 'foo' }, rules: [{ regex: 'zzz', action: 'labelkeep' }], output: {} },
  ],
  lowercase: [
    { name: 'lowercases into the target', input: { foo: 'bAr123Foo' }, rules: [{ source_labels: ['foo'], action: 'lowercase', target_label: 'foo_lowercase' }], output: { foo: 'bAr123Foo', foo_lowercase: 'bar123foo' } },
    { name: 'empty sources delete the target', input: { t: 'x' }, rules: [{ source_labels: ['nope'], action: 'lowercase', target_label: 't' }], output: {} },
    { name: 'maps each code point on its own, as Go does (no final sigma)', input: { a: 'ΟΔΟΣ İ' }, rules: [{ source_labels: ['a'], action: 'lowercase', target_label: 'b' }], output: { a: 'ΟΔΟΣ İ', b: 'οδοσ i' } },
  ],
  uppercase: [
    { name: 'uppercases into the target', input: { foo: 'bAr123Foo' }, rules: [{ source_labels: ['foo'], action: 'uppercase', target_label: 'foo_uppercase' }], output: { foo: 'bAr123Foo', foo_uppercase: 'BAR123FOO' } },
    { name: 'leaves characters without a one-to-one uppercase alone, as Go does', input: { a: 'straße' }, rules: [{ source_labels: ['a'], action: 'uppercase', target_label: 'b' }], output: { a: 'straße', b: 'STRAßE' } },
    { name: 'joins sources first', input: { a: 'x', b: 'y' }, rules: [{ source_labels: ['a', 'b'], separator: '-', action: 'uppercase', target_label: 'c' }], output: { a: 'x', b: 'y', c: 'X-Y' } },
  ],
};

describe('relabel actions', () => {
  for (const [action, cases] of Object.entries(table)) {
    describe(action, () => {
      for (const c of cases) it(c.name, () => run(c));
    });
  }
});

describe('relabel trace', () => {
  it('records one step per rule with the changed labels, stopping at a drop', () => {
    const configs = parseRelabelConfigs(
      [
        { source_labels: ['a'], target_label: 'b' },
        { regex: 'a', action: 'labeldrop' },
        { source_labels: ['b'], regex: 'x', action: 'drop' },
        { target_label: 'never', replacement: 'set' },
      ],
      'relabel_configs',
    );
    const { labels, steps } = relabel(labelsFromRecord({ a: 'x' }), configs);
    expect(labels).toBeNull();
    expect(steps.map((s) => [s.index, s.action, s.dropped, s.changes])).toEqual([
      [0, 'replace', false, [{ name: 'b', after: 'x' }]],
      [1, 'labeldrop', false, [{ name: 'a', before: 'x' }]],
      [2, 'drop', true, []],
    ]);
    expect(steps[2]!.matched).toBe(true);
    expect(steps[2]!.value).toBe('x');
    expect(steps[2]!.after).toBeNull();
  });

  it('does not modify its input', () => {
    const input = labelsFromRecord({ a: 'x' });
    const copy = JSON.stringify(input);
    relabel(input, parseRelabelConfigs([{ target_label: 'a', replacement: 'y' }], 'r'));
    expect(JSON.stringify(input)).toBe(copy);
  });
});
