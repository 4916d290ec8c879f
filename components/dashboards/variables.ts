import type { Variable } from './model';

/** ALL is the value of a variable's "All" option; it interpolates to a regex matching anything. */
export const ALL = '$__all';

/** VariableValues maps each variable's name to its selected values (one unless the variable is multi-value). */
export type VariableValues = Readonly<Record<string, readonly string[]>>;

/**
 * regexValue escapes a label value for a PromQL regex inside a double-quoted
 * string: regex metacharacters get a backslash, and the backslash itself is
 * doubled for the string literal.
 */
function regexValue(v: string): string {
  return v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\/g, '\\\\');
}

/** formatValues prints selected values as Grafana's Prometheus data source does: one escaped value, or `(a|b)`. */
function formatValues(vs: readonly string[], raw: boolean): string {
  if (vs.includes(ALL)) return '.*';
  const esc = raw ? vs : vs.map(regexValue);
  return esc.length === 1 ? esc[0]! : `(${esc.join('|')})`;
}

/** ResolvedValues are the values queries get, and the names whose value goes in as written. */
export interface ResolvedValues {
  readonly values: VariableValues;
  readonly raw: ReadonlySet<string>;
}

/**
 * resolveValues turns the selections into what queries get, as Grafana does:
 * "All" becomes the variable's custom all value when it has one (inserted as
 * written), else every option (`(a|b|c)`); interval variables go in as written.
 */
export function resolveValues(
  variables: readonly Variable[],
  selected: VariableValues,
  options: Readonly<Record<string, readonly string[] | null>>,
): ResolvedValues {
  const values: Record<string, readonly string[]> = {};
  const raw = new Set<string>();
  for (const v of variables) {
    const cur = selected[v.name] ?? [];
    const opts = options[v.name];
    const all = cur.includes(ALL);
    if (v.kind === 'interval' || (all && v.allValue !== undefined)) raw.add(v.name);
    values[v.name] = !all ? cur : v.allValue !== undefined ? [v.allValue] : opts && opts.length > 0 ? opts : cur;
  }
  return { values, raw };
}

/**
 * interpolate substitutes `$name`, `${name}` and `[[name]]` in a query with
 * the chosen values, as Grafana does for regex matchers
 * (`{instance=~"$instance"}`); `raw` names (interval variables and the time
 * macros) are inserted as they are. "All" becomes `.*`. Unknown variables
 * are left as written.
 */
export function interpolate(query: string, values: VariableValues, raw: ReadonlySet<string> = new Set()): string {
  return query.replace(/\$\{(\w+)(?::\w+)?\}|\[\[(\w+)\]\]|\$(\w+)/g, (whole, braced: string | undefined, bracket: string | undefined, bare: string | undefined) => {
    const name = braced ?? bracket ?? bare!;
    const v = values[name];
    if (v === undefined || v.length === 0) return whole;
    return formatValues(v, raw.has(name));
  });
}

/** legendText fills `{{label}}` placeholders from a series' labels; without a template it returns null. */
export function legendText(template: string | undefined, labels: Readonly<Record<string, string>>): string | null {
  if (!template || template === '__auto') return null;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => labels[name] ?? '');
}

/**
 * VariableQuery is a query variable's source, read from Grafana's Prometheus
 * variable syntax.
 */
export type VariableQuery =
  | { readonly kind: 'label_values'; readonly label: string; readonly match?: string }
  | { readonly kind: 'metrics'; readonly regex: string }
  | { readonly kind: 'query_result'; readonly expr: string };

/** parseVariableQuery reads `label_values(metric{…}, label)`, `label_values(label)`, `metrics(re)` and `query_result(expr)`. */
export function parseVariableQuery(q: string): VariableQuery | null {
  const t = q.trim();
  let m = /^label_values\(\s*(?:(.+?)\s*,\s*)?(\w+)\s*\)$/s.exec(t);
  if (m) return m[1] ? { kind: 'label_values', label: m[2]!, match: m[1] } : { kind: 'label_values', label: m[2]! };
  m = /^metrics\((.*)\)$/s.exec(t);
  if (m) return { kind: 'metrics', regex: m[1]!.trim() };
  m = /^query_result\((.+)\)$/s.exec(t);
  if (m) return { kind: 'query_result', expr: m[1]!.trim() };
  return null;
}

/** staticOptions lists a custom or interval variable's options from its comma-separated query. */
export function staticOptions(v: Variable): string[] {
  return v.query.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** filterOptions applies a variable's Grafana regex (`/re/flags`) to its options; a capture group picks the text. */
export function filterOptions(options: readonly string[], regex: string | undefined): string[] {
  if (!regex) return [...options];
  const m = /^\/(.*)\/([gimsuy]*)$/s.exec(regex);
  let re: RegExp;
  try {
    re = m ? new RegExp(m[1]!, m[2]!.replace('g', '')) : new RegExp(regex);
  } catch {
    return [...options];
  }
  const out = new Set<string>();
  for (const o of options) {
    const hit = re.exec(o);
    if (hit) out.add(hit[1] ?? o);
  }
  return [...out];
}

/** initialValues picks each variable's starting selection: its `current`, else All, else the first option. */
export function initialValue(v: Variable): readonly string[] {
  if (v.current && v.current.length > 0) return v.current;
  if (v.includeAll) return [ALL];
  return v.kind === 'query' ? [] : staticOptions(v).slice(0, 1);
}
