import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashMod } from './hashmod';
import { md5 } from './md5';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('md5', () => {
  const inputs = ['', 'a', 'abc', 'message digest', 'baz', 'foo\nbar', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000), 'héllo wörld ✓ 😀'];
  for (const s of inputs) {
    it(`matches a reference MD5 for ${JSON.stringify(s.slice(0, 20))} (${s.length} chars)`, () => {
      expect(hex(md5(s))).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
    });
  }
  it('matches RFC 1321 test vectors', () => {
    expect(hex(md5(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex(md5('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});

describe('hashMod', () => {
  it('uses the last 8 digest bytes as a big-endian uint64', () => {
    for (const s of ['baz', '10.0.0.1:9100', 'node-exporter-7']) {
      const tail = BigInt('0x' + createHash('md5').update(s).digest('hex').slice(16));
      for (const m of [1, 2, 3, 1000, 2 ** 40 + 7]) expect(hashMod(s, m)).toBe((tail % BigInt(m)).toString());
    }
  });
  it('gives the values from Prometheus tests', () => {
    expect(hashMod('baz', 1000)).toBe('976');
    expect(hashMod('foo\nbar', 1000)).toBe('734');
  });
});
