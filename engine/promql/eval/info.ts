import type { Call, Expr, VectorSelector } from '../ast';
import { walkExpr } from '../parser/index';
import { getLabel, labelsFromPairs, METRIC_NAME, type Labels } from '../../model/labels';
import { compileMatcher, type LabelMatcher } from '../../model/matchers';
import { QueryError } from '../errors';
import { OutputBuilder } from './builder';
import type { EvalContext, EvalFn } from './context';
import type { Grid } from './grid';
import { evalVectorSelector } from './selector';
import { labelsString } from './signature';
import type { EvalValue, SeriesCol, VectorVal } from './value';

const TARGET_INFO = 'target_info';
const IDENTIFYING = ['instance', 'job'];

/**
 * evalInfo evaluates the experimental `info(v, {selector})`: each sample of
 * v gains the data labels of the info series (target_info by default) that
 * share its identifying labels (instance, job). Base series that are info
 * metrics themselves pass through unchanged.
 */
export async function evalInfo(ctx: EvalContext, e: Call, g: Grid, evalFn: EvalFn): Promise<EvalValue> {
  const arg = e.args[0];
  if (arg === undefined) throw new QueryError('execution', 'info() needs an argument', e.pos);
  const base = await evalFn(ctx, arg, g);
  if (base.kind !== 'vector') throw new QueryError('execution', 'info() needs an instant vector', e.pos);
  const selArg = e.args[1];
  const dataMatchers = new Map<string, LabelMatcher[]>();
  let nameMatchers: LabelMatcher[] = [{ type: '=', name: METRIC_NAME, value: TARGET_INFO }];
  if (selArg !== undefined && selArg.kind === 'VectorSelector') {
    nameMatchers = [];
    for (const m of selArg.matchers) {
      dataMatchers.set(m.name, [...(dataMatchers.get(m.name) ?? []), m]);
      if (m.name === METRIC_NAME) nameMatchers.push(m);
    }
  }
  const effective = effectiveNameMatchers(nameMatchers).map(compileMatcher);
  const ignored = base.series.map((s) => effective.every((m) => m.matches(getLabel(s.labels, METRIC_NAME))));

  const idValues = new Map<string, Set<string>>();
  base.series.forEach((s, i) => {
    if (ignored[i] === true) return;
    for (const l of IDENTIFYING) {
      const v = getLabel(s.labels, l);
      if (v === '') continue;
      if (!idValues.has(l)) idValues.set(l, new Set());
      idValues.get(l)!.add(v);
    }
  });
  const dataNameMatchers = dataMatchers.get(METRIC_NAME) ?? [];
  dataMatchers.delete(METRIC_NAME);
  let info: VectorVal = { kind: 'vector', series: [] };
  if (idValues.size > 0) {
    const matchers: LabelMatcher[] = [...idValues].map(([name, vals]) => ({ type: '=~', name, value: [...vals].map(quoteMeta).join('|') }));
    for (const ms of dataMatchers.values()) matchers.push(...ms);
    matchers.push(...effectiveNameMatchers(dataNameMatchers));
    const { atMs, offsetMs } = selectorTiming(arg);
    const vs: VectorSelector = {
      kind: 'VectorSelector',
      name: '',
      matchers,
      offsetMs,
      ...(atMs !== undefined ? { at: { kind: 'time', ms: atMs } } : {}),
      pos: e.pos,
    };
    info = await evalVectorSelector(ctx, vs, g, { value: 'time' });
  }
  return combine(ctx, base, info, ignored, dataMatchers, g);
}

function effectiveNameMatchers(ms: LabelMatcher[]): LabelMatcher[] {
  if (ms.some((m) => m.type === '=' || m.type === '=~')) return ms;
  if (ms.length > 0) return [{ type: '=~', name: METRIC_NAME, value: '.+_info' }, ...ms];
  return [{ type: '=', name: METRIC_NAME, value: TARGET_INFO }];
}

/** quoteMeta escapes regex metacharacters like Go's regexp.QuoteMeta. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/**
 * selectorTiming finds the `@` time and offset of the first selector in the
 * base expression; without its own `@`, the offsets and `@` of enclosing
 * subqueries count, as upstream.
 */
function selectorTiming(e: Expr): { atMs?: number; offsetMs: number } {
  let found: { atMs?: number; offsetMs: number } | undefined;
  walkExpr(e, (n, path) => {
    if (found !== undefined || n.kind !== 'VectorSelector') return;
    let atMs = n.at?.kind === 'time' ? n.at.ms : undefined;
    let offsetMs = n.offsetMs;
    for (let i = path.length - 1; atMs === undefined && i >= 0; i--) {
      const p = path[i]!;
      if (p.kind === 'SubqueryExpr') {
        offsetMs += p.offsetMs;
        atMs = p.at?.kind === 'time' ? p.at.ms : undefined;
      }
    }
    found = atMs !== undefined ? { atMs, offsetMs } : { offsetMs };
  });
  return found ?? { offsetMs: 0 };
}

/** infoSignature identifies an info series by its name and identifying labels. */
function infoSignature(name: string, labels: Labels): string {
  let s = name;
  for (const l of IDENTIFYING) s += '\xff' + getLabel(labels, l);
  return s;
}

async function combine(
  ctx: EvalContext,
  base: VectorVal,
  info: VectorVal,
  ignored: readonly boolean[],
  dataMatchers: ReadonlyMap<string, LabelMatcher[]>,
  g: Grid,
): Promise<VectorVal> {
  const infoNames = [...new Set(info.series.map((s) => getLabel(s.labels, METRIC_NAME)))];
  const infoSigs = info.series.map((s) => infoSignature(getLabel(s.labels, METRIC_NAME), s.labels));
  const baseSigs = base.series.map((s) => infoNames.map((n) => [n, infoSignature(n, s.labels)] as const));
  const emptyOk = [...dataMatchers.values()].every((ms) => ms.every((m) => compileMatcher(m).matches('')));
  const out = new OutputBuilder(g.n, false);
  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const bySig = new Map<string, SeriesCol>();
    for (let k = 0; k < info.series.length; k++) {
      const s = info.series[k]!;
      if (s.has[i] !== 1) continue;
      const sig = infoSigs[k]!;
      const prev = bySig.get(sig);
      if (prev === undefined || prev.vals[i]! < s.vals[i]!) bySig.set(sig, s);
      else if (prev.vals[i] === s.vals[i]) {
        const t = (x: SeriesCol) => Math.round(x.vals[i]! * 1000);
        throw new QueryError('execution', `found duplicate series for info metric: existing ${labelsString(prev.labels)} @ ${t(prev)}, new ${labelsString(s.labels)} @ ${t(s)}`);
      }
    }
    for (let j = 0; j < base.series.length; j++) {
      const b = base.series[j]!;
      if (b.has[i] !== 1) continue;
      if (ignored[j] === true) {
        out.add(b.labels, b.dropName, i, b.vals[i]!);
        continue;
      }
      const added = new Map<string, string>();
      let seen = 0;
      for (const [, sig] of baseSigs[j]!) {
        const is = bySig.get(sig);
        if (is === undefined) continue;
        for (const l of is.labels) {
          if (l.name === METRIC_NAME) continue;
          if (dataMatchers.size > 0 && !dataMatchers.has(l.name)) continue;
          const have = added.get(l.name);
          if (have !== undefined && have !== l.value) throw new QueryError('execution', `conflicting label: ${l.name}`);
          if (getLabel(b.labels, l.name) !== '') continue;
          added.set(l.name, l.value);
        }
        seen++;
      }
      if (seen === 0 && !emptyOk) continue;
      const labels = added.size === 0 ? b.labels : labelsFromPairs([...b.labels.map((l) => [l.name, l.value] as const), ...added]);
      out.add(labels, b.dropName, i, b.vals[i]!);
    }
  }
  return { kind: 'vector', series: out.series };
}
