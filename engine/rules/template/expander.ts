import type { Node } from './ast';
import { GO_BUILTINS, GO_LAZY_BUILTINS } from './builtins';
import { execute, TemplateExecError, TemplatePanic, type FuncTable } from './exec';
import { parseTemplate, TemplateParseError } from './parser';
import { PROM_FUNC_NAMES, promFuncs, type PromFuncContext } from './prom-funcs';
import { GoStruct, type GoMap } from './values';

/**
 * Prometheus's template expander for alerting rules' labels and
 * annotations. As in Prometheus, the text is prefixed with variable
 * definitions, so `$labels`, `$externalLabels`, `$externalURL` and `$value`
 * exist, and positions in error messages count that prefix too.
 *
 * Rendering is asynchronous (Prometheus renders synchronously) because the
 * `query` function awaits the rule manager's QueryFunc; everything else
 * runs without awaiting anything external.
 */

export const ALERT_TEMPLATE_DEFS =
  '{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}';

const FUNC_NAMES: ReadonlySet<string> = new Set([...GO_BUILTINS.keys(), ...GO_LAZY_BUILTINS.keys(), ...PROM_FUNC_NAMES]);

const DATA_TYPE = 'struct { Labels map[string]string; ExternalLabels map[string]string; ExternalURL string; Value interface {} }';

/** AlertTemplateData is what `.` holds in an alert template. */
export interface AlertTemplateData {
  readonly labels: Readonly<Record<string, string>>;
  readonly externalLabels: Readonly<Record<string, string>>;
  readonly externalURL: string;
  readonly value: number;
}

/** templateName is the Go template name Prometheus gives an alert's templates. */
export function templateName(alertName: string): string {
  return '__alert_' + alertName;
}

/** A small cache: the same label and annotation texts are expanded at every evaluation. */
const parsed = new Map<string, readonly Node[]>();

function parseCached(text: string, name: string): readonly Node[] {
  const key = name + '\x00' + text;
  let nodes = parsed.get(key);
  if (nodes === undefined) {
    nodes = parseTemplate(text, name, FUNC_NAMES);
    if (parsed.size > 1000) parsed.clear();
    parsed.set(key, nodes);
  }
  return nodes;
}

/**
 * checkAlertTemplate parses an alert's label or annotation text as
 * Prometheus does at load time; it returns Go's parse error text, or undefined.
 */
export function checkAlertTemplate(text: string, alertName: string): string | undefined {
  try {
    parseCached(ALERT_TEMPLATE_DEFS + text, templateName(alertName));
    return undefined;
  } catch (e) {
    if (e instanceof TemplateParseError) return e.message;
    throw e;
  }
}

function toMap(r: Readonly<Record<string, string>>): GoMap {
  return new Map(Object.entries(r));
}

/**
 * expandAlertTemplate renders one label value or annotation. Failures come
 * back as the text Prometheus puts in their place:
 * `<error expanding template: ...>`.
 */
export async function expandAlertTemplate(text: string, alertName: string, data: AlertTemplateData, ctx: PromFuncContext): Promise<string> {
  const name = templateName(alertName);
  const full = ALERT_TEMPLATE_DEFS + text;
  try {
    const nodes = parseCached(full, name);
    const funcs: FuncTable = { eager: new Map([...GO_BUILTINS, ...promFuncs(ctx)]), lazy: GO_LAZY_BUILTINS };
    const dot = new GoStruct(DATA_TYPE, new Map<string, GoMap | string | number>([
      ['Labels', toMap(data.labels)],
      ['ExternalLabels', toMap(data.externalLabels)],
      ['ExternalURL', data.externalURL],
      ['Value', data.value],
    ]));
    return await execute(nodes, full, name, dot, funcs);
  } catch (e) {
    let msg: string;
    if (e instanceof TemplateExecError) msg = `error executing template ${name}: ${e.message}`;
    else if (e instanceof TemplateParseError) msg = `error parsing template ${name}: ${e.message}`;
    else if (e instanceof TemplatePanic) msg = `panic expanding template ${name}: ${e.message}`;
    else msg = `panic expanding template ${name}: ${e instanceof Error ? e.message : String(e)}`;
    return `<error expanding template: ${msg}>`;
  }
}
