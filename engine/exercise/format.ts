import type { Labels } from '../model/index';
import type { Value } from '../promql/index';

/**
 * Small formatters for checker messages: label sets as PromQL writes them,
 * values with enough digits to see a difference, times as UTC clock times.
 */

/** formatSeries prints `name{a="1", b="2"}`, or `{}` for an empty label set. */
export function formatSeries(labels: Labels): string {
  let name = '';
  const parts: string[] = [];
  for (const l of labels) {
    if (l.name === '__name__') name = l.value;
    else parts.push(`${l.name}=${JSON.stringify(l.value)}`);
  }
  return parts.length === 0 && name ? name : `${name}{${parts.join(', ')}}`;
}

/** formatNumber prints up to 4 significant digits (Prometheus's special values as it spells them). */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) return v.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(4)));
}

/** formatTime prints a virtual time as `HH:MM:SS` UTC. */
export function formatTime(tMs: number): string {
  return new Date(tMs).toISOString().slice(11, 19);
}

/** describeType names a result type the way the PromQL docs do. */
export function describeType(type: Value['type']): string {
  switch (type) {
    case 'scalar':
      return 'a scalar';
    case 'string':
      return 'a string';
    case 'vector':
      return 'an instant vector';
    case 'matrix':
      return 'a range vector';
  }
}

/** plural writes `1 series`, `3 series`, `1 point`, `2 points`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** codeList writes names as inline code: `a`, `b` and `c`. */
export function codeList(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
