import { describe, expect, it } from 'vitest';
import { decodeUtf8, decodeUtf8Escaped, utf8Bytes, wtf8Bytes } from './utf8';

describe('utf8Bytes and wtf8Bytes', () => {
  it('encode one to four bytes per code point', () => {
    expect(utf8Bytes('a')).toEqual([0x61]);
    expect(utf8Bytes('é')).toEqual([0xc3, 0xa9]);
    expect(utf8Bytes('€')).toEqual([0xe2, 0x82, 0xac]);
    expect(utf8Bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(wtf8Bytes('a€😀')).toEqual(utf8Bytes('a€😀'));
  });

  it('differ only on lone surrogates: U+FFFD versus the surrogate’s own three bytes', () => {
    expect(utf8Bytes('\ud800')).toEqual([0xef, 0xbf, 0xbd]);
    expect(wtf8Bytes('\ud800')).toEqual([0xed, 0xa0, 0x80]);
  });
});

describe('decodeUtf8 and decodeUtf8Escaped', () => {
  it('decode valid UTF-8', () => {
    expect(decodeUtf8([0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80])).toBe('aé😀');
    expect(decodeUtf8Escaped([0xe2, 0x82, 0xac])).toBe('€');
  });

  it('replace each invalid byte as Go’s range loop does, one byte at a time', () => {
    expect(decodeUtf8([0xff, 0x61])).toBe('\ufffda');
    expect(decodeUtf8([0xe2, 0x82])).toBe('\ufffd\ufffd'); // cut short
    expect(decodeUtf8([0xc0, 0x80])).toBe('\ufffd\ufffd'); // overlong
    expect(decodeUtf8([0xed, 0xa0, 0x80])).toBe('\ufffd\ufffd\ufffd'); // surrogate
  });

  it('keep invalid bytes as lone surrogates U+DC00+byte when escaping', () => {
    expect(decodeUtf8Escaped([0xff, 0x61])).toBe('\udcffa');
    expect(decodeUtf8Escaped([0xe2, 0x82])).toBe('\udce2\udc82');
  });
});
