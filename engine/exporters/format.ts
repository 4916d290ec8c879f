import { formatGoFloat } from '../exposition/index';

/**
 * Value formatting for the exporters' hot path. Most exposed values are
 * small integers or unchanged since the last scrape, so the common cases
 * avoid the general Go-float formatter.
 */

/** goFloat prints v as client_golang's text encoder does (`strconv.FormatFloat(v, 'g', -1, 64)`). */
export function goFloat(v: number): string {
  // Integers below 1e6 print plainly in %g-shortest form; -0 is the exception Go spells "-0".
  if (Number.isInteger(v) && v < 1e6 && v > -1e6 && !Object.is(v, -0)) return String(v);
  return formatGoFloat(v);
}

/** omFloat prints v as client_golang's OpenMetrics encoder does: integers get `.0` (`1.0`, `42.0`). */
export function omFloat(v: number): string {
  const s = goFloat(v);
  if (v !== v || v === Infinity || v === -Infinity) return s;
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

/** escapeLabelValue escapes `\`, `"` and newlines in a label value. */
export function escapeLabelValue(s: string): string {
  return /[\\\n"]/.test(s) ? s.replace(/[\\\n"]/g, (c) => (c === '\n' ? '\\n' : '\\' + c)) : s;
}

/** escapeHelp escapes HELP text: `\` and newlines, plus `"` in OpenMetrics. */
export function escapeHelp(s: string, openMetrics: boolean): string {
  return s.replace(openMetrics ? /[\\\n"]/g : /[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}
