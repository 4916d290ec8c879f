import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { ParseCache } from './parse-cache';
import { parseExpr } from './parser/index';

describe('ParseCache', () => {
  it('parses a text once and hands out the same tree, equal to a fresh parse', () => {
    const c = new ParseCache(false);
    const q = 'sum by (job) (rate(http_requests_total{code=~"5.."}[5m]))';
    const a = c.parse(q);
    expect(c.parse(q)).toBe(a);
    expect(a).toEqual(parseExpr(q));
  });

  it('keeps nothing for a text that fails: it throws the same ParseError every time', () => {
    const c = new ParseCache(false);
    expect(() => c.parse('rate(x[5m]')).toThrow(ParseError);
    expect(() => c.parse('rate(x[5m]')).toThrow(ParseError);
  });

  it('parses with the experimental features it was made with', () => {
    expect(() => new ParseCache(false).parse('info(up)')).toThrow(ParseError);
    expect(new ParseCache(true).parse('info(up)').kind).toBe('Call');
  });

  it('starts over when full, so it stays bounded', () => {
    const c = new ParseCache(false, 2);
    const first = c.parse('a');
    c.parse('b');
    expect(c.parse('a')).toBe(first);
    c.parse('c');
    expect(c.parse('a')).not.toBe(first);
    expect(c.parse('a')).toEqual(first);
  });
});
