import { describe, expect, it } from 'vitest';
import { checkRegex } from './regex-check';

describe('checkRegex (RE2 syntax)', () => {
  it.each([
    'foo|bar', '.*-.*', '(?i)abc', '(?i:PRO).*', '(?-i:a)', '(?s:.)', '(?P<n>x)', '(?<n>x)', 'a*?', '^*',
    'a{', 'a{,5}', '}', ']', '[]a]', '[^]]', '[\\d-z]', '[[:alpha:]]', '\\Qa.b\\E', '\\pL', '\\p{Greek}',
    '\\x41', '\\x{1F600}', '\\012', '\\.\\+\\[', 'a{2,}', 'a{0,1000}', 'ü+',
  ])('accepts %j', (pattern) => {
    expect(checkRegex(pattern)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['(', 'missing closing ): `(`'],
    ['a)', 'unexpected ): `a)`'],
    ['[a', 'missing closing ]: `[a`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
    ['*', 'missing argument to repetition operator: `*`'],
    ['a|+', 'missing argument to repetition operator: `+`'],
    ['{2}', 'missing argument to repetition operator: `{2}`'],
    ['a**', 'invalid nested repetition operator: `**`'],
    ['x{2}{3}', 'invalid nested repetition operator: `{2}{3}`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['a{2,1}', 'invalid repeat count: `{2,1}`'],
    ['(?=x)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?x)', 'invalid or unsupported Perl syntax: `(?x`'],
    ['(?P<>x)', 'invalid named capture: `(?P<>`'],
    ['\\1', 'invalid escape sequence: `\\1`'],
    ['\\q', 'invalid escape sequence: `\\q`'],
    ['\\C', 'invalid escape sequence: `\\C`'],
    ['a\\', 'trailing backslash at end of expression: ``'],
  ])('rejects %j', (pattern, want) => {
    expect(checkRegex(pattern)).toBe(`error parsing regexp: ${want}`);
  });
});
