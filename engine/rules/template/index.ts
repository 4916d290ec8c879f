/**
 * A Go text/template interpreter with Prometheus's template functions,
 * for alerting rules' labels and annotations.
 */
export { ALERT_TEMPLATE_DEFS, checkAlertTemplate, expandAlertTemplate, templateName } from './expander';
export type { AlertTemplateData } from './expander';
export type { PromFuncContext, TemplateQueryFunc } from './prom-funcs';
export { TemplateParseError } from './parser';
export { tableLink } from './url';
export { formatE } from './go-float';
