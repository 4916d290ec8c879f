/**
 * expandTemplate fills a replacement template from a regex match the way
 * Go's `regexp.Expand` does, which is what Prometheus uses for `replacement`
 * and a templated `target_label`:
 *
 * - `$$` is a literal `$`;
 * - `$name` / `${name}` take the longest run of letters, digits and `_`,
 *   so `$1x` names the group "1x", not group 1 followed by "x";
 * - a name that is all digits (no leading zero) is a group number;
 * - unknown groups and groups that did not participate expand to "";
 * - a malformed reference (`$` then nothing usable, `${x` without `}`)
 *   leaves the `$` as literal text.
 */
export function expandTemplate(template: string, match: RegExpExecArray): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    const ref = readReference(template, i);
    if (ref === undefined) {
      out += '$';
      continue;
    }
    out += groupText(ref.name, match);
    i = ref.end;
  }
  return out + template.slice(i);
}

const NAME_CHAR = /[\p{L}\p{Nd}_]/u;

/** readReference parses `name` or `{name}` at i; undefined when malformed. */
function readReference(t: string, i: number): { name: string; end: number } | undefined {
  const brace = t[i] === '{';
  let j = brace ? i + 1 : i;
  const start = j;
  while (j < t.length) {
    const cp = t.codePointAt(j)!;
    const ch = String.fromCodePoint(cp);
    if (!NAME_CHAR.test(ch)) break;
    j += ch.length;
  }
  if (j === start) return undefined;
  const name = t.slice(start, j);
  if (brace) {
    if (t[j] !== '}') return undefined;
    j++;
  }
  return { name, end: j };
}

function groupText(name: string, match: RegExpExecArray): string {
  // Go treats a name as a number only when it is all ASCII digits without a leading zero.
  if (/^[0-9]+$/.test(name) && (name === '0' || name[0] !== '0')) {
    const n = Number(name);
    return n < match.length ? (match[n] ?? '') : '';
  }
  return match.groups?.[name] ?? '';
}
