import type { AggregateExpr, AggregateOp, Call, Expr } from '../ast';
import { goQuoteRunes } from './go-strings';
import { lookupFunction } from './functions';
import { parseGroupingLabels } from './parse-grouping';
import type { ParserCore } from './parser-core';

const PARAM_AGGREGATORS: ReadonlySet<AggregateOp> = new Set<AggregateOp>([
  'topk', 'bottomk', 'count_values', 'quantile', 'limitk', 'limit_ratio',
]);
const EXPERIMENTAL_AGGREGATORS: ReadonlySet<AggregateOp> = new Set<AggregateOp>(['limitk', 'limit_ratio']);

/**
 * parseCall parses `name(args...)`. Unknown or disabled functions are
 * reported after the arguments, as Prometheus does.
 */
export function parseCall(p: ParserCore): Call {
  const nameTok = p.next();
  const args = parseCallBody(p);
  const fn = lookupFunction(nameTok.text);
  const namePos = { start: nameTok.pos, end: nameTok.end };
  if (fn === undefined) p.softError(namePos, `unknown function with name ${goQuoteRunes(nameTok.text)}`);
  else if (fn.experimental && !p.experimental) p.softError(namePos, `function ${goQuoteRunes(nameTok.text)} is not enabled`);
  return { kind: 'Call', func: nameTok.text, args, pos: { start: nameTok.pos, end: p.lastEnd } };
}

/** parseCallBody parses `(expr, expr, ...)`; a trailing comma is reported but tolerated. */
function parseCallBody(p: ParserCore): Expr[] {
  p.expect('(');
  const args: Expr[] = [];
  if (p.accept(')')) return args;
  for (;;) {
    args.push(p.parseExpr(0));
    const comma = p.accept(',');
    if (comma === undefined) break;
    if (p.is(')')) {
      p.softError({ start: comma.pos, end: comma.end }, 'trailing commas not allowed in function call args');
      break;
    }
  }
  p.expect(')');
  return args;
}

/**
 * parseAggregate parses `op [by|without (...)] (args)` with the grouping
 * clause before or after the arguments. Syntax errors inside are reported
 * "in aggregation".
 */
export function parseAggregate(p: ParserCore): AggregateExpr {
  const opTok = p.next();
  const op = opTok.kind as AggregateOp;
  let grouping: string[] = [];
  let without = false;
  let hasGrouping = false;
  const parseModifier = (): void => {
    without = p.next().kind === 'without';
    hasGrouping = true;
    grouping = parseGroupingLabels(p);
  };
  const args = p.withContext('aggregation', '', () => {
    if (p.is('by') || p.is('without')) parseModifier();
    return parseCallBody(p);
  });
  if (!hasGrouping && (p.is('by') || p.is('without'))) parseModifier();
  const pos = { start: opTok.pos, end: p.lastEnd };
  const node = (expr: Expr, param?: Expr): AggregateExpr => ({
    kind: 'AggregateExpr',
    op,
    expr,
    ...(param !== undefined ? { param } : {}),
    grouping,
    without,
    hasGrouping,
    pos,
  });
  // Placeholder operand for nodes that only exist to carry an error.
  const none: Expr = { kind: 'NumberLiteral', value: 0, pos };
  if (args.length === 0) {
    p.softError(pos, 'no arguments for aggregate expression provided');
    return node(none);
  }
  let wanted = 1;
  if (PARAM_AGGREGATORS.has(op)) {
    if (EXPERIMENTAL_AGGREGATORS.has(op) && !p.experimental) {
      p.softError(pos, `${op}() is experimental and must be enabled with --enable-feature=promql-experimental-functions`);
      return node(none);
    }
    wanted = 2;
  }
  if (args.length !== wanted) {
    p.softError(pos, `wrong number of arguments for aggregate expression provided, expected ${wanted}, got ${args.length}`);
    return node(none);
  }
  return wanted === 2 ? node(args[1]!, args[0]!) : node(args[0]!);
}
