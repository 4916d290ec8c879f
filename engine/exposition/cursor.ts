import { goQuote } from '../model/labels';
import { ExpositionError } from './error';
import type { ExpositionFormat } from './types';

/** Character codes the scanners compare against. */
export const NL = 10;
export const TAB = 9;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const COMMA = 44;
export const EQUALS = 61;
export const BACKSLASH = 92;
export const LBRACE = 123;
export const RBRACE = 125;

/**
 * LineCursor walks an exposition line by line without splitting it. Within a
 * line, `peek()` reports the line break as NL, so scanners can treat the
 * input as the byte stream Prometheus's parsers read; on a last line with no
 * line break, reaching its end is an "unexpected end of input" instead.
 */
export class LineCursor {
  /** Index of the next character to read. */
  pos = 0;
  /** Index of the current line's '\n', or the input length. */
  lineEnd = -1;
  /** 1-based number of the current line; 0 before the first nextLine(). */
  line = 0;
  /** Whether the current line ends with '\n'. */
  terminated = false;

  constructor(
    readonly src: string,
    readonly format: ExpositionFormat,
    private readonly eofMessage: string,
  ) {}

  /** nextLine moves to the start of the next line; false when the input is used up. */
  nextLine(): boolean {
    const start = this.lineEnd + 1;
    if (start >= this.src.length) return false;
    const nl = this.src.indexOf('\n', start);
    this.line++;
    this.pos = start;
    this.terminated = nl >= 0;
    this.lineEnd = nl >= 0 ? nl : this.src.length;
    return true;
  }

  /** peek returns the current character, or NL at the end of a terminated line. */
  peek(): number {
    if (this.pos < this.lineEnd) return this.src.charCodeAt(this.pos);
    if (!this.terminated) this.fail(this.eofMessage);
    return NL;
  }

  /** atLineEnd reports whether the line is used up (throws on an unterminated last line). */
  atLineEnd(): boolean {
    return this.peek() === NL;
  }

  /** skipBlanks skips spaces and tabs within the line. */
  skipBlanks(): void {
    const src = this.src;
    let i = this.pos;
    while (i < this.lineEnd) {
      const c = src.charCodeAt(i);
      if (c !== SPACE && c !== TAB) break;
      i++;
    }
    this.pos = i;
  }

  /**
   * tokenEnd returns where the token starting at pos ends: at the next space
   * (or tab when `tabs`), or the line end. Reaching the end of an
   * unterminated last line is the end-of-input error.
   */
  tokenEnd(tabs: boolean): number {
    const src = this.src;
    let i = this.pos;
    while (i < this.lineEnd) {
      const c = src.charCodeAt(i);
      if (c === SPACE || (tabs && c === TAB)) return i;
      i++;
    }
    if (!this.terminated) this.fail(this.eofMessage);
    return i;
  }

  /** rest returns the remainder of the line (not consuming it). */
  rest(): string {
    return this.src.slice(this.pos, this.lineEnd);
  }

  fail(detail: string): never {
    throw new ExpositionError(this.format, this.line, detail);
  }
}

/** quoteChar prints a character code as Go's %q prints a one-character string. */
export function quoteChar(c: number): string {
  return goQuote(String.fromCharCode(c));
}
