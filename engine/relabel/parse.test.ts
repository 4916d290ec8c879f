import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_RELABEL_CONFIG, parseRelabelConfigs, RelabelConfigError } from './index';

describe('parseRelabelConfigs defaults', () => {
  it('fills in Prometheus defaults', () => {
    expect(parseRelabelConfigs([{ target_label: 'x' }], 'r')).toEqual([{ ...DEFAULT_RELABEL_CONFIG, targetLabel: 'x' }]);
    expect(DEFAULT_RELABEL_CONFIG).toMatchObject({ separator: ';', regex: '(.*)', replacement: '$1', action: 'replace' });
  });

  it('treats null and undefined as an empty list', () => {
    expect(parseRelabelConfigs(undefined, 'r')).toEqual([]);
    expect(parseRelabelConfigs(null, 'r')).toEqual([]);
  });

  it('lowercases the action and keeps an explicit empty regex', () => {
    const [c] = parseRelabelConfigs([{ action: 'LabelDrop', regex: null }], 'r');
    expect(c).toMatchObject({ action: 'labeldrop', regex: '' });
  });

  it('resets null fields to Go zero values, as YAML does', () => {
    const [c] = parseRelabelConfigs([{ source_labels: ['a'], separator: null, target_label: 'b', replacement: null }], 'r');
    expect(c).toMatchObject({ separator: '', replacement: '' });
    expect(() => parseRelabelConfigs([{ action: null }], 'r')).toThrow('r[0].action: relabel action cannot be empty');
  });

  it('accepts YAML scalars where Go reads strings', () => {
    const [c] = parseRelabelConfigs([{ source_labels: ['a'], regex: 123, target_label: 'b', replacement: 7 }], 'r');
    expect(c).toMatchObject({ regex: '123', replacement: '7' });
  });
});

const errors: readonly { name: string; rule: Record<string, unknown>; message: string }[] = [
  { name: 'unknown action', rule: { action: 'foo' }, message: 'rc[0].action: unknown relabel action "foo"' },
  { name: 'empty action', rule: { action: '' }, message: 'rc[0].action: relabel action cannot be empty' },
  { name: 'replace without target', rule: { source_labels: ['a'] }, message: "rc[0].target_label: relabel configuration for replace action requires 'target_label' value" },
  { name: 'hashmod without modulus', rule: { action: 'hashmod', target_label: 'x' }, message: 'rc[0].modulus: relabel configuration for hashmod requires non-zero modulus' },
  { name: 'hashmod without target', rule: { action: 'hashmod', modulus: 3 }, message: "rc[0].target_label: relabel configuration for hashmod action requires 'target_label' value" },
  { name: 'lowercase without target', rule: { action: 'lowercase' }, message: "rc[0].target_label: relabel configuration for lowercase action requires 'target_label' value" },
  { name: 'uppercase with replacement', rule: { action: 'uppercase', target_label: 'x', replacement: 'y' }, message: "rc[0].replacement: 'replacement' can not be set for uppercase action" },
  { name: 'keepequal without target', rule: { action: 'keepequal', source_labels: ['a'] }, message: "rc[0].target_label: relabel configuration for keepequal action requires 'target_label' value" },
  { name: 'dropequal with a regex', rule: { action: 'dropequal', source_labels: ['a'], target_label: 'b', regex: '(.*)' }, message: "rc[0]: dropequal action requires only 'source_labels' and `target_label`, and no other fields" },
  { name: 'keepequal with a separator', rule: { action: 'keepequal', source_labels: ['a'], target_label: 'b', separator: ',' }, message: "rc[0]: keepequal action requires only 'source_labels' and `target_label`, and no other fields" },
  { name: 'labeldrop with source labels', rule: { action: 'labeldrop', source_labels: ['a'], regex: 'x' }, message: "rc[0]: labeldrop action requires only 'regex', and no other fields" },
  { name: 'labelkeep with a target', rule: { action: 'labelkeep', target_label: 'a', regex: 'x' }, message: "rc[0]: labelkeep action requires only 'regex', and no other fields" },
  { name: 'labelkeep with a replacement', rule: { action: 'labelkeep', replacement: 'b' }, message: "rc[0]: labelkeep action requires only 'regex', and no other fields" },
  { name: 'labelmap with an empty replacement', rule: { action: 'labelmap', replacement: '' }, message: `rc[0].replacement: "" is invalid 'replacement' for labelmap action` },
  { name: 'invalid regex', rule: { regex: '(foo', target_label: 'x' }, message: 'rc[0].regex: error parsing regexp: missing closing ): `^(?s:(foo)$`' },
  { name: 'lookahead (valid JS, invalid RE2)', rule: { regex: 'a(?=b)', target_label: 'x' }, message: 'rc[0].regex: error parsing regexp: invalid or unsupported Perl syntax: `(?=`' },
  { name: 'unknown field', rule: { target_label: 'x', targetlabel: 'y' }, message: 'rc[0]: field targetlabel not found in type relabel.plain' },
  { name: 'source_labels not a list', rule: { source_labels: 'a', target_label: 'x' }, message: 'rc[0].source_labels: cannot unmarshal !!str `a` into model.LabelNames' },
  { name: 'negative modulus', rule: { action: 'hashmod', target_label: 'x', modulus: -1 }, message: 'rc[0].modulus: cannot unmarshal !!int `-1` into uint64' },
  { name: 'empty source label name', rule: { source_labels: [''], target_label: 'x' }, message: 'rc[0].source_labels: "" is not a valid label name' },
];

describe('parseRelabelConfigs errors', () => {
  for (const e of errors) {
    it(`rejects ${e.name}`, () => {
      let caught: unknown;
      try {
        parseRelabelConfigs([e.rule], 'rc');
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(RelabelConfigError);
      expect((caught as Error).message).toBe(e.message);
    });
  }

  it('names the rule index in the path', () => {
    expect(() => parseRelabelConfigs([{ target_label: 'ok' }, { action: 'nope' }], 'scrape_configs[0].relabel_configs')).toThrow(
      'scrape_configs[0].relabel_configs[1].action: unknown relabel action "nope"',
    );
  });

  it('rejects a non-list', () => {
    expect(() => parseRelabelConfigs({ action: 'keep' }, 'rc')).toThrow('rc: cannot unmarshal !!map into []*relabel.Config');
  });

  it('checks legacy names only under the legacy scheme', () => {
    expect(() => parseRelabelConfigs([{ target_label: 'a.b' }], 'rc', 'legacy')).toThrow(`rc[0].target_label: "a.b" is invalid 'target_label' for replace action`);
    expect(() => parseRelabelConfigs([{ target_label: 'x-$1' }], 'rc', 'legacy')).toThrow(`rc[0].target_label: "x-$1" is invalid 'target_label' for replace action`);
    expect(parseRelabelConfigs([{ target_label: 'a.b' }], 'rc')).toHaveLength(1);
    expect(parseRelabelConfigs([{ target_label: 'x_$1' }], 'rc', 'legacy')).toHaveLength(1);
  });
});

describe('parseRelabelConfigs from YAML text', () => {
  it('reads a typical relabel_configs block', () => {
    const doc = parse(`
relabel_configs:
  - source_labels: [__address__]
    target_label: __param_target
  - source_labels: [__meta_kubernetes_pod_label_app]
    regex: (web|api)
    action: keep
  - action: labelmap
    regex: __meta_kubernetes_pod_label_(.+)
  - source_labels: [__address__]
    modulus: 4
    target_label: __tmp_hash
    action: hashmod
`) as { relabel_configs: unknown };
    const configs = parseRelabelConfigs(doc.relabel_configs, 'relabel_configs');
    expect(configs.map((c) => [c.action, c.regex, c.targetLabel, c.modulus])).toEqual([
      ['replace', '(.*)', '__param_target', 0],
      ['keep', '(web|api)', '', 0],
      ['labelmap', '__meta_kubernetes_pod_label_(.+)', '', 0],
      ['hashmod', '(.*)', '__tmp_hash', 4],
    ]);
  });
});
