import type { KeyValues } from './objects';

/** LabelSelector tests an object's labels. */
export type LabelSelector = (labels: KeyValues) => boolean;

/**
 * parseLabelSelector reads a Kubernetes label selector string as the
 * `selectors[].label` field takes it: comma-separated `k=v`, `k==v`, `k!=v`,
 * `k` (exists), `!k` (absent), `k in (a,b)`, `k notin (a,b)`. '' selects all.
 * Throws on syntax it cannot read.
 */
export function parseLabelSelector(s: string): LabelSelector {
  const terms: LabelSelector[] = [];
  for (const raw of splitTerms(s)) {
    const t = raw.trim();
    if (t === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(t)) !== null) {
      const [, k, op, list] = m as unknown as [string, string, string, string];
      const values = list.split(',').map((v) => v.trim());
      terms.push(op === 'in' ? (l) => l[k] !== undefined && values.includes(l[k]!) : (l) => l[k] === undefined || !values.includes(l[k]!));
    } else if ((m = /^([\w./-]+)\s*(!=|==|=)\s*([\w./-]*)$/.exec(t)) !== null) {
      const [, k, op, v] = m as unknown as [string, string, string, string];
      terms.push(op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v);
    } else if ((m = /^!\s*([\w./-]+)$/.exec(t)) !== null) {
      const k = m[1]!;
      terms.push((l) => l[k] === undefined);
    } else if (/^[\w./-]+$/.test(t)) {
      terms.push((l) => l[t] !== undefined);
    } else {
      throw new Error(`unable to parse requirement: ${JSON.stringify(t)}`);
    }
  }
  return (labels) => terms.every((f) => f(labels));
}

/** splitTerms splits on commas outside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
