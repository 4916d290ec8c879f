import { assertNever, type AtModifier, type Expr } from '../promql/ast';
import type { LabelMatcher } from '../model/matchers';
import type { ApiParser } from './deps';
import { formatFloatF } from './float';
import { goMap, type JsonValue } from './json';

/**
 * The AST as /api/v1/parse_query returns it (Prometheus's translateAST for
 * its UI's tree view). Each node is a Go map, so keys come out sorted.
 */

type Node = Map<string, JsonValue>;

const node = (fields: Record<string, JsonValue>): Node => goMap(Object.entries(fields));

function matchers(ms: readonly LabelMatcher[]): JsonValue {
  return ms.map((m) => node({ name: m.name, value: m.value, type: m.type }));
}

function timestamp(at: AtModifier | undefined): JsonValue {
  return at?.kind === 'time' ? at.ms : null;
}

function startOrEnd(at: AtModifier | undefined): JsonValue {
  return at === undefined || at.kind === 'time' ? null : at.kind;
}

/** durationJson renders the expression of a range, offset or step written as arithmetic. */
function durationJson(e: Expr | undefined, parser: ApiParser, wrapped = false): JsonValue {
  if (e === undefined) return null;
  if (e.kind === 'NumberLiteral') return node({ type: 'numberLiteral', val: formatFloatF(e.value), duration: e.duration === true });
  if (e.kind !== 'DurationExpr') return astJson(e, parser);
  switch (e.op) {
    case 'paren':
      // Go has no node for the parentheses; it marks the inner expression as wrapped.
      return durationJson(e.lhs ?? e.rhs, parser, true);
    case 'neg':
      return node({ type: 'durationExpr', op: '-', lhs: null, rhs: durationJson(e.rhs ?? e.lhs, parser), wrapped });
    default:
      return node({ type: 'durationExpr', op: e.op, lhs: durationJson(e.lhs, parser), rhs: durationJson(e.rhs, parser), wrapped });
  }
}

/** astJson translates one expression tree; parser supplies the function signatures. */
export function astJson(e: Expr, parser: ApiParser): JsonValue {
  switch (e.kind) {
    case 'AggregateExpr':
      return node({
        type: 'aggregation',
        op: e.op,
        expr: astJson(e.expr, parser),
        param: e.param === undefined ? null : astJson(e.param, parser),
        grouping: [...e.grouping],
        without: e.without,
      });
    case 'BinaryExpr': {
      const m = e.matching;
      return node({
        type: 'binaryExpr',
        op: e.op,
        lhs: astJson(e.lhs, parser),
        rhs: astJson(e.rhs, parser),
        matching:
          m === undefined
            ? null
            : node({
                card: m.card,
                labels: [...m.labels],
                on: m.on,
                include: [...m.include],
                fillValues: node({ lhs: m.fillLeft ?? null, rhs: m.fillRight ?? null }),
              }),
        bool: e.returnBool,
      });
    }
    case 'Call': {
      const sig = parser.functionSignature(e.func);
      return node({
        type: 'call',
        func: node({
          name: e.func,
          argTypes: [...(sig?.argTypes ?? [])],
          variadic: sig?.variadic ?? 0,
          returnType: sig?.returnType ?? 'none',
        }),
        args: e.args.map((a) => astJson(a, parser)),
      });
    }
    case 'MatrixSelector': {
      const vs = e.selector;
      return node({
        type: 'matrixSelector',
        name: vs.name,
        range: e.rangeExpr ? 0 : e.rangeMs,
        rangeExpr: durationJson(e.rangeExpr, parser),
        offset: vs.offsetExpr ? 0 : vs.offsetMs,
        offsetExpr: durationJson(vs.offsetExpr, parser),
        matchers: matchers(vs.matchers),
        timestamp: timestamp(vs.at),
        startOrEnd: startOrEnd(vs.at),
        anchored: vs.anchored === true,
        smoothed: vs.smoothed === true,
      });
    }
    case 'SubqueryExpr':
      return node({
        type: 'subquery',
        expr: astJson(e.expr, parser),
        range: e.rangeExpr ? 0 : e.rangeMs,
        rangeExpr: durationJson(e.rangeExpr, parser),
        offset: e.offsetExpr ? 0 : e.offsetMs,
        offsetExpr: durationJson(e.offsetExpr, parser),
        step: e.stepExpr ? 0 : e.stepMs,
        stepExpr: durationJson(e.stepExpr, parser),
        timestamp: timestamp(e.at),
        startOrEnd: startOrEnd(e.at),
      });
    case 'DurationExpr':
      return durationJson(e, parser);
    case 'NumberLiteral':
      return node({ type: 'numberLiteral', val: formatFloatF(e.value) });
    case 'ParenExpr':
      return node({ type: 'parenExpr', expr: astJson(e.expr, parser) });
    case 'StringLiteral':
      return node({ type: 'stringLiteral', val: e.value });
    case 'UnaryExpr':
      return node({ type: 'unaryExpr', op: e.op, expr: astJson(e.expr, parser) });
    case 'VectorSelector':
      return node({
        type: 'vectorSelector',
        name: e.name,
        offset: e.offsetExpr ? 0 : e.offsetMs,
        offsetExpr: durationJson(e.offsetExpr, parser),
        matchers: matchers(e.matchers),
        timestamp: timestamp(e.at),
        startOrEnd: startOrEnd(e.at),
        anchored: e.anchored === true,
        smoothed: e.smoothed === true,
      });
    case 'StepInvariantExpr':
      // Only the planner adds these; the API shows the tree as written.
      return astJson(e.expr, parser);
    default:
      return assertNever(e);
  }
}
