import { describe, expect, it } from 'vitest';
import { RuleFileError } from './errors';
import { loadRuleFiles } from './load';

/** issuesOf loads files that must fail and returns the error lines as Prometheus logs them. */
function issuesOf(files: Record<string, string>, legacy = false): string[] {
  try {
    loadRuleFiles(files, legacy ? { nameValidation: 'legacy' } : {});
  } catch (e) {
    if (e instanceof RuleFileError) return e.message.split('\n');
    throw e;
  }
  throw new Error('expected the load to fail');
}

describe('loading rule files', () => {
  it('loads groups with their settings, merging group labels under rule labels', () => {
    const { groups } = loadRuleFiles({
      'rules.yml': `groups:
  - name: api
    interval: 30s
    query_offset: 1m
    limit: 10
    labels: {team: core, tier: "1"}
    rules:
      - record: job:up:sum
        expr: sum by (job) (up)
      - alert: Down
        expr: up == 0
        for: 5m
        keep_firing_for: 1m
        labels: {tier: "0"}
        annotations: {summary: "{{ $labels.job }} down"}
`,
    });
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g).toMatchObject({ name: 'api', file: 'rules.yml', intervalMs: 30_000, queryOffsetMs: 60_000, limit: 10 });
    expect(g.rules[0]).toMatchObject({ kind: 'record', name: 'job:up:sum', labels: { team: 'core', tier: '1' }, line: 8 });
    expect(g.rules[1]).toMatchObject({ kind: 'alert', name: 'Down', forMs: 300_000, keepFiringForMs: 60_000, labels: { team: 'core', tier: '0' }, line: 10 });
  });

  it('names file, line, group and rule for each invalid rule, in Prometheus wording', () => {
    const text = `groups:
  - name: x
    rules:
      - record: job:up:sum
        expr: sum(up)
      - alert: HighLatency
        expr: rate(http_requests_total[5m] >
      - expr: up
      - record: "bad name"
        expr: up
        annotations: {a: b}
        labels: {__name__: x}
      - alert: T
        expr: up
        annotations: {s: "{{ nope }}"}
`;
    expect(issuesOf({ 'rules.yml': text }, true)).toEqual([
      'rules.yml: 7:15: group "x", rule 2, "HighLatency": could not parse expression: 1:31: parse error: unclosed left parenthesis',
      `rules.yml: 0:0: 0:0: group "x", rule 3, "": one of 'record' or 'alert' must be set`,
      `rules.yml: 9:17: group "x", rule 4, "bad name": invalid field 'annotations' in recording rule`,
      'rules.yml: 9:17: group "x", rule 4, "bad name": invalid recording rule name: bad name',
      'rules.yml: group "x", rule 4, "bad name": invalid label name: __name__',
      'rules.yml: group "x", rule 5, "T": annotation "s": template: __alert_T:1: function "nope" not defined',
    ]);
  });

  it('keeps line numbers on every issue for editors', () => {
    try {
      loadRuleFiles({ 'a.yml': 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        labels: {"": x}\n' });
    } catch (e) {
      expect((e as RuleFileError).issues[0]).toMatchObject({ file: 'a.yml', line: 6, group: 'g', rule: 1, ruleName: 'A', message: 'group "g", rule 1, "A": invalid label name: ' });
      return;
    }
    throw new Error('expected an error');
  });

  it('reports repeated and empty group names with their position', () => {
    expect(issuesOf({ 'r.yml': 'groups:\n  - name: a\n    rules: []\n  - name: a\n    rules: []\n  - rules: []\n' })).toEqual([
      'r.yml: 4:5: groupname: "a" is repeated in the same file',
      'r.yml: 6:5: Groupname must not be empty',
    ]);
  });

  it('rejects unknown fields, wrong kinds, bad durations and YAML syntax like the strict decoder', () => {
    expect(issuesOf({ 'r.yml': 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n        severity: page\n' })).toEqual([
      'r.yml: yaml: unmarshal errors:',
      '  line 6: field severity not found in type rulefmt.Rule',
    ]);
    expect(issuesOf({ 'r.yml': 'groups:\n  - name: a\n    interval: 5x\n    rules: []\n' })).toEqual(['r.yml: not a valid duration string: "5x"']);
    expect(issuesOf({ 'r.yml': 'groups:\n  - name: a\n    rules: [\n' })[0]).toMatch(/^r\.yml: yaml: line \d+: /);
  });

  it('accepts UTF-8 names under Prometheus 3 defaults but rejects braces in record names', () => {
    expect(loadRuleFiles({ 'r.yml': 'groups: [{name: a, rules: [{record: "a.b c", expr: up}]}]' }).groups[0]!.rules[0]!.name).toBe('a.b c');
    expect(issuesOf({ 'r.yml': 'groups: [{name: a, rules: [{record: "up{a=\\"b\\"}", expr: up}]}]' })).toEqual([
      'r.yml: 1:37: group "a", rule 1, "up{a=\\"b\\"}": braces present in the recording rule name; should it be in expr?: up{a="b"}',
    ]);
  });
});
