import { goQuoteRunes, goRuneU } from './go-strings';
import { DURATION_KEYWORDS, WORD_TOKENS, type Token, type TokenKind } from './tokens';

/**
 * Scanner holds the input position and scans the items whose shape does not
 * depend on the lexer's state: comments, strings (with Go escape checks),
 * numbers and durations, identifiers and keywords. Errors are ERROR tokens
 * at the start of the item, worded as Prometheus words them.
 */
export class Scanner {
  protected pos = 0;
  protected start = 0;

  constructor(protected readonly input: string) {}

  // Character helpers work on code points, like Go's runes.

  protected peekChar(): string {
    const cp = this.input.codePointAt(this.pos);
    return cp === undefined ? '' : String.fromCodePoint(cp);
  }

  protected nextChar(): string {
    const ch = this.peekChar();
    this.pos += ch.length;
    return ch;
  }

  protected accept(valid: string): boolean {
    const ch = this.peekChar();
    if (ch !== '' && valid.includes(ch)) {
      this.pos += ch.length;
      return true;
    }
    return false;
  }

  protected emit(kind: TokenKind): Token {
    return { kind, pos: this.start, end: this.pos, text: this.input.slice(this.start, this.pos) };
  }

  /** error reports a lexing error at the start of the current item. */
  protected error(message: string, at: number = this.start): Token {
    return { kind: 'ERROR', pos: at, end: this.input.length, text: message };
  }

  protected skipSpaces(): void {
    while (isSpace(this.peekChar())) this.pos++;
  }

  protected lexComment(): Token {
    this.pos++;
    while (this.pos < this.input.length && this.input[this.pos] !== '\n' && this.input[this.pos] !== '\r') this.pos++;
    return this.emit('COMMENT');
  }

  protected lexString(quote: string): Token {
    for (;;) {
      const ch = this.nextChar();
      if (ch === '\\') {
        const err = this.lexEscape(quote);
        if (err !== null) return err;
        continue;
      }
      if (ch === '' || ch === '\n') return this.error('unterminated quoted string');
      if (ch === quote) return this.emit('STRING');
    }
  }

  /** lexEscape validates one escape sequence after the backslash, as Go's scanner does. */
  private lexEscape(quote: string): Token | null {
    let ch = this.nextChar();
    let n: number;
    let base: number;
    let max: number;
    if ('abfnrtv\\'.includes(ch) && ch !== '') return null;
    if (ch === quote) return null;
    if (ch >= '0' && ch <= '7' && ch.length === 1) {
      [n, base, max] = [3, 8, 255];
    } else if (ch === 'x') {
      ch = this.nextChar();
      [n, base, max] = [2, 16, 255];
    } else if (ch === 'u') {
      ch = this.nextChar();
      [n, base, max] = [4, 16, 0x10ffff];
    } else if (ch === 'U') {
      ch = this.nextChar();
      [n, base, max] = [8, 16, 0x10ffff];
    } else if (ch === '') {
      return this.error('escape sequence not terminated');
    } else {
      return this.error(`unknown escape sequence ${goRuneU(ch)}`);
    }
    let x = 0;
    for (; n > 0; n--) {
      const d = digitValue(ch);
      if (d >= base) {
        if (ch === '') return this.error('escape sequence not terminated');
        return this.error(`illegal character ${goRuneU(ch)} in escape sequence`);
      }
      x = x * base + d;
      if (n > 1) ch = this.nextChar();
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) return this.error('escape sequence is an invalid Unicode code point');
    return null;
  }

  protected lexRawString(): Token {
    for (;;) {
      const ch = this.nextChar();
      if (ch === '') return this.error('unterminated raw string');
      if (ch === '`') return this.emit('STRING');
    }
  }

  protected lexNumberOrDuration(): Token {
    if (this.scanNumber()) return this.emit('NUMBER');
    if (this.acceptRemainingDuration()) return this.emit('DURATION');
    return this.error(`bad number or duration syntax: ${goQuoteRunes(this.input.slice(this.start, this.pos))}`);
  }

  /**
   * scanNumber consumes a decimal, octal or hex number with Go-style digit
   * separators and reports whether it stands alone (is not followed by a
   * letter or digit). Its value is checked later by the parser.
   */
  private scanNumber(): boolean {
    const initial = this.pos;
    let digits = '0123456789';
    if (this.accept('0') && this.accept('xX')) {
      this.accept('_');
      digits = '0123456789abcdefABCDEF';
    }
    this.accept('.');
    this.accept(digits);
    let dotSeen = false;
    let expSeen = false;
    const atEnd = (): boolean => this.pos >= this.input.length;
    while ((digits + '._eE').includes(this.peekChar()) && this.peekChar() !== '') {
      const ch = this.peekChar();
      if (ch === '.' && dotSeen) {
        this.pos++;
        return false;
      }
      if ((ch === 'e' || ch === 'E') && expSeen) {
        this.pos++;
        return false;
      }
      if (this.accept('.')) {
        dotSeen = true;
        if (this.accept('_.')) return false;
        if (digits.length > 10) return false; // no fractional hex literals
        continue;
      }
      if (this.accept('eE')) {
        expSeen = true;
        this.accept('+-');
        if (this.accept('._eE') || atEnd()) return false;
        continue;
      }
      if (this.accept('_')) {
        if (this.accept('._eE') || atEnd()) return false;
        continue;
      }
      while (this.accept(digits));
    }
    if (this.pos === initial) return false;
    return !isAlphaNumeric(this.peekChar());
  }

  /** acceptRemainingDuration continues a number into a duration like `1h30m` (units are validated later). */
  private acceptRemainingDuration(): boolean {
    if (!this.accept('smhdwy')) return false;
    this.accept('s');
    while (this.accept('0123456789')) {
      while (this.accept('0123456789'));
      if (!this.accept('smhdw')) return false; // y may only come first
      this.accept('s');
    }
    if (isAlphaNumeric(this.peekChar())) {
      this.pos++; // Prometheus consumes the offending character into the error text
      return false;
    }
    return true;
  }

  protected lexKeywordOrIdentifier(): Token {
    while (isAlphaNumeric(this.peekChar()) || this.peekChar() === ':') this.pos++;
    const word = this.input.slice(this.start, this.pos);
    const kind = WORD_TOKENS.get(word.toLowerCase());
    if (kind !== undefined) {
      // fill/fill_left/fill_right are keywords only before "(", so they stay usable as metric names.
      if ((kind === 'fill' || kind === 'fill_left' || kind === 'fill_right') && !this.followedByLeftParen()) {
        return this.emit('IDENTIFIER');
      }
      return this.emit(kind);
    }
    return this.emit(word.includes(':') ? 'METRIC_IDENTIFIER' : 'IDENTIFIER');
  }

  private followedByLeftParen(): boolean {
    for (let i = this.pos; i < this.input.length; i++) {
      const ch = this.input[i]!;
      if (!isSpace(ch)) return ch === '(';
    }
    return false;
  }

  /** scanDurationKeyword reads step/range/min_of/max_of (any case) inside brackets, or returns null. */
  protected scanDurationKeyword(): Token | null {
    while (isAlpha(this.peekChar())) this.pos++;
    const word = this.input.slice(this.start, this.pos).toLowerCase();
    if (DURATION_KEYWORDS.has(word)) return this.emit(word as TokenKind);
    return null;
  }
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

export function isDigit(ch: string): boolean {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

/** isAlpha is ASCII letters and underscore only, as in Prometheus (no Unicode letters). */
export function isAlpha(ch: string): boolean {
  return ch === '_' || (ch.length === 1 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')));
}

export function isAlphaNumeric(ch: string): boolean {
  return isAlpha(ch) || isDigit(ch);
}

export function isDurationKeywordStart(ch: string): boolean {
  const c = ch.toLowerCase();
  return c === 's' || c === 'r' || c === 'm';
}

function digitValue(ch: string): number {
  if (ch.length !== 1) return 16;
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'a' && ch <= 'f') return ch.charCodeAt(0) - 87;
  if (ch >= 'A' && ch <= 'F') return ch.charCodeAt(0) - 55;
  return 16;
}
