import type { BranchNode, Command, Node, Operand, Pipe } from './ast';
import { unquoteGo } from './go-quote';
import { lex, type Item, type ItemKind } from './lexer';

/**
 * TemplateParseError is a Go text/template parse error, worded as Go prints
 * it: `template: NAME:LINE: MESSAGE`.
 */
export class TemplateParseError extends Error {
  constructor(
    readonly templateName: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`template: ${templateName}:${line}: ${detail}`);
    this.name = 'TemplateParseError';
  }
}

/** Abort unwinds the recursive descent once an error is recorded. */
class Abort {
  constructor(readonly pos: number, readonly message: string) {}
}

/**
 * parseTemplate parses `text` named `name`. `funcs` are the names callable
 * as functions: Go checks them at parse time (`function "x" not defined`).
 */
export function parseTemplate(text: string, name: string, funcs: ReadonlySet<string>): readonly Node[] {
  const p = new Parser(text, withoutSpaces(lex(text)), funcs);
  try {
    const list = p.parseList(new Set());
    return list;
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    throw new TemplateParseError(name, lineOf(text, e.pos), e.message);
  }
}

/** SpacedItem is a lexer item that knows whether a space preceded it: `$x .y` is two operands, `$x.y` one. */
interface SpacedItem extends Item {
  readonly spaceBefore: boolean;
}

function withoutSpaces(items: readonly Item[]): SpacedItem[] {
  const out: SpacedItem[] = [];
  let space = false;
  for (const it of items) {
    if (it.kind === 'space') {
      space = true;
      continue;
    }
    out.push({ ...it, spaceBefore: space });
    space = false;
  }
  return out;
}

function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

class Parser {
  private i = 0;
  /** Declared variables in scope; `$` always is. */
  private vars: string[] = ['$'];

  constructor(
    readonly text: string,
    readonly items: readonly SpacedItem[],
    readonly funcs: ReadonlySet<string>,
  ) {}

  private peek(): SpacedItem {
    return this.items[this.i] ?? this.items[this.items.length - 1]!;
  }

  private next(): SpacedItem {
    const it = this.peek();
    if (this.i < this.items.length - 1) this.i++;
    return it;
  }

  private fail(pos: number, message: string): never {
    throw new Abort(pos, message);
  }

  private expect(kind: ItemKind, context: string): Item {
    const it = this.next();
    if (it.kind !== kind) this.unexpected(it, context);
    return it;
  }

  private unexpected(it: Item, context: string): never {
    if (it.kind === 'error') this.fail(it.pos, it.val);
    if (it.kind === 'eof') this.fail(it.pos, 'unexpected EOF');
    this.fail(it.pos, `unexpected ${describe(it)} in ${context}`);
  }

  /**
   * parseList reads nodes until EOF or one of the keywords in `stops`
   * (`end`, `else`), which it leaves for the caller to consume.
   */
  parseList(stops: ReadonlySet<string>): Node[] {
    const out: Node[] = [];
    for (;;) {
      const it = this.peek();
      if (it.kind === 'error') this.fail(it.pos, it.val);
      if (it.kind === 'eof') {
        if (stops.size > 0) this.fail(it.pos, 'unexpected EOF');
        return out;
      }
      if (it.kind === 'text') {
        this.next();
        out.push({ kind: 'text', pos: it.pos, text: it.val });
        continue;
      }
      // A left delimiter.
      const kw = this.items[this.i + 1];
      if (kw?.kind === 'keyword' && (kw.val === 'end' || kw.val === 'else')) {
        if (!stops.has(kw.val)) this.fail(kw.pos, `unexpected {{${kw.val}}}`);
        return out;
      }
      this.next();
      out.push(this.action());
    }
  }

  private action(): Node {
    const it = this.peek();
    if (it.kind === 'keyword') {
      this.next();
      switch (it.val) {
        case 'if':
        case 'with':
        case 'range':
          return this.branch(it.val, it.pos);
        default:
          this.fail(it.pos, `{{${it.val}}} is not supported in this template subset`);
      }
    }
    const pipe = this.pipeline('command', 'rightDelim');
    return { kind: 'action', pos: it.pos, pipe };
  }

  private branch(kind: BranchNode['kind'], pos: number): BranchNode {
    const mark = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    const list = this.parseList(new Set(['end', 'else']));
    let elseList: Node[] | undefined;
    this.expect('leftDelim', kind);
    const kw = this.next();
    if (kw.val === 'else') {
      const after = this.peek();
      if (after.kind === 'keyword' && (after.val === 'if' || after.val === 'with') && kind !== 'range' && after.val === kind) {
        // `{{else if ...}}` is an `if` nested in the else list that shares this branch's {{end}}.
        this.next();
        elseList = [this.branch(kind, after.pos)];
        this.vars.length = mark;
        return { kind, pos, pipe, list, elseList };
      }
      this.expect('rightDelim', 'else');
      elseList = this.parseList(new Set(['end']));
      this.expect('leftDelim', kind);
      this.next();
    }
    this.expect('rightDelim', 'end');
    this.vars.length = mark;
    return elseList === undefined ? { kind, pos, pipe, list } : { kind, pos, pipe, list, elseList };
  }

  private pipeline(context: string, end: ItemKind): Pipe {
    const start = this.peek();
    let decl: string[] = [];
    let isAssign = false;
    // Look ahead for `$x :=`, `$x =` or `$k, $v :=`.
    const a = this.items[this.i];
    const b = this.items[this.i + 1];
    const c = this.items[this.i + 2];
    const d = this.items[this.i + 3];
    if (a?.kind === 'variable' && (b?.kind === 'declare' || b?.kind === 'assign')) {
      decl = [a.val];
      isAssign = b.kind === 'assign';
      this.i += 2;
    } else if (a?.kind === 'variable' && b?.kind === 'comma' && c?.kind === 'variable' && (d?.kind === 'declare' || d?.kind === 'assign')) {
      if (context !== 'range') this.fail(b.pos, `too many declarations in ${context}`);
      decl = [a.val, c.val];
      isAssign = d.kind === 'assign';
      this.i += 4;
    }
    if (isAssign) for (const v of decl) if (!this.vars.includes(v)) this.fail(start.pos, `undefined variable "${v}"`);
    const cmds: Command[] = [];
    for (;;) {
      const it = this.peek();
      if (it.kind === end) {
        this.next();
        break;
      }
      if (it.kind === 'pipe') {
        if (cmds.length === 0) this.fail(it.pos, `missing command before |`);
        this.next();
        continue;
      }
      if (it.kind === 'eof' || it.kind === 'error') this.unexpected(it, context);
      cmds.push(this.command());
    }
    if (cmds.length === 0) this.fail(start.pos, `missing value for ${context}`);
    if (!isAssign) this.vars.push(...decl);
    return { pos: start.pos, decl, isAssign, cmds };
  }

  private command(): Command {
    const pos = this.peek().pos;
    const args: Operand[] = [];
    for (;;) {
      const it = this.peek();
      if (it.kind === 'rightDelim' || it.kind === 'rightParen' || it.kind === 'pipe') break;
      if (it.kind === 'eof' || it.kind === 'error') this.unexpected(it, 'operand');
      args.push(this.operand());
    }
    if (args.length === 0) this.fail(pos, 'empty command');
    return { pos, args };
  }

  private operand(): Operand {
    const term = this.term();
    const fields: string[] = [];
    while (this.peek().kind === 'field' && !this.peek().spaceBefore) fields.push(this.next().val.slice(1));
    if (fields.length === 0) return term;
    switch (term.kind) {
      case 'field':
        return { ...term, ident: [...term.ident, ...fields] };
      case 'variable':
        return { ...term, ident: [...term.ident, ...fields] };
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        this.fail(term.pos, `unexpected . after term ${JSON.stringify(this.text.slice(term.pos, this.peek().pos))}`);
      default:
        return { kind: 'chain', pos: term.pos, node: term, fields };
    }
  }

  private term(): Operand {
    const it = this.next();
    switch (it.kind) {
      case 'identifier':
        if (!this.funcs.has(it.val)) this.fail(it.pos, `function ${JSON.stringify(it.val)} not defined`);
        return { kind: 'identifier', pos: it.pos, name: it.val };
      case 'dot':
        return { kind: 'dot', pos: it.pos };
      case 'nil':
        return { kind: 'nil', pos: it.pos };
      case 'variable':
        if (!this.vars.includes(it.val)) this.fail(it.pos, `undefined variable ${JSON.stringify(it.val)}`);
        return { kind: 'variable', pos: it.pos, name: it.val, ident: [] };
      case 'field':
        return { kind: 'field', pos: it.pos, ident: [it.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: it.pos, value: it.val === 'true' };
      case 'number':
        return { kind: 'number', pos: it.pos, text: it.val, value: this.number(it) };
      case 'char':
        return { kind: 'number', pos: it.pos, text: it.val, value: BigInt(unquoteGo(`"${it.val.slice(1, -1)}"`).codePointAt(0) ?? 0) };
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: it.pos, text: it.val, value: it.kind === 'rawString' ? it.val.slice(1, -1) : this.unquote(it) };
      case 'leftParen': {
        const pipe = this.pipeline('parenthesized pipeline', 'rightParen');
        return { kind: 'pipe', pos: it.pos, pipe };
      }
      default:
        this.unexpected(it, 'operand');
    }
  }

  private unquote(it: Item): string {
    try {
      return unquoteGo(it.val);
    } catch {
      this.fail(it.pos, `invalid syntax`);
    }
  }

  /** number follows Go: integer literals are ints (bigint here), the rest float64. */
  private number(it: Item): number | bigint {
    const t = it.val.replace(/_/g, '');
    if (/^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|\d+)$/.test(t)) {
      const neg = t.startsWith('-');
      const body = t.replace(/^[+-]/, '');
      const v = BigInt(/^0\d/.test(body) ? '0o' + body.slice(1) : body);
      return neg ? -v : v;
    }
    const f = Number(t);
    if (t === '' || Number.isNaN(f)) this.fail(it.pos, `bad number syntax: ${JSON.stringify(it.val)}`);
    return f;
  }
}

function describe(it: Item): string {
  switch (it.kind) {
    case 'rightDelim': return '"}}"';
    case 'leftDelim': return '"{{"';
    case 'keyword': return `<${it.val}>`;
    default: return JSON.stringify(it.val);
  }
}
