/**
 * ConfigError is a rejected alertmanager.yml. The message reads like a
 * compiler diagnostic, `alertmanager.yml:12: <detail>`, where `detail` keeps
 * Alertmanager's own wording (`undefined receiver "x" used in route`). Lines
 * and columns are 1-based and point at the offending key or value.
 */
export class ConfigError extends Error {
  readonly line: number;
  readonly column: number;
  readonly detail: string;

  constructor(line: number, column: number, detail: string) {
    super(`alertmanager.yml:${line}: ${detail}`);
    this.name = 'ConfigError';
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

/** Pos is a 1-based source position. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

/** configError builds a ConfigError at a position. */
export function configError(pos: Pos, detail: string): ConfigError {
  return new ConfigError(pos.line, pos.column, detail);
}
