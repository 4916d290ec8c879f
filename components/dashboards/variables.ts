/** ALL is the value of a variable's "All" option; it interpolates to a regex matching anything. */
export const ALL = '$__all';

/**
 * regexValue escapes a label value for a PromQL regex inside a double-quoted
 * string: regex metacharacters get a backslash, and the backslash itself is
 * doubled for the string literal.
 */
function regexValue(v: string): string {
  return v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\/g, '\\\\');
}

/**
 * interpolate substitutes `$name` and `${name}` in a query with the chosen
 * values, as Grafana does for regex matchers (`{instance=~"$instance"}`).
 * "All" becomes `.*`. Unknown variables are left as written.
 */
export function interpolate(query: string, values: Readonly<Record<string, string>>): string {
  return query.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!;
    const v = values[name];
    if (v === undefined) return whole;
    return v === ALL ? '.*' : regexValue(v);
  });
}

/** legendText fills `{{label}}` placeholders from a series' labels; without a template it returns null. */
export function legendText(template: string | undefined, labels: Readonly<Record<string, string>>): string | null {
  if (!template) return null;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => labels[name] ?? '');
}
