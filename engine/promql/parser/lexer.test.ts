import { describe, expect, it } from 'vitest';
import { Lexer } from './lexer';
import type { Token } from './tokens';

/** lex returns "kind:text" for every token up to EOF (comments included). */
function lex(input: string): string[] {
  const lexer = new Lexer(input);
  const out: string[] = [];
  for (;;) {
    const tok: Token = lexer.next();
    if (tok.kind === 'EOF') return out;
    out.push(tok.kind === 'ERROR' ? `ERROR@${tok.pos}:${tok.text}` : `${tok.kind}:${tok.text}`);
    if (tok.kind === 'ERROR') return out;
  }
}

describe('lexer', () => {
  it.each<[string, string[]]>([
    ['1', ['NUMBER:1']],
    ['.5 5. 4.23', ['NUMBER:.5', 'NUMBER:5.', 'NUMBER:4.23']],
    ['0x1F 0X_1f', ['NUMBER:0x1F', 'NUMBER:0X_1f']],
    ['00_1_23_4.56_7_8', ['NUMBER:00_1_23_4.56_7_8']],
    ['1.e2 1e1_2_34', ['NUMBER:1.e2', 'NUMBER:1e1_2_34']],
    ['NaN nAN Inf iNf', ['NUMBER:NaN', 'NUMBER:nAN', 'NUMBER:Inf', 'NUMBER:iNf']],
    ['Infoo NaN123', ['IDENTIFIER:Infoo', 'IDENTIFIER:NaN123']],
    ['_1_2', ['IDENTIFIER:_1_2']],
    ['5s 123m 1h30m 1y2w3d 100ms', ['DURATION:5s', 'DURATION:123m', 'DURATION:1h30m', 'DURATION:1y2w3d', 'DURATION:100ms']],
    ['abc a:bc :bc', ['IDENTIFIER:abc', 'METRIC_IDENTIFIER:a:bc', 'METRIC_IDENTIFIER::bc']],
    ['SUM by AND Offset', ['sum:SUM', 'by:by', 'and:AND', 'offset:Offset']],
    ['fill + fill (0) fill_left', ['IDENTIFIER:fill', '+:+', 'fill:fill', '(:(', 'NUMBER:0', '):)', 'IDENTIFIER:fill_left']],
    ['== != <= < >= > </ >/ =', ['==:==', '!=:!=', '<=:<=', '<:<', '>=:>=', '>:>', '</:</', '>/:>/', '=:=']],
    ['{on!~"bar", sum="x"}', ['{:{', 'IDENTIFIER:on', '!~:!~', 'STRING:"bar"', ',:,', 'IDENTIFIER:sum', '=:=', 'STRING:"x"', '}:}']],
    ['[ 5m:1m]', ['[:[', 'DURATION:5m', ':::', 'DURATION:1m', ']:]']],
    ['[STEP()+1]', ['[:[', 'step:STEP', '(:(', '):)', '+:+', 'NUMBER:1', ']:]']],
    ['# only a comment', ['COMMENT:# only a comment']],
    ['5 # 1+1\n5', ['NUMBER:5', 'COMMENT:# 1+1', 'NUMBER:5']],
    ['"a\\"b" \'c\\\'d\' `e\\f`', ['STRING:"a\\"b"', "STRING:'c\\'d'", 'STRING:`e\\f`']],
  ])('lexes %j', (input, want) => {
    expect(lex(input)).toEqual(want);
  });

  it.each<[string, string]>([
    ['1..2', 'ERROR@0:bad number or duration syntax: "1.."'],
    ['0deadbeef', 'ERROR@0:bad number or duration syntax: "0de"'],
    ['00_1_23__4.56', 'ERROR@0:bad number or duration syntax: "00_1_23__"'],
    ['12_', 'ERROR@0:bad number or duration syntax: "12_"'],
    ['1e', 'ERROR@0:bad number or duration syntax: "1e"'],
    ['5mm', 'ERROR@0:bad number or duration syntax: "5mm"'],
    ['=~', "ERROR@0:unexpected character after '=': '~'"],
    ['!(', "ERROR@0:unexpected character after '!': '('"],
    ['(()', 'ERROR@3:unclosed left parenthesis'],
    ['())', "ERROR@3:unexpected right parenthesis ')'"],
    [']', "ERROR@0:unexpected right bracket ']'"],
    ['[[', "ERROR@1:unexpected character in duration expression: '['"],
    ['{{', "ERROR@1:unexpected left brace '{'"],
    ['{foo:a="bar"}', "ERROR@4:unexpected character inside braces: ':'"],
    ['{a!#"b"}', "ERROR@2:unexpected character after '!' inside braces: '#'"],
    ['"abc', 'ERROR@0:unterminated quoted string'],
    ['`abc', 'ERROR@0:unterminated raw string'],
    ['"\\c"', "ERROR@0:unknown escape sequence U+0063 'c'"],
    ['"\\x."', "ERROR@0:illegal character U+002E '.' in escape sequence"],
    ['"\\uD800"', 'ERROR@0:escape sequence is an invalid Unicode code point'],
    ['[5s x 5s]', "ERROR@4:unexpected character: 'x', expected ':'"],
    ['[5m::]', "ERROR@4:unexpected colon ':'"],
    ['.٩', "ERROR@0:unexpected character: '.'"],
  ])('reports %j', (input, want) => {
    expect(lex(input).at(-1)).toBe(want);
  });
});
