import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast';
import { formatExpr, parseExpr } from './index';

/**
 * Every `eval` expression of the shared Prometheus test scripts must parse
 * with experimental features on, print, and parse back to the same tree.
 * The scripts are read in place (they are not copied into the project).
 */
const DIR = join(process.cwd(), '../shared/conformance/promqltest');

function evalExpressions(): { file: string; line: number; expr: string }[] {
  const out: { file: string; line: number; expr: string }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.test')).sort()) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^eval(?:_fail|_warn|_info|_ordered)?\s+(?:instant\s+at\s+\S+|range\s+from\s+\S+\s+to\s+\S+\s+step\s+\S+)\s+(.*)$/.exec(text);
        if (m !== null) out.push({ file, line: i + 1, expr: m[1]! });
      });
  }
  return out;
}

/**
 * comparable drops what the canonical text does not carry: positions, matcher order, and
 * the spelling-only flags `hasGrouping` (`sum by () (x)` prints as `sum(x)`)
 * and `explicit` (`a - ignoring() b` prints as `a - b`), as in Prometheus.
 */
const SPELLING_ONLY = new Set(['pos', 'hasGrouping', 'explicit']);
function comparable(e: Expr): unknown {
  return JSON.parse(
    JSON.stringify(e, (k, v: unknown) => {
      if (SPELLING_ONLY.has(k)) return undefined;
      // The printer sorts matchers, as Prometheus does; their order carries no meaning.
      if (k === 'matchers' && Array.isArray(v)) return v.map((m) => JSON.stringify(m)).sort();
      return v;
    }),
  );
}

describe.skipIf(!existsSync(DIR))('conformance scripts', () => {
  const cases = existsSync(DIR) ? evalExpressions() : [];

  it('finds the eval lines of all scripts', () => {
    expect(cases.length).toBeGreaterThan(2000);
  });

  it.each(cases)('$file:$line parses and round-trips: $expr', ({ expr }) => {
    const parsed = parseExpr(expr, { experimental: true });
    const printed = formatExpr(parsed);
    const reparsed = parseExpr(printed, { experimental: true });
    expect(comparable(reparsed)).toEqual(comparable(parsed));
    expect(formatExpr(reparsed)).toBe(printed);
  });
});
