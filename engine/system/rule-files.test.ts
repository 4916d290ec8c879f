import { describe, expect, it } from 'vitest';
import { selectRuleFiles } from './rule-files';

describe('selectRuleFiles', () => {
  const files = { 'rules/a.yml': 'A', 'rules/b.yaml': 'B', 'rules/sub/c.yml': 'C', 'alerts.yml': 'D' };

  it.each([
    [['rules/*.yml'], ['rules/a.yml']],
    [['rules/*'], ['rules/a.yml', 'rules/b.yaml']],
    [['rules/*/*.yml', 'alerts.yml'], ['alerts.yml', 'rules/sub/c.yml']],
    [['rules/[ab].y?ml'], ['rules/b.yaml']],
    [['rules/[!a].yaml'], ['rules/b.yaml']],
    [[], []],
  ])('%j selects %j (globs do not cross /)', (patterns, names) => {
    expect(Object.keys(selectRuleFiles(patterns, files))).toEqual(names);
  });
});
