/**
 * Shared pieces of script reading: the line type and the syntax error the
 * command parsers throw (the reader records it with its line and moves on).
 */
import { parseDuration } from '../util/duration';

/** Line is one trimmed line with its 1-based number; comment lines are already empty. */
export interface Line {
  readonly no: number;
  readonly text: string;
}

/** ScriptSyntaxError is malformed script notation at a given line. */
export class ScriptSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ScriptSyntaxError';
  }
}

/** durationAt parses a duration field of a script line, reporting the line on failure. */
export function durationAt(text: string, line: number, what: string): number {
  try {
    return parseDuration(text);
  } catch {
    throw new ScriptSyntaxError(line, `invalid ${what} "${text}": not a valid duration`);
  }
}
