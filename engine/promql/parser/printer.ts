import {
  assertNever,
  type AggregateExpr,
  type AtModifier,
  type BinaryExpr,
  type DurationExpr,
  type Expr,
  type VectorMatching,
  type VectorSelector,
} from '../ast';
import { compareStrings, isLegacyLabelName, METRIC_NAME } from '../../model/labels';
import type { LabelMatcher } from '../../model/matchers';
import { formatDurationMs } from './durations';
import { formatFloatF, formatFloatFixed, formatFloatV } from './go-numbers';
import { goQuoteRunes } from './go-strings';

/**
 * formatExpr prints an expression on one line in Prometheus's canonical
 * form (Expr.String()): `sum by (job) (rate(x{code="200"}[5m] offset 1m))`.
 * Matchers are sorted, the metric name goes in front of the braces, numbers
 * print without exponents, durations compactly (`1h30m`), `@` with three
 * decimals.
 */
export function formatExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'AggregateExpr': {
      const param = expr.param !== undefined ? `${formatExpr(expr.param)}, ` : '';
      return `${aggregatePrefix(expr)}(${param}${formatExpr(expr.expr)})`;
    }
    case 'BinaryExpr':
      return `${formatExpr(expr.lhs)} ${binaryOperator(expr)} ${formatExpr(expr.rhs)}`;
    case 'Call':
      return `${expr.func}(${expr.args.map(formatExpr).join(', ')})`;
    case 'MatrixSelector': {
      const vs = expr.selector;
      const range = expr.rangeExpr !== undefined ? formatExpr(expr.rangeExpr) : formatDurationMs(expr.rangeMs);
      return `${selectorText(vs)}[${range}]${extendedRange(vs)}${atText(vs.at)}${offsetText(vs)}`;
    }
    case 'SubqueryExpr':
      return formatExpr(expr.expr) + subquerySuffix(expr);
    case 'NumberLiteral':
      if (expr.duration === true) {
        return expr.value < 0 ? `-${formatDurationMs(-expr.value * 1000)}` : formatDurationMs(expr.value * 1000);
      }
      return formatFloatF(expr.value);
    case 'StringLiteral':
      return goQuoteRunes(expr.value);
    case 'ParenExpr':
      return `(${formatExpr(expr.expr)})`;
    case 'UnaryExpr':
      return expr.op + formatExpr(expr.expr);
    case 'VectorSelector':
      return `${selectorText(expr)}${atText(expr.at)}${extendedRange(expr)}${offsetText(expr)}`;
    case 'StepInvariantExpr':
      return formatExpr(expr.expr);
    case 'DurationExpr':
      return formatDurationExpr(expr);
    default:
      return assertNever(expr);
  }
}

/** aggregatePrefix is `sum`, `sum by (job) ` or `sum without (job) ` (with the trailing space). */
export function aggregatePrefix(e: AggregateExpr): string {
  if (e.without) return `${e.op} without (${labelList(e.grouping)}) `;
  if (e.grouping.length > 0) return `${e.op} by (${labelList(e.grouping)}) `;
  return e.op;
}

/** binaryOperator is the operator with its modifiers: `/ on (job) group_left () fill (0)`. */
export function binaryOperator(e: BinaryExpr): string {
  return e.op + (e.returnBool ? ' bool' : '') + (e.matching !== undefined ? matchingText(e.matching) : '');
}

/** subquerySuffix is `[range:step] @ t offset d`. */
export function subquerySuffix(e: Extract<Expr, { kind: 'SubqueryExpr' }>): string {
  const range = e.rangeExpr !== undefined ? formatExpr(e.rangeExpr) : formatDurationMs(e.rangeMs);
  const step = e.stepExpr !== undefined ? formatExpr(e.stepExpr) : e.stepMs !== 0 ? formatDurationMs(e.stepMs) : '';
  return `[${range}:${step}]${atText(e.at)}${offsetText(e)}`;
}

function matchingText(m: VectorMatching): string {
  const grouped = m.card === 'many-to-one' || m.card === 'one-to-many';
  let s = '';
  if (m.labels.length > 0 || m.on || grouped) s += ` ${m.on ? 'on' : 'ignoring'} (${labelList(m.labels)})`;
  if (grouped) s += ` group_${m.card === 'many-to-one' ? 'left' : 'right'} (${labelList(m.include)})`;
  const { fillLeft, fillRight } = m;
  if (fillLeft !== undefined && fillRight !== undefined && fillLeft === fillRight) {
    s += ` fill (${formatFloatV(fillLeft)})`;
  } else {
    if (fillLeft !== undefined) s += ` fill_left (${formatFloatV(fillLeft)})`;
    if (fillRight !== undefined) s += ` fill_right (${formatFloatV(fillRight)})`;
  }
  return s;
}

function labelList(labels: readonly string[]): string {
  return labels.map((l) => (isLegacyLabelName(l) ? l : goQuoteRunes(l))).join(', ');
}

/** selectorText is the name and sorted matchers, without modifiers. */
function selectorText(vs: VectorSelector): string {
  const parts = vs.matchers
    .filter((m) => !(m.name === METRIC_NAME && m.type === '=' && m.value === vs.name && m.value !== ''))
    .map(matcherText)
    .sort(compareStrings);
  return parts.length > 0 ? `${vs.name}{${parts.join(',')}}` : vs.name;
}

function matcherText(m: LabelMatcher): string {
  const name = /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(m.name) ? m.name : goQuoteRunes(m.name);
  return `${name}${m.type}${goQuoteRunes(m.value)}`;
}

function extendedRange(vs: VectorSelector): string {
  if (vs.anchored === true) return ' anchored';
  if (vs.smoothed === true) return ' smoothed';
  return '';
}

function atText(at: AtModifier | undefined): string {
  if (at === undefined) return '';
  if (at.kind === 'start') return ' @ start()';
  if (at.kind === 'end') return ' @ end()';
  return ` @ ${formatFloatFixed(at.ms / 1000, 3)}`;
}

function offsetText(e: { readonly offsetMs: number; readonly offsetExpr?: Expr }): string {
  if (e.offsetExpr !== undefined) return ` offset ${formatExpr(e.offsetExpr)}`;
  if (e.offsetMs > 0) return ` offset ${formatDurationMs(e.offsetMs)}`;
  if (e.offsetMs < 0) return ` offset -${formatDurationMs(-e.offsetMs)}`;
  return '';
}

function formatDurationExpr(e: DurationExpr): string {
  const l = e.lhs !== undefined ? formatExpr(e.lhs) : '';
  const r = e.rhs !== undefined ? formatExpr(e.rhs) : '';
  switch (e.op) {
    case 'step': return 'step()';
    case 'range': return 'range()';
    case 'min_of':
    case 'max_of': return `${e.op}(${l}, ${r})`;
    case 'neg': return `-${r}`;
    case 'paren': return `(${r})`;
    default: return `${l} ${e.op} ${r}`;
  }
}
