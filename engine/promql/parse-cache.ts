import type { Expr } from './ast';
import { parseExpr } from './parser/index';

/**
 * ParseCache remembers the trees of recently parsed query texts. Rules and
 * dashboards send the same few queries at every evaluation, and an Expr is
 * immutable data (evaluation builds new trees, never edits one), so each
 * text needs parsing once. Texts that fail to parse are not kept: they
 * throw their ParseError every time. At `capacity` entries the cache starts
 * over, which bounds it without bookkeeping per hit.
 */
export class ParseCache {
  private readonly trees = new Map<string, Expr>();

  constructor(
    private readonly experimental: boolean,
    private readonly capacity = 1000,
  ) {}

  parse(query: string): Expr {
    let expr = this.trees.get(query);
    if (expr === undefined) {
      expr = parseExpr(query, { experimental: this.experimental });
      if (this.trees.size >= this.capacity) this.trees.clear();
      this.trees.set(query, expr);
    }
    return expr;
  }
}
