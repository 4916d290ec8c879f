import type { Expr, PosRange } from '../ast';
import { Lexer } from './lexer';
import { describeToken, type Token, type TokenKind } from './tokens';

/** ParseOptions switch on Prometheus's experimental PromQL features. */
export interface ParseOptions {
  /** Experimental functions, limitk/limit_ratio, duration expressions, anchored/smoothed, fill modifiers. */
  readonly experimental?: boolean;
}

/** ErrorItem is one collected parse error (Prometheus keeps a list and reports the first). */
export interface ErrorItem {
  readonly pos: PosRange;
  readonly message: string;
}

/** SyntaxAbort unwinds the recursive descent after a syntax error; it never leaves the parser. */
export class SyntaxAbort extends Error {}

/**
 * ErrorContext names the grammar construct an "unexpected ..." error is
 * reported in, like the error productions of Prometheus's yacc grammar
 * (`unexpected "]" in subquery or range selector, expected number, ...`).
 */
interface ErrorContext {
  readonly context: string;
  readonly expected: string;
}

/**
 * ParserCore is the token stream and error bookkeeping shared by the
 * construct parsers (selectors, calls, modifiers, duration expressions).
 * Semantic mistakes found while parsing are collected and parsing goes on,
 * as in Prometheus; a syntax error records itself and aborts.
 */
export class ParserCore {
  readonly errors: ErrorItem[] = [];
  /** End offset of the last token consumed: where a node that just closed ends. */
  lastEnd = 0;
  private readonly lexer: Lexer;
  private readonly buffered: Token[] = [];
  private readonly contexts: ErrorContext[] = [];

  /** parseExpr parses a full expression with operators binding at least as tight as minPrec. */
  parseExpr: (minPrec: number) => Expr = () => {
    throw new Error('internal error: expression parser not installed');
  };

  constructor(
    readonly input: string,
    readonly opts: ParseOptions,
  ) {
    this.lexer = new Lexer(input);
  }

  get experimental(): boolean {
    return this.opts.experimental === true;
  }

  /** peek returns the token `ahead` positions away without consuming it (comments skipped). */
  peek(ahead = 0): Token {
    while (this.buffered.length <= ahead) {
      const last = this.buffered[this.buffered.length - 1];
      if (last !== undefined && (last.kind === 'EOF' || last.kind === 'ERROR')) return last;
      const tok = this.lexer.next();
      if (tok.kind !== 'COMMENT') this.buffered.push(tok);
    }
    return this.buffered[ahead]!;
  }

  next(): Token {
    const tok = this.peek();
    if (tok.kind === 'ERROR') this.failAt(tok);
    if (tok.kind !== 'EOF') this.buffered.shift();
    this.lastEnd = tok.end;
    return tok;
  }

  is(kind: TokenKind, ahead = 0): boolean {
    return this.peek(ahead).kind === kind;
  }

  accept(kind: TokenKind): Token | undefined {
    return this.is(kind) ? this.next() : undefined;
  }

  /** expect consumes a token of the given kind or reports the current one as unexpected. */
  expect(kind: TokenKind): Token {
    if (!this.is(kind)) this.unexpected();
    return this.next();
  }

  /** softError records a mistake and lets parsing continue. */
  softError(pos: PosRange, message: string): void {
    this.errors.push({ pos, message });
  }

  /**
   * unexpected reports the next token as unexpected, in the innermost open
   * error context if there is one, and aborts.
   */
  unexpected(): never {
    const ctx = this.contexts[this.contexts.length - 1];
    return this.unexpectedIn(ctx?.context ?? '', ctx?.expected ?? '');
  }

  /** unexpectedIn reports the next token as unexpected in a named context, and aborts. */
  unexpectedIn(context: string, expected: string): never {
    const tok = this.peek();
    if (tok.kind === 'ERROR') this.failAt(tok);
    let msg = `unexpected ${describeToken(tok)}`;
    if (context !== '') msg += ` in ${context}`;
    if (expected !== '') msg += `, expected ${expected}`;
    this.errors.push({ pos: { start: tok.pos, end: tok.end }, message: msg });
    throw new SyntaxAbort();
  }

  /** fail records an error and aborts. */
  fail(pos: PosRange, message: string): never {
    this.errors.push({ pos, message });
    throw new SyntaxAbort();
  }

  private failAt(tok: Token): never {
    return this.fail({ start: tok.pos, end: tok.end }, tok.text);
  }

  /** withContext runs fn with an error context open, so its syntax errors name the construct. */
  withContext<T>(context: string, expected: string, fn: () => T): T {
    this.contexts.push({ context, expected });
    try {
      return fn();
    } finally {
      this.contexts.pop();
    }
  }
}
