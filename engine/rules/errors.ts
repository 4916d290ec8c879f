/**
 * RuleFileIssue is one problem in a rule file. `message` is Prometheus's
 * own text for it, including its `line:col:` prefixes where Prometheus
 * prints them; `line` is set whenever the position is known, even where
 * Prometheus does not print it, so an editor can underline it.
 */
export interface RuleFileIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly group?: string;
  /** 1-based rule index within the group. */
  readonly rule?: number;
  readonly ruleName?: string;
  readonly message: string;
}

/** formatIssue prints an issue as Prometheus logs it: `FILE: MESSAGE`. */
export function formatIssue(i: RuleFileIssue): string {
  return `${i.file}: ${i.message}`;
}

/** RuleFileError is thrown by loadRuleFiles with every issue found, in file order. */
export class RuleFileError extends Error {
  constructor(readonly issues: readonly RuleFileIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'RuleFileError';
  }
}
