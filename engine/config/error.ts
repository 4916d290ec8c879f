/**
 * ConfigError is a rejected prometheus.yml. `message` reads like a compiler
 * diagnostic, `prometheus.yml:12: <detail>`, where `detail` keeps
 * Prometheus's own wording (`scrape timeout greater than scrape interval for
 * scrape config with job name "node"`). `line` and `column` are 1-based and
 * point at the offending key or value; `field` is the path of the field
 * (`scrape_configs[1].scrape_timeout`), '' when the error is about the file.
 */
export class ConfigError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly detail: string;

  constructor(file: string, line: number, column: number, field: string, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ConfigError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.detail = detail;
  }
}
