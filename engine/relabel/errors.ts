/**
 * RelabelConfigError is a rejected relabel rule. The message is
 * `<path>: <reason>` where the reason is worded as Prometheus words it
 * (`relabel configuration for replace action requires 'target_label' value`)
 * and `path` names the offending rule or field (`relabel_configs[2].action`).
 */
export class RelabelConfigError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'RelabelConfigError';
    this.path = path;
    this.reason = reason;
  }
}
