import { ConfigError as AmConfigError } from '../alertmanager/index';
import { ConfigError as PromConfigError } from '../config/index';
import { RuleFileError } from '../rules/index';
import type { ConfigKind } from './types';

/** ConfigIssue is one problem in a file, 1-based position when known. */
export interface ConfigIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/**
 * SystemConfigError is a rejected configuration file of any kind, in one
 * shape for editors: which file, where, and the tool's own message
 * (`prometheus.yml:12: …`, `rules/default.yml: 3:5: …`). The running
 * configuration is untouched when it is thrown.
 */
export class SystemConfigError extends Error {
  constructor(
    readonly kind: ConfigKind,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'SystemConfigError';
  }

  /** line is the first issue's line, when known. */
  get line(): number | undefined {
    return this.issues[0]?.line;
  }
}

/** asConfigError converts the packages' own errors; anything else (a bug) is rethrown as is. */
export function asConfigError(kind: ConfigKind, e: unknown): SystemConfigError {
  if (e instanceof SystemConfigError) return e;
  if (e instanceof PromConfigError) return new SystemConfigError(kind, [{ file: e.file, line: e.line, column: e.column, message: e.message }]);
  if (e instanceof AmConfigError) return new SystemConfigError(kind, [{ file: 'alertmanager.yml', line: e.line, column: e.column, message: e.message }]);
  if (e instanceof RuleFileError) {
    return new SystemConfigError(kind, e.issues.map((i) => ({ file: i.file, ...(i.line !== undefined ? { line: i.line } : {}), ...(i.column !== undefined ? { column: i.column } : {}), message: `${i.file}: ${i.message}` })));
  }
  throw e;
}
