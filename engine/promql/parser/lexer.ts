import { goQuoteRune } from './go-strings';
import { isAlpha, isAlphaNumeric, isDigit, isDurationKeywordStart, isSpace, Scanner } from './scanner';
import type { Token } from './tokens';

/**
 * Lexer turns a PromQL query into tokens on demand. It follows Prometheus's
 * lexer state by state (statements, inside braces, inside a duration
 * expression in brackets) so that the same inputs are accepted and the same
 * errors come out at the same positions. A lexing error is returned as one
 * ERROR token (text = message, pos = start of the offending item); after it
 * only EOF follows.
 */
export class Lexer extends Scanner {
  private mode: 'statements' | 'braces' | 'duration' = 'statements';
  private done = false;
  private parenDepth = 0;
  private bracketOpen = false;
  private gotColon = false;
  /** Set once any number was lexed inside brackets; Prometheus never resets it. */
  private gotDuration = false;

  /** next returns the next token, COMMENT tokens included. */
  next(): Token {
    for (;;) {
      if (this.done) return { kind: 'EOF', pos: this.input.length, end: this.input.length, text: '' };
      this.start = this.pos;
      const tok =
        this.mode === 'braces' ? this.lexInsideBraces() : this.mode === 'duration' ? this.lexDurationExpr() : this.lexStatement();
      if (tok !== null) {
        if (tok.kind === 'ERROR' || tok.kind === 'EOF') this.done = true;
        return tok;
      }
    }
  }

  // --- states ---

  private lexStatement(): Token | null {
    if (this.input.startsWith('#', this.pos)) return this.lexComment();
    const ch = this.nextChar();
    switch (ch) {
      case '':
        if (this.parenDepth !== 0) return this.error('unclosed left parenthesis');
        if (this.bracketOpen) return this.error('unclosed left bracket');
        return this.emit('EOF');
      case ',': return this.emit(',');
      case '*': case '/': case '%': case '+': case '-': case '^': case '@':
        return this.emit(ch);
      case '=':
        if (this.peekChar() === '=') {
          this.pos++;
          return this.emit('==');
        }
        if (this.peekChar() === '~') return this.error(`unexpected character after '=': ${goQuoteRune('~')}`);
        return this.emit('=');
      case '!': {
        const next = this.nextChar();
        if (next !== '=') return this.error(`unexpected character after '!': ${goQuoteRune(next)}`);
        return this.emit('!=');
      }
      case '<':
      case '>':
        if (this.accept('=')) return this.emit(ch === '<' ? '<=' : '>=');
        if (this.accept('/')) return this.emit(ch === '<' ? '</' : '>/');
        return this.emit(ch);
      case '"': case "'": return this.lexString(ch);
      case '`': return this.lexRawString();
      case '(':
      case ')':
        return this.lexParen(ch);
      case '{':
        this.mode = 'braces';
        return this.emit('{');
      case '[':
        if (this.bracketOpen) return this.error(`unexpected left bracket ${goQuoteRune('[')}`);
        this.gotColon = false;
        this.bracketOpen = true;
        this.mode = 'duration';
        return this.emit('[');
      case ']':
        if (!this.bracketOpen) return this.error(`unexpected right bracket ${goQuoteRune(']')}`);
        this.bracketOpen = false;
        return this.emit(']');
    }
    if (isSpace(ch)) {
      this.skipSpaces();
      return null;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(this.peekChar()))) {
      this.pos = this.start;
      return this.lexNumberOrDuration();
    }
    if (isAlpha(ch) || ch === ':') {
      if (!this.bracketOpen) {
        this.pos = this.start;
        return this.lexKeywordOrIdentifier();
      }
      if (ch === ':') {
        if (this.gotColon) return this.error(`unexpected colon ${goQuoteRune(':')}`);
        this.gotColon = true;
        return this.emit(':');
      }
      if (isDurationKeywordStart(ch)) {
        const tok = this.scanDurationKeyword();
        if (tok !== null) return tok;
      }
      return this.error(`unexpected character: ${goQuoteRune(ch)}, expected ${goQuoteRune(':')}`);
    }
    return this.error(`unexpected character: ${goQuoteRune(ch)}`);
  }

  private lexInsideBraces(): Token | null {
    if (this.input.startsWith('#', this.pos)) return this.lexComment();
    const ch = this.nextChar();
    switch (ch) {
      case '': return this.error('unexpected end of input inside braces');
      case ',': return this.emit(',');
      case '"': case "'": return this.lexString(ch);
      case '`': return this.lexRawString();
      case '=':
        return this.emit(this.accept('~') ? '=~' : '=');
      case '!': {
        const next = this.nextChar();
        if (next === '~') return this.emit('!~');
        if (next === '=') return this.emit('!=');
        return this.error(`unexpected character after '!' inside braces: ${goQuoteRune(next)}`);
      }
      case '{': return this.error(`unexpected left brace ${goQuoteRune('{')}`);
      case '}':
        this.mode = 'statements';
        return this.emit('}');
    }
    if (isSpace(ch)) {
      this.skipSpaces();
      return null;
    }
    if (isAlpha(ch)) {
      // Inside braces keywords are plain label names, and colons are not allowed.
      while (isAlphaNumeric(this.peekChar())) this.pos++;
      return this.emit('IDENTIFIER');
    }
    return this.error(`unexpected character inside braces: ${goQuoteRune(ch)}`);
  }

  /**
   * lexParen emits `(` or `)` and tracks their depth, in statements and in
   * duration expressions alike. Prometheus emits an unmatched `)` first, so
   * its error sits just after it.
   */
  private lexParen(ch: '(' | ')'): Token {
    if (ch === '(') {
      this.parenDepth++;
      return this.emit('(');
    }
    this.parenDepth--;
    if (this.parenDepth < 0) return this.error(`unexpected right parenthesis ${goQuoteRune(')')}`, this.pos);
    return this.emit(')');
  }

  /** lexDurationExpr scans inside `[...]` until the first number; then statements take over. */
  private lexDurationExpr(): Token | null {
    const ch = this.nextChar();
    switch (ch) {
      case '': return this.error('unexpected end of input in duration expression');
      case ']':
        this.bracketOpen = false;
        this.gotColon = false;
        this.mode = 'statements';
        return this.emit(']');
      case ':':
        if (!this.gotDuration) return this.error('unexpected colon before duration in duration expression', this.pos);
        if (this.gotColon) return this.error('unexpected repeated colon in duration expression', this.pos);
        this.gotColon = true;
        return this.emit(':');
      case '(':
      case ')':
        return this.lexParen(ch);
      case '+': case '-': case '*': case '/': case '%': case '^': case ',':
        return this.emit(ch);
    }
    if (isSpace(ch)) {
      this.skipSpaces();
      return null;
    }
    if (isDurationKeywordStart(ch)) {
      const tok = this.scanDurationKeyword();
      if (tok !== null) return tok;
      return this.error(`unexpected character in duration expression: ${goQuoteRune(ch)}`);
    }
    if (isDigit(ch) || (ch === '.' && isDigit(this.peekChar()))) {
      this.pos = this.start;
      this.gotDuration = true;
      this.mode = 'statements';
      return this.lexNumberOrDuration();
    }
    return this.error(`unexpected character in duration expression: ${goQuoteRune(ch)}`);
  }

}
