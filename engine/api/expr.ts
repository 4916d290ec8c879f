import { astJson } from './ast-json';
import type { HandlerContext } from './context';
import { fail, ok, type HandlerResult } from './envelope';
import { invalidParam } from './errors';
import { ParseError } from '../promql/errors';

/** /api/v1/format_query and /api/v1/parse_query: the parser's views of a query, without evaluating it. */

export function handleFormatQuery(ctx: HandlerContext): HandlerResult {
  try {
    return ok(ctx.deps.parser.prettify(ctx.deps.parser.parseExpr(ctx.form.get('query'))));
  } catch (e) {
    if (e instanceof ParseError) return fail(invalidParam('query', e));
    throw e;
  }
}

export function handleParseQuery(ctx: HandlerContext): HandlerResult {
  try {
    return ok(astJson(ctx.deps.parser.parseExpr(ctx.form.get('query')), ctx.deps.parser));
  } catch (e) {
    if (e instanceof ParseError) return fail(invalidParam('query', e));
    throw e;
  }
}
