import { describe, expect, it } from 'vitest';
import { encodeJson, goMap, jsonString, jsonStringPlain, RawJson } from './json';
import { unescapeLabelName } from './label-name';
import { parseQueryString } from './form';

describe('jsonString (Go json-iterator, HTML-safe)', () => {
  it.each([
    ['plain', '"plain"'],
    ['a<b>&c', '"a\\u003cb\\u003e\\u0026c"'],
    ['q"\\', '"q\\"\\\\"'],
    ['\n\r\t\b\f\u0001', '"\\n\\r\\t\\u0008\\u000c\\u0001"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['é😀', '"é😀"'],
    ['\udced', '"\\ufffd"'],
  ])('encodes %j as %s', (s, want) => {
    expect(jsonString(s)).toBe(want);
  });
});

describe('encodeJson', () => {
  it('keeps struct field order, omits undefined, splices raw JSON', () => {
    expect(encodeJson({ b: 1, a: [true, null], c: undefined, d: new RawJson('[1.500]') })).toBe('{"b":1,"a":[true,null],"d":[1.500]}');
  });
  it('sorts Go maps by key, even integer-like keys', () => {
    expect(encodeJson(goMap([['b', 1], ['10', 2], ['2', 3]]))).toBe('{"10":2,"2":3,"b":1}');
  });
});

describe('U__ label name unescaping', () => {
  it.each([
    ['U__http_2e_status__code', 'http.status_code'],
    ['U__a_20_b', 'a b'],
    ['U___1f600_', '😀'],
    ['plain', 'plain'],
    ['U__bad_zz_', 'U__bad_zz_'],
    ['U__open_2e', 'U__open_2e'],
    ['U__six_0000041_', 'U__six_0000041_'],
    ['U__surrogate_d800_', 'U__surrogate_d800_'],
  ])('%s → %s', (input, want) => {
    expect(unescapeLabelName(input)).toBe(want);
  });
});

describe('parseQueryString (url.ParseQuery)', () => {
  it('decodes + and %XX, keeps order and repeats', () => {
    const { values, error } = parseQueryString('match[]=a%7Bb%3D%22c%22%7D&match[]=x+y&e=%C3%A9');
    expect(error).toBeUndefined();
    expect(values.getAll('match[]')).toEqual(['a{b="c"}', 'x y']);
    expect(values.get('e')).toBe('é');
    expect(values.get('missing')).toBe('');
  });
  it('reports semicolons and bad escapes but keeps the good pairs', () => {
    const r = parseQueryString('a=1;b=2&c=%zz&d=4');
    expect(r.error).toBe('invalid semicolon separator in query');
    expect(r.values.get('d')).toBe('4');
    expect(r.values.get('a')).toBe('');
    expect(parseQueryString('c=%zz').error).toBe('invalid URL escape "%zz"');
  });
});

describe('jsonStringPlain (json-iterator WriteString, used for labels)', () => {
  it('escapes quotes, backslashes and controls only', () => {
    expect(jsonStringPlain('a<b>&c\u2028')).toBe('"a<b>&c\u2028"');
    expect(jsonStringPlain('q"\\\n\u0001')).toBe('"q\\"\\\\\\n\\u0001"');
  });
});
