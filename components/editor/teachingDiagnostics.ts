import type { Diagnostic } from '@codemirror/lint';
import { parseExpr } from '@/engine/promql/parser/index';
import type { EngineClient } from '../system/engineClient';
import { teachingFacts } from './teachingFacts';
import { teachingLints } from './teachingLints';

/**
 * teachingDiagnostics turns the teaching lints of a query that parses into
 * editor warnings. Facts about the world come from the worker; if they cannot
 * be had, the query simply gets no teaching warnings.
 */
export async function teachingDiagnostics(engine: EngineClient, query: string, docLength: number): Promise<Diagnostic[]> {
  try {
    const expr = parseExpr(query);
    const lints = teachingLints(expr, await teachingFacts(engine, expr));
    return lints.map((l) => ({
      from: Math.min(l.from, docLength),
      to: Math.min(Math.max(l.to, l.from), docLength),
      severity: 'warning',
      message: l.message,
      source: 'PromQL tip',
    }));
  } catch {
    return [];
  }
}
