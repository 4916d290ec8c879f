import { describe, expect, it } from 'vitest';
import { xxhash64 } from './xxhash64';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('xxhash64', () => {
  it('matches the reference values', () => {
    expect(xxhash64(utf8('')).toString(16)).toBe('ef46db3751d8e999');
    expect(xxhash64(utf8('a')).toString(16)).toBe('d24ec4f1a98c6e5b');
    expect(xxhash64(utf8('abc')).toString(16)).toBe('44bc2cf5ad770999');
    expect(xxhash64(utf8('Nobody inspects the spammish repetition')).toString(16)).toBe('fbcea83c8a378bf1');
  });

  it('hashes a plain byte array as it hashes the same Uint8Array', () => {
    // The rule manager hashes label bytes built as number[] (name 0xff value 0xff ...).
    const bytes = [...utf8('file'), 0xff, ...utf8('rules.yml'), 0xff, ...utf8('name'), 0xff, ...utf8('availability'), 0xff];
    expect(xxhash64(bytes)).toBe(xxhash64(Uint8Array.from(bytes)));
    expect(xxhash64([...utf8('Nobody inspects the spammish repetition')]).toString(16)).toBe('fbcea83c8a378bf1');
  });
});
