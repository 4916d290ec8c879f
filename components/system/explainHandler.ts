import {
  exprType, labelsToRecord, MatchingError, parseExpr,
  type Expr, type Labels, type TraceDetail, type TraceNode,
} from '@/engine/index';
import { matchingFixes } from '../explain/matchingFixes';
import type { ExplainDetail, ExplainNode, ExplainReply, ExplainWindow } from './explainReply';
import type { WorldHost } from './worldHost';

/** Caps that keep a reply small: series per list, samples per window, nodes per tree. */
const SERIES_CAP = 20;
const SAMPLES_CAP = 60;
const NODES_CAP = 200;

/**
 * explainQuery evaluates `query` at `timeMs` with the engine's trace on and
 * returns the trace as plain data. A matching failure is a reply (with fixes
 * computed from what the engine reported); other failures reject as usual.
 */
export async function explainQuery(host: WorldHost, query: string, timeMs: number, signal: AbortSignal): Promise<ExplainReply> {
  try {
    const res = await host.engine.instantQuery(host.system.head, query, timeMs, { signal, trace: true });
    if (res.trace === undefined) throw new Error('internal error: the engine returned no trace');
    const budget = { nodes: NODES_CAP };
    return { ok: true, query, timeMs, evalMs: res.stats.evalTotalTimeMs, root: plainNode(res.trace, '0', false, budget) };
  } catch (err) {
    if (!(err instanceof MatchingError)) throw err;
    const c = err.conflict;
    return {
      ok: false,
      query,
      error: { type: err.type, message: err.message },
      matching: {
        side: c.side,
        group: labelsToRecord(c.group),
        series: c.series.slice(0, SERIES_CAP).map(labelsToRecord),
        ...(c.partner !== undefined ? { partner: labelsToRecord(c.partner) } : {}),
        differing: c.differing,
        pos: c.pos,
      },
      fixes: matchingFixes(parseExpr(query), c),
    };
  }
}

/** plainNode converts one trace node; parentheses and step-invariant wrappers fold into their child. */
function plainNode(n: TraceNode, id: string, stepInvariant: boolean, budget: { nodes: number }): ExplainNode {
  const only = n.children[0];
  if ((n.expr.kind === 'ParenExpr' || n.expr.kind === 'StepInvariantExpr') && n.children.length === 1 && only !== undefined) {
    return plainNode(only, id, stepInvariant || n.expr.kind === 'StepInvariantExpr', budget);
  }
  budget.nodes--;
  const children: ExplainNode[] = [];
  for (const [i, c] of n.children.entries()) {
    if (budget.nodes <= 0) break;
    children.push(plainNode(c, `${id}.${i}`, stepInvariant, budget));
  }
  const detail = plainDetail(n.detail as TraceDetail | undefined);
  return {
    id,
    kind: n.expr.kind,
    text: n.text,
    pos: n.pos,
    type: typeOf(n.expr),
    seriesOut: n.seriesOut,
    samplesRead: n.samplesRead,
    timeMs: n.timeMs,
    stepInvariant,
    examples: (n.examples ?? []).map((x) => ({ labels: labelsToRecord(x.labels), value: x.value })),
    ...(detail !== undefined ? { detail } : {}),
    children,
  };
}

function typeOf(e: Expr): string {
  try {
    return exprType(e);
  } catch {
    return 'unknown';
  }
}

function windows<P extends { t: number; v: number }>(list: readonly { labels: Labels; window: readonly P[] }[], stale: (p: P) => boolean): ExplainWindow[] {
  return list.slice(0, SERIES_CAP).map(({ labels, window }) => {
    const kept = window.slice(-SAMPLES_CAP);
    return { labels: labelsToRecord(labels), samples: kept.map((p) => ({ t: p.t, v: p.v, stale: stale(p) })), omitted: window.length - kept.length };
  });
}

/** plainDetail turns a node's trace detail into label records, capped. */
function plainDetail(d: TraceDetail | undefined): ExplainDetail | undefined {
  if (d === undefined) return undefined;
  switch (d.kind) {
    case 'selector':
      return { kind: 'selector', lookbackMs: d.lookbackMs, series: windows(d.lastStep, (p) => p.stale), truncated: d.lastStep.length > SERIES_CAP };
    case 'range':
      return {
        kind: 'range',
        rangeMs: d.rangeMs,
        windowEndMs: d.windowEndMs,
        ...(d.subquery !== undefined ? { subquery: d.subquery } : {}),
        series: windows(d.lastStep, () => false),
        truncated: d.lastStep.length > SERIES_CAP,
      };
    case 'binary':
      return { kind: 'binary', card: d.card, lhs: d.lhs, rhs: d.rhs, resultSamples: d.resultSamples };
    case 'set':
      return { kind: 'set', op: d.op, lhsSeries: d.lhs.series, rhsSeries: d.rhs.series };
    case 'aggregate':
      return { kind: 'aggregate', op: d.op, inputSeries: d.inputSeries, groupCount: d.groupCount, groups: d.groups.slice(0, SERIES_CAP).map(labelsToRecord) };
    case 'extrapolation':
      return { kind: 'extrapolation', func: d.func, series: d.series.slice(0, SERIES_CAP).map((s) => ({ labels: labelsToRecord(s.labels), arithmetic: s.arithmetic })) };
    case 'step-invariant':
      return undefined;
  }
}
