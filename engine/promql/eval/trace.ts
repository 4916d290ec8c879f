import type { Expr } from '../ast';
import type { TraceExample, TraceNode } from '../types';
import { wallClockMs } from '../../platform';
import type { TraceDetail } from './trace-detail';

interface Frame {
  readonly expr: Expr;
  readonly startMs: number;
  readonly children: TraceNode[];
  samplesRead: number;
  detail?: TraceDetail;
}

/**
 * Tracer records one TraceNode per evaluated AST node. Nodes report their
 * own samples read and a node-specific detail while they are the innermost
 * node being evaluated. Only created when a query asks for a trace, so the
 * evaluator pays nothing otherwise.
 */
export class Tracer {
  private readonly stack: Frame[] = [];
  private roots: TraceNode[] = [];

  constructor(private readonly format: (e: Expr) => string) {}

  enter(expr: Expr): void {
    this.stack.push({ expr, startMs: wallClockMs(), children: [], samplesRead: 0 });
  }

  /** read adds raw storage samples to the innermost node. */
  read(n: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) top.samplesRead += n;
  }

  /** detail sets the innermost node's detail (selector windows, matching counts, groups). */
  detail(d: TraceDetail): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) top.detail = d;
  }

  exit(seriesOut: number, examples?: readonly TraceExample[]): void {
    const f = this.stack.pop();
    if (f === undefined) return;
    const node: TraceNode = {
      expr: f.expr,
      text: safeFormat(this.format, f.expr),
      pos: f.expr.pos,
      seriesOut,
      samplesRead: f.samplesRead,
      timeMs: wallClockMs() - f.startMs,
      detail: f.detail,
      ...(examples !== undefined ? { examples } : {}),
      children: f.children,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) parent.children.push(node);
    else this.roots.push(node);
  }

  /** root returns the trace of the whole query (the last completed top-level node). */
  root(): TraceNode | undefined {
    return this.roots[this.roots.length - 1];
  }
}

function safeFormat(format: (e: Expr) => string, e: Expr): string {
  try {
    return format(e);
  } catch {
    return e.kind;
  }
}
