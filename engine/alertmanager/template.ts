/**
 * A subset of Go's text/template, enough for the notification fields people
 * write in alertmanager.yml: `{{ .Field.Path }}`, pipelines with `|`,
 * `if`/`else if`/`else`, `range` (with `$i, $x :=`), `with`, `template
 * "name" .`, `{{- -}}` trimming, comments, and Alertmanager's functions
 * (toUpper, join, title, reReplaceAll, …). Named templates resolve to the
 * built-in defaults passed in.
 */
import { callFunction, goPrint, truthy } from './template-funcs';
import { GoTime, KV } from './template-values';

type Node =
  | { readonly k: 'text'; readonly text: string }
  | { readonly k: 'action'; readonly pipe: string }
  | { readonly k: 'if' | 'with'; readonly pipe: string; readonly then: Node[]; readonly else: Node[] }
  | { readonly k: 'range'; readonly pipe: string; readonly vars: string[]; readonly body: Node[]; readonly else: Node[] }
  | { readonly k: 'template'; readonly name: string; readonly pipe: string };

/** NamedTemplates maps a template name to its renderer. */
export type NamedTemplates = ReadonlyMap<string, (dot: unknown) => string>;

/** TemplateError is a template that does not parse or fails while executing. */
export class TemplateError extends Error {}

/** renderTemplate executes `text` with `dot` as the data. */
export function renderTemplate(text: string, dot: unknown, named: NamedTemplates): string {
  const nodes = parse(tokenize(text));
  return execNodes(nodes, { dot, vars: new Map([['$', dot]]), named });
}

type Token = { readonly k: 'text'; readonly text: string } | { readonly k: 'act'; readonly body: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let trimNext = false;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    let chunk = open < 0 ? text.slice(i) : text.slice(i, open);
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    trimNext = false;
    if (open < 0) {
      out.push({ k: 'text', text: chunk });
      break;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError('template: unclosed action');
    let body = text.slice(open + 2, close);
    if (body.startsWith('- ') || body === '-') {
      chunk = chunk.replace(/\s+$/, '');
      body = body.slice(1);
    }
    if (body.endsWith(' -')) {
      trimNext = true;
      body = body.slice(0, -1);
    }
    out.push({ k: 'text', text: chunk });
    body = body.trim();
    if (!(body.startsWith('/*') && body.endsWith('*/'))) out.push({ k: 'act', body });
    i = close + 2;
  }
  return out;
}

function parse(tokens: Token[]): Node[] {
  let pos = 0;
  const block = (enders: readonly string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t.k === 'text') {
        if (t.text !== '') nodes.push({ k: 'text', text: t.text });
        continue;
      }
      const word = t.body.split(/\s+/)[0] ?? '';
      const rest = t.body.slice(word.length).trim();
      if (enders.includes(word)) return { nodes, end: t.body };
      if (word === 'if' || word === 'with') nodes.push(conditional(word, rest));
      else if (word === 'range') {
        const m = /^(\$\w*)(?:\s*,\s*(\$\w*))?\s*:=\s*([\s\S]*)$/.exec(rest);
        const vars = m === null ? [] : [m[1]!, ...(m[2] !== undefined ? [m[2]] : [])];
        const body = block(['else', 'end']);
        const other = body.end === 'else' ? block(['end']).nodes : [];
        nodes.push({ k: 'range', pipe: m === null ? rest : m[3]!, vars, body: body.nodes, else: other });
      } else if (word === 'template') {
        const m = /^"((?:[^"\\]|\\.)*)"\s*([\s\S]*)$/.exec(rest);
        if (m === null) throw new TemplateError(`template: bad template action: ${t.body}`);
        nodes.push({ k: 'template', name: m[1]!, pipe: m[2]! });
      } else if (word === 'end' || word === 'else') throw new TemplateError(`template: unexpected {{${word}}}`);
      else nodes.push({ k: 'action', pipe: t.body });
    }
    if (enders.length > 0) throw new TemplateError('template: unexpected EOF');
    return { nodes, end: '' };
  };
  const conditional = (k: 'if' | 'with', pipe: string): Node => {
    const then = block(['else', 'end']);
    let other: Node[] = [];
    if (then.end.startsWith('else')) {
      const chained = then.end.slice(4).trim();
      // `{{ else if x }}` opens a nested conditional that shares our `{{ end }}`.
      if (chained.startsWith('if ') || chained.startsWith('with ')) other = [conditional(chained.startsWith('if') ? 'if' : 'with', chained.replace(/^(if|with)\s+/, ''))];
      else other = block(['end']).nodes;
    }
    return { k, pipe, then: then.nodes, else: other };
  };
  return block([]).nodes;
}

interface Scope {
  readonly dot: unknown;
  readonly vars: Map<string, unknown>;
  readonly named: NamedTemplates;
}

function execNodes(nodes: readonly Node[], s: Scope): string {
  let out = '';
  for (const n of nodes) {
    switch (n.k) {
      case 'text':
        out += n.text;
        break;
      case 'action': {
        const decl = /^(\$\w*)\s*:?=\s*([\s\S]*)$/.exec(n.pipe);
        if (decl !== null) s.vars.set(decl[1]!, evalPipe(decl[2]!, s));
        else out += goPrint(evalPipe(n.pipe, s));
        break;
      }
      case 'if':
      case 'with': {
        const v = evalPipe(n.pipe, s);
        if (truthy(v)) out += execNodes(n.then, n.k === 'with' ? { ...s, dot: v } : s);
        else out += execNodes(n.else, s);
        break;
      }
      case 'range': {
        const v = evalPipe(n.pipe, s);
        const items: [unknown, unknown][] = Array.isArray(v)
          ? v.map((x, i) => [i, x])
          : v instanceof KV ? v.Names().map((k) => [k, v.get(k)]) : [];
        if (items.length === 0) out += execNodes(n.else, s);
        for (const [key, item] of items) {
          const vars = new Map(s.vars);
          if (n.vars.length === 1) vars.set(n.vars[0]!, item);
          if (n.vars.length === 2) {
            vars.set(n.vars[0]!, key);
            vars.set(n.vars[1]!, item);
          }
          out += execNodes(n.body, { ...s, dot: item, vars });
        }
        break;
      }
      case 'template': {
        const fn = s.named.get(n.name);
        if (fn === undefined) throw new TemplateError(`template: no such template ${JSON.stringify(n.name)}`);
        out += fn(n.pipe.trim() === '' ? undefined : evalPipe(n.pipe, s));
        break;
      }
    }
  }
  return out;
}

/** evalPipe evaluates `cmd | cmd | …`, passing each result as the next command's last argument. */
function evalPipe(pipe: string, s: Scope): unknown {
  const cmds = splitTop(lex(pipe), '|');
  let piped: unknown = undefined;
  let first = true;
  for (const cmd of cmds) {
    piped = evalCommand(cmd, s, first ? [] : [piped]);
    first = false;
  }
  return piped;
}

function evalCommand(tokens: string[], s: Scope, piped: unknown[]): unknown {
  const head = tokens[0];
  if (head === undefined) throw new TemplateError('template: empty command');
  const args = (): unknown[] => [...splitOperands(tokens.slice(1)).map((t) => evalOperand(t, s)), ...piped];
  if (/^[A-Za-z_]\w*$/.test(head) && !['true', 'false', 'nil'].includes(head)) return callFunction(head, args());
  const extra = args();
  return evalOperand([head], s, extra.length > 0 ? extra : undefined);
}

function evalOperand(tokens: string[], s: Scope, callArgs?: unknown[]): unknown {
  const t = tokens[0]!;
  if (t === '(') {
    const inner = tokens.slice(1, tokens.lastIndexOf(')'));
    const base = evalPipe(inner.join(' '), s);
    const tail = tokens.slice(tokens.lastIndexOf(')') + 1).join('');
    return tail === '' ? base : fieldChain(base, tail.slice(1).split('.'), callArgs);
  }
  if (t.startsWith('"')) return JSON.parse(t);
  if (t.startsWith('`')) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'nil') return null;
  if (t === '.') return s.dot;
  if (t.startsWith('.')) return fieldChain(s.dot, t.slice(1).split('.'), callArgs);
  if (t.startsWith('$')) {
    const [name, ...path] = t.split('.');
    if (!s.vars.has(name!)) throw new TemplateError(`template: undefined variable "${name}"`);
    return path.length === 0 ? s.vars.get(name!) : fieldChain(s.vars.get(name!), path, callArgs);
  }
  throw new TemplateError(`template: unexpected ${JSON.stringify(t)} in operand`);
}

function fieldChain(base: unknown, path: readonly string[], callArgs?: unknown[]): unknown {
  let v = base;
  path.forEach((name, i) => {
    const last = i === path.length - 1;
    if (v instanceof KV && !['SortedPairs', 'Names', 'Values', 'Remove'].includes(name)) {
      v = v.get(name);
      return;
    }
    if (v === null || v === undefined) {
      v = undefined;
      return;
    }
    const prop = (v as Record<string, unknown>)[name];
    if (typeof prop === 'function') v = (prop as (...a: unknown[]) => unknown).apply(v, last ? callArgs ?? [] : []);
    else if (prop === undefined && !(v instanceof GoTime) && typeof v === 'object' && !Array.isArray(v)) {
      throw new TemplateError(`template: can't evaluate field ${name}`);
    } else v = prop;
  });
  return v;
}

/** lex splits an action into strings, parens, pipes and words. */
function lex(src: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|[()|]|[^\s()|"`]+)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) out.push(m[1]!);
  if (src.slice(re.lastIndex).trim() !== '' && out.join('') === '') throw new TemplateError(`template: bad action ${src}`);
  return out;
}

function splitTop(tokens: string[], sep: string): string[][] {
  const out: string[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t === '(') depth++;
    if (t === ')') depth--;
    if (t === sep && depth === 0) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

/** splitOperands groups a parenthesised pipeline (plus a trailing `.Field`) into one operand. */
function splitOperands(tokens: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== '(') {
      out.push([tokens[i]!]);
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      if (tokens[j] === '(') depth++;
      if (tokens[j] === ')' && --depth === 0) break;
    }
    const group = tokens.slice(i, j + 1);
    if (tokens[j + 1]?.startsWith('.')) group.push(tokens[++j]!);
    out.push(group);
    i = j;
  }
  return out;
}
