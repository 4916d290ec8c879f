import type { ExpositionFormat } from './types';

const PREFIX: Record<ExpositionFormat, string> = {
  text: 'text format parsing error',
  openmetrics: 'openmetrics format parsing error',
};

/**
 * ExpositionError is a malformed exposition, printed as Prometheus's text
 * parser prints it: `text format parsing error in line 3: expected float as
 * value, got "abc"`. OpenMetrics errors use the same shape with an
 * `openmetrics format parsing error` prefix. `line` is 1-based.
 */
export class ExpositionError extends Error {
  readonly line: number;
  readonly format: ExpositionFormat;
  /** The bare reason without the prefix, e.g. `expected float as value, got "abc"`. */
  readonly detail: string;

  constructor(format: ExpositionFormat, line: number, detail: string) {
    super(`${PREFIX[format]} in line ${line}: ${detail}`);
    this.name = 'ExpositionError';
    this.line = line;
    this.format = format;
    this.detail = detail;
  }
}
