import type { BinaryExpr, Expr, MatchingConflict, VectorMatching } from '@/engine/index';
import { formatExpr } from '@/engine/promql/parser/index';
import type { ExplainFix } from '../system/explainReply';

/**
 * matchingFixes proposes rewrites of a query whose binary operator failed to
 * match, from what the engine reported (the colliding series and the labels
 * that tell them apart), never from guessing: group_left/group_right when
 * several series on one side meet one on the other, matching on the
 * differing labels when the other side has them too, or aggregating the
 * duplicated side down to one series per match group.
 */
export function matchingFixes(root: Expr, c: MatchingConflict): ExplainFix[] {
  const bin = findBinary(root, c.pos.start, c.pos.end);
  if (bin === undefined) return [];
  const m = c.matching;
  const sideName = c.side === 'left' ? 'left' : 'right';
  const differing = c.differing.filter((n) => n !== '__name__');
  const partnerNames = new Set((c.partner ?? []).map((l) => l.name));
  const shared = differing.filter((n) => partnerNames.has(n));
  const rewrite = (b: BinaryExpr) => formatExpr(replaceNode(root, bin, b));
  const fixes: ExplainFix[] = [];
  const groupLabels = c.group.map((l) => l.name);
  const diffText = differing.length > 0 ? ` (they differ in ${differing.join(', ')})` : '';

  if (m.card === 'one-to-one') {
    const group = c.side === 'left' ? 'group_left' : 'group_right';
    const card = c.side === 'left' ? 'many-to-one' : 'one-to-many';
    fixes.push({
      title: `Use ${group}`,
      why: `Several ${sideName} series${diffText} meet one series on the other side; ${group} lets each of them match it and keeps their labels.`,
      query: rewrite({ ...bin, matching: { ...m, card, explicit: true, include: [] } }),
    });
  }
  if (shared.length > 0) {
    const matching: VectorMatching = m.on
      ? { ...m, labels: [...m.labels, ...shared.filter((n) => !m.labels.includes(n))] }
      : { ...m, labels: m.labels.filter((n) => !shared.includes(n)) };
    if (matching.labels.join() !== m.labels.join()) {
      fixes.push({
        title: m.on ? `Match on ${shared.join(', ')} too` : `Stop ignoring ${shared.join(', ')}`,
        why: `Both sides carry ${shared.join(', ')}, so matching on it pairs each series with exactly one partner.`,
        query: rewrite({ ...bin, matching: { ...matching, explicit: true, card: uniqueSideCard(m, c.side) } }),
      });
    }
  }
  if (m.on && differing.length > 0 && c.side === (m.card === 'one-to-many' ? 'left' : 'right')) {
    const operand = c.side === 'left' ? bin.lhs : bin.rhs;
    const agg: Expr = { kind: 'AggregateExpr', op: 'max', expr: operand, grouping: groupLabels, without: false, hasGrouping: true, pos: operand.pos };
    fixes.push({
      title: `Aggregate the ${sideName} side by ${groupLabels.join(', ') || 'nothing'}`,
      why: `The ${sideName} side has several series per match group${diffText}; aggregating it leaves one (max here; use sum for counts).`,
      // Against a unique side the other side may hold several series per group: allow that too.
      query: rewrite({
        ...bin,
        ...(c.side === 'left' ? { lhs: agg } : { rhs: agg }),
        matching: { ...m, card: uniqueSideCard(m, c.side) },
      }),
    });
  }
  return fixes;
}

/**
 * uniqueSideCard is the cardinality once the duplicated `side` of a
 * one-to-one match is made unique: the other side may still hold several
 * series per group, so it becomes the "many" side (group_left/group_right).
 */
function uniqueSideCard(m: VectorMatching, side: 'left' | 'right'): VectorMatching['card'] {
  if (m.card !== 'one-to-one') return m.card;
  return side === 'right' ? 'many-to-one' : 'one-to-many';
}

/** findBinary finds the binary expression at exactly [start, end). */
function findBinary(e: Expr, start: number, end: number): BinaryExpr | undefined {
  if (e.kind === 'BinaryExpr' && e.pos.start === start && e.pos.end === end) return e;
  for (const c of childrenOf(e)) {
    const f = findBinary(c, start, end);
    if (f !== undefined) return f;
  }
  return undefined;
}

function isExpr(x: unknown): x is Expr {
  return typeof x === 'object' && x !== null && 'kind' in x && 'pos' in x;
}

/** childrenOf lists a node's sub-expressions, whatever its kind. */
function childrenOf(e: Expr): Expr[] {
  const out: Expr[] = [];
  for (const v of Object.values(e)) {
    if (isExpr(v)) out.push(v);
    else if (Array.isArray(v)) out.push(...v.filter(isExpr));
  }
  return out;
}

/** replaceNode returns `root` with `target` (by identity) replaced. */
function replaceNode(root: Expr, target: Expr, by: Expr): Expr {
  if (root === target) return by;
  const copy: Record<string, unknown> = { ...root };
  for (const [k, v] of Object.entries(root)) {
    if (isExpr(v)) copy[k] = replaceNode(v, target, by);
    else if (Array.isArray(v)) copy[k] = v.map((x: unknown) => (isExpr(x) ? replaceNode(x, target, by) : x));
  }
  return copy as unknown as Expr;
}
