import type { PosRange, VectorMatching } from './ast';
import type { Labels } from '../model/labels';

/** lineCol converts a 0-based offset into Prometheus's 1-based "line:col". */
export function lineCol(input: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < input.length; i++) {
    if (input[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * ParseError is a user mistake in a query, printed as Prometheus prints it:
 * `1:13: parse error: unexpected <EOF>`.
 */
export class ParseError extends Error {
  readonly pos: PosRange;
  readonly query: string;
  /** The bare message without position, e.g. `unexpected <EOF>`. */
  readonly detail: string;

  constructor(query: string, pos: PosRange, detail: string) {
    const { line, col } = lineCol(query, pos.start);
    super(`${line}:${col}: parse error: ${detail}`);
    this.name = 'ParseError';
    this.pos = pos;
    this.query = query;
    this.detail = detail;
  }
}

/** QueryErrorType mirrors the `errorType` values of Prometheus's HTTP API. */
export type QueryErrorType = 'bad_data' | 'execution' | 'timeout' | 'canceled' | 'internal' | 'unavailable';

/** QueryError is an error raised while preparing or evaluating a query. */
export class QueryError extends Error {
  constructor(
    readonly type: QueryErrorType,
    message: string,
    readonly pos?: PosRange,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

export const ERR_TOO_MANY_SAMPLES = 'query processing would load too many samples into memory in query execution';
export const ERR_TIMEOUT = 'query timed out in query execution';
export const ERR_CANCELED = 'query was canceled in query execution';

/**
 * MatchingError is a vector matching failure of a binary operator (same
 * message as upstream) that also names the colliding series, so that tools
 * can suggest a rewrite instead of guessing.
 */
export class MatchingError extends QueryError {
  constructor(
    message: string,
    readonly conflict: MatchingConflict,
  ) {
    super('execution', message);
  }
}

/** MatchingConflict describes the series that broke a binary operator's matching. */
export interface MatchingConflict {
  /** The binary expression's position in the query. */
  readonly pos: PosRange;
  readonly matching: VectorMatching;
  /** The side holding several series for one match group. */
  readonly side: 'left' | 'right';
  /** The match group: the matching labels the colliding series share. */
  readonly group: Labels;
  /** The colliding series on `side` (at least two). */
  readonly series: readonly Labels[];
  /** A series on the other side of the same match group, when there is one. */
  readonly partner?: Labels;
  /** Label names whose values differ among `series`. */
  readonly differing: readonly string[];
}
