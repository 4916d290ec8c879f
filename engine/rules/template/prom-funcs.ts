import { arity } from './builtins';
import { CallShapeError, TemplatePanic, type TemplateFunc } from './exec';
import { translateRe2 } from '../../model/re2';
import { parseDuration } from '../../util/duration';
import { floatToTime, humanize, humanize1024, humanizeDuration, humanizePercentage, toFloat } from './humanize';
import { graphLink, splitHostPort, tableLink, urlPath } from './url';
import { formatG } from './go-float';
import { ExecError, GoDuration, TemplateSample, typeName, type GoMap, type GoValue } from './values';

/** TemplateQueryFunc runs an instant query for the `query` function; label maps include `__name__`. */
export type TemplateQueryFunc = (expr: string, tMs: number) => Promise<readonly { readonly labels: GoMap; readonly value: number }[]>;

/** PromFuncContext is what Prometheus's template functions close over. */
export interface PromFuncContext {
  /** Absent at load time (parse checks only) and where no engine is wired: `query` then fails. */
  readonly query?: TemplateQueryFunc;
  /** The expansion time in ms: the rule's evaluation time. */
  readonly tMs: number;
  /** Prometheus's --web.external-url. */
  readonly externalURL: string;
}

/** PROM_FUNC_NAMES lists every Prometheus template function, for the parser's "not defined" check. */
export const PROM_FUNC_NAMES: readonly string[] = [
  'query', 'first', 'label', 'value', 'strvalue', 'args', 'reReplaceAll', 'safeHtml', 'match', 'title',
  'toUpper', 'toLower', 'graphLink', 'tableLink', 'sortByLabel', 'humanize', 'humanize1024',
  'humanizeDuration', 'humanizePercentage', 'humanizeTimestamp', 'toTime', 'toDuration', 'now',
  'pathPrefix', 'externalURL', 'parseDuration', 'stripPort', 'stripDomain',
];

function str(name: string, v: GoValue): string {
  if (typeof v !== 'string') throw new CallShapeError(`wrong type for value; expected string; got ${typeName(v)}`);
  return v;
}

function sampleArg(v: GoValue): TemplateSample {
  if (!(v instanceof TemplateSample)) throw new CallShapeError(`wrong type for value; expected *template.sample; got ${typeName(v)}`);
  return v;
}

function resultArg(v: GoValue): readonly GoValue[] {
  if (!Array.isArray(v)) throw new CallShapeError(`wrong type for value; expected template.queryResult; got ${typeName(v)}`);
  return v;
}

/**
 * compileGoRegexp compiles an RE2 pattern. `match` gets Go's error back;
 * `reReplaceAll` uses MustCompile, whose panic aborts the whole expansion.
 */
function compileGoRegexp(pattern: string, flags: string, must: boolean): RegExp {
  try {
    return new RegExp(translateRe2(pattern), 'u' + flags);
  } catch (e) {
    const why = `error parsing regexp: ${e instanceof Error ? e.message : String(e)}`;
    if (must) throw new TemplatePanic(`regexp: Compile(\`${pattern}\`): ${why}`);
    throw new ExecError(why);
  }
}

/** expandGo expands `$1`, `${1}`, `$name`, `${name}` and `$$` as Go's Regexp.Expand does. */
function expandGo(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]*)\}|([A-Za-z0-9_]+))/g, (whole, dollar: string, braced?: string, bare?: string) => {
    if (dollar === '$') return '$';
    const name = braced ?? bare;
    if (name === undefined || name === '') return braced === undefined ? whole : '';
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}

function reReplaceAll(pattern: string, repl: string, text: string): string {
  const re = compileGoRegexp(pattern, 'g', true);
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index) + expandGo(repl, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out + text.slice(last);
}

/** title is Go's strings.Title: upper-case the first letter of each word. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    const sep = !/[\p{L}\p{N}_]/u.test(prev);
    out += sep ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

/** parseModelDuration is model.ParseDurationAllowNegative, in ms: parseDuration with an optional leading `-`. */
function parseModelDuration(text: string): number {
  const neg = text.startsWith('-');
  let ms: number;
  try {
    ms = parseDuration(neg ? text.slice(1) : text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new ExecError(msg.startsWith('not a valid duration string') ? `not a valid duration string: ${JSON.stringify(text)}` : msg);
  }
  return neg && ms !== 0 ? -ms : ms;
}

/** promFuncs builds the Prometheus function table for one expansion. */
export function promFuncs(ctx: PromFuncContext): Map<string, TemplateFunc> {
  const f = new Map<string, TemplateFunc>();
  f.set('query', async (a) => {
    arity('query', a, 1);
    const q = str('query', a[0]);
    if (ctx.query === undefined) throw new ExecError('no query engine available');
    const rows = await ctx.query(q, ctx.tMs);
    return rows.map((r) => new TemplateSample(r.labels, r.value));
  });
  f.set('first', (a) => {
    arity('first', a, 1);
    const v = resultArg(a[0]);
    if (v.length === 0) throw new ExecError('first() called on vector with no elements');
    return v[0];
  });
  f.set('label', (a) => (arity('label', a, 2), sampleArg(a[1]).labels.get(str('label', a[0])) ?? ''));
  f.set('value', (a) => (arity('value', a, 1), sampleArg(a[0]).value));
  f.set('strvalue', (a) => (arity('strvalue', a, 1), sampleArg(a[0]).labels.get('__value__') ?? ''));
  f.set('args', (a) => new Map(a.map((v, i) => [`arg${i}`, v] as const)));
  f.set('reReplaceAll', (a) => (arity('reReplaceAll', a, 3), reReplaceAll(str('', a[0]), str('', a[1]), str('', a[2]))));
  f.set('safeHtml', (a) => (arity('safeHtml', a, 1), str('', a[0])));
  f.set('match', (a) => (arity('match', a, 2), compileGoRegexp(str('', a[0]), '', false).test(str('', a[1]))));
  f.set('title', (a) => (arity('title', a, 1), title(str('', a[0]))));
  f.set('toUpper', (a) => (arity('toUpper', a, 1), str('', a[0]).toUpperCase()));
  f.set('toLower', (a) => (arity('toLower', a, 1), str('', a[0]).toLowerCase()));
  f.set('graphLink', (a) => (arity('graphLink', a, 1), graphLink(str('', a[0]))));
  f.set('tableLink', (a) => (arity('tableLink', a, 1), tableLink(str('', a[0]))));
  f.set('sortByLabel', (a) => {
    arity('sortByLabel', a, 2);
    const label = str('', a[0]);
    const rows = [...resultArg(a[1])] as TemplateSample[];
    // Array.prototype.sort is stable, like Go's sort.Stable.
    return rows.sort((x, y) => {
      const vx = x.labels.get(label) ?? '';
      const vy = y.labels.get(label) ?? '';
      return vx < vy ? -1 : vx > vy ? 1 : 0;
    });
  });
  f.set('humanize', (a) => (arity('humanize', a, 1), humanize(toFloat(a[0]))));
  f.set('humanize1024', (a) => (arity('humanize1024', a, 1), humanize1024(toFloat(a[0]))));
  f.set('humanizeDuration', (a) => (arity('humanizeDuration', a, 1), humanizeDuration(toFloat(a[0]))));
  f.set('humanizePercentage', (a) => (arity('humanizePercentage', a, 1), humanizePercentage(toFloat(a[0]))));
  f.set('humanizeTimestamp', (a) => {
    arity('humanizeTimestamp', a, 1);
    const v = toFloat(a[0]);
    const t = floatToTime(v);
    return t === undefined ? formatG(v, 4) : t;
  });
  f.set('toTime', (a) => {
    arity('toTime', a, 1);
    const t = floatToTime(toFloat(a[0]));
    if (t === undefined) throw new ExecError(`${formatG(toFloat(a[0]))} cannot be represented as a nanoseconds timestamp since it overflows int64`);
    return t;
  });
  f.set('toDuration', (a) => {
    arity('toDuration', a, 1);
    const v = toFloat(a[0]);
    if (!Number.isFinite(v)) throw new ExecError(`cannot convert ${formatG(v)} to time.Duration`);
    // time.Duration(v * 1e9) truncates toward zero.
    return new GoDuration(BigInt(Math.trunc(v * 1e9)));
  });
  f.set('now', (a) => (arity('now', a, 0), ctx.tMs / 1000));
  f.set('pathPrefix', (a) => (arity('pathPrefix', a, 0), urlPath(ctx.externalURL)));
  f.set('externalURL', (a) => (arity('externalURL', a, 0), ctx.externalURL));
  f.set('parseDuration', (a) => (arity('parseDuration', a, 1), parseModelDuration(str('', a[0])) / 1000));
  f.set('stripPort', (a) => {
    arity('stripPort', a, 1);
    const hp = str('', a[0]);
    return splitHostPort(hp)?.host ?? hp;
  });
  f.set('stripDomain', (a) => {
    arity('stripDomain', a, 1);
    const hp = str('', a[0]);
    const split = splitHostPort(hp);
    const host = split?.host ?? hp;
    // IP addresses are returned whole: they have no domain to strip.
    if (/^[\d.]+$/.test(host) || host.includes(':')) return hp;
    const short = host.split('.')[0]!;
    return split !== undefined && split.port !== '' ? `${short}:${split.port}` : short;
  });
  return f;
}

