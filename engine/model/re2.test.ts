import { describe, expect, it } from 'vitest';
import { compileRegex } from './matchers';
import { translateRe2 } from './re2';

describe('translateRe2', () => {
  it('keeps plain patterns unchanged', () => {
    expect(translateRe2('a.*b|[c-e]+')).toBe('a.*b|[c-e]+');
  });

  it('rewrites named groups and \\z', () => {
    expect(translateRe2('(?P<x>a)\\z')).toBe('(?<x>a)$');
  });

  it('applies (?i:...) to its group only', () => {
    const re = compileRegex('.*(?i:pro)D');
    expect(re.test('xPrOD')).toBe(true);
    expect(re.test('xPrOd')).toBe(false);
  });

  it('applies (?i) to the rest of the enclosing group', () => {
    const re = compileRegex('((?i)duc)TION');
    expect(re.test('DuCTION')).toBe(true);
    expect(re.test('DuCtion')).toBe(false);
  });

  it('folds letter ranges inside classes', () => {
    expect(compileRegex('(?i)[a-c]+').test('AbC')).toBe(true);
    expect(compileRegex('(?i)[^a-c]').test('B')).toBe(false);
  });
});
