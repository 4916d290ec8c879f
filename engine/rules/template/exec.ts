import { commandString, operandString, type Command, type Node, type Operand, type Pipe } from './ast';
import { GoStruct, isTrue, printAction, sortedKeys, TemplateSample, typeName, type GoValue } from './values';

/**
 * A template function. It receives evaluated arguments (the piped value
 * last) and returns a value or a promise of one, so `query` can await the
 * rule manager's QueryFunc. Throwing `ExecError` or `Error` reports
 * `error calling NAME: ...`; throwing `CallShapeError` reports the message alone.
 */
export type TemplateFunc = (args: readonly GoValue[]) => GoValue | Promise<GoValue>;

/** CallShapeError is a wrong argument count or type, which Go reports without "error calling". */
export class CallShapeError extends Error {}

/** Lazy functions get unevaluated arguments: `and` and `or` stop at the deciding one, as Go 1.18+ does. */
export type LazyFunc = (args: readonly (() => Promise<GoValue>)[]) => Promise<GoValue>;

export interface FuncTable {
  readonly eager: ReadonlyMap<string, TemplateFunc>;
  readonly lazy: ReadonlyMap<string, LazyFunc>;
}

/** TemplatePanic is a Go panic inside a function (regexp.MustCompile); it aborts without a location. */
export class TemplatePanic extends Error {}

/** TemplateExecError is an execution error worded as Go words it. */
export class TemplateExecError extends Error {}

interface Variable {
  readonly name: string;
  value: GoValue;
}

/**
 * execute runs a parsed template against `data` and returns its output.
 * Errors are thrown as TemplateExecError with Go's text:
 * `template: NAME:LINE:COL: executing "NAME" at <CONTEXT>: MESSAGE`.
 */
export async function execute(nodes: readonly Node[], text: string, name: string, data: GoValue, funcs: FuncTable): Promise<string> {
  const state = new State(text, name, funcs, data);
  await state.walkList(data, nodes);
  return state.out;
}

class State {
  out = '';
  private readonly vars: Variable[];

  constructor(
    readonly text: string,
    readonly name: string,
    readonly funcs: FuncTable,
    data: GoValue,
  ) {
    this.vars = [{ name: '$', value: data }];
  }

  private errorAt(pos: number, context: string, message: string): never {
    const before = this.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    // Go counts the column from 0 on the first line and from the newline after it.
    const col = nl < 0 ? pos : pos - (nl + 1);
    const ctx = context.length > 20 ? context.slice(0, 20) + '...' : context;
    throw new TemplateExecError(`template: ${this.name}:${line}:${col}: executing ${JSON.stringify(this.name)} at <${ctx}>: ${message}`);
  }

  async walkList(dot: GoValue, nodes: readonly Node[]): Promise<void> {
    for (const n of nodes) await this.walk(dot, n);
  }

  private async walk(dot: GoValue, n: Node): Promise<void> {
    switch (n.kind) {
      case 'text':
        this.out += n.text;
        return;
      case 'action': {
        const v = await this.evalPipe(dot, n.pipe);
        if (n.pipe.decl.length === 0) this.out += printAction(v);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const v = await this.evalPipe(dot, n.pipe);
        if (isTrue(v)) await this.walkList(n.kind === 'with' ? v : dot, n.list);
        else if (n.elseList !== undefined) await this.walkList(dot, n.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        return this.walkRange(dot, n.pipe, n.list, n.elseList);
    }
  }

  private async walkRange(dot: GoValue, pipe: Pipe, list: readonly Node[], elseList: readonly Node[] | undefined): Promise<void> {
    const mark = this.vars.length;
    // The pipeline's declarations are bound per element, not to the whole value.
    const v = await this.evalPipe(dot, { ...pipe, decl: [] });
    const entries: [GoValue, GoValue][] = [];
    if (Array.isArray(v)) v.forEach((e, i) => entries.push([BigInt(i), e]));
    else if (v instanceof Map) for (const k of sortedKeys(v)) entries.push([k, v.get(k)]);
    else if (typeof v === 'bigint') for (let i = 0n; i < v; i++) entries.push([i, i]);
    else if (v !== undefined) this.errorAt(pipe.pos, pipeText(pipe), `range can't iterate over ${printAction(v)}`);
    for (const [k, e] of entries) {
      const inner = this.vars.length;
      if (pipe.decl.length === 1) this.vars.push({ name: pipe.decl[0]!, value: e });
      if (pipe.decl.length === 2) this.vars.push({ name: pipe.decl[0]!, value: k }, { name: pipe.decl[1]!, value: e });
      await this.walkList(e, list);
      this.vars.length = inner;
    }
    if (entries.length === 0 && elseList !== undefined) await this.walkList(dot, elseList);
    this.vars.length = mark;
  }

  private async evalPipe(dot: GoValue, pipe: Pipe): Promise<GoValue> {
    let v: GoValue;
    let piped = false;
    for (const cmd of pipe.cmds) {
      v = await this.evalCommand(dot, cmd, piped, v);
      piped = true;
    }
    for (const name of pipe.decl) {
      if (pipe.isAssign) {
        const target = this.lookup(name);
        if (target !== undefined) target.value = v;
      } else {
        this.vars.push({ name, value: v });
      }
    }
    return v;
  }

  private lookup(name: string): Variable | undefined {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i];
    return undefined;
  }

  private async evalCommand(dot: GoValue, cmd: Command, piped: boolean, final: GoValue): Promise<GoValue> {
    const first = cmd.args[0]!;
    if (first.kind === 'identifier') return this.call(dot, cmd, first.name, first.pos, piped, final);
    if (cmd.args.length > 1 || piped) this.errorAt(first.pos, operandString(first), `can't give argument to non-function ${operandString(first)}`);
    return this.evalArg(dot, first);
  }

  private async call(dot: GoValue, cmd: Command, name: string, pos: number, piped: boolean, final: GoValue): Promise<GoValue> {
    const argNodes = cmd.args.slice(1);
    const thunks = argNodes.map((a) => () => this.evalArg(dot, a));
    if (piped) thunks.push(() => Promise.resolve(final));
    try {
      const lazy = this.funcs.lazy.get(name);
      if (lazy !== undefined) return await lazy(thunks);
      const fn = this.funcs.eager.get(name);
      if (fn === undefined) return this.errorAt(pos, name, `${JSON.stringify(name)} is not a defined function`);
      const args: GoValue[] = [];
      for (const t of thunks) args.push(await t());
      return await fn(args);
    } catch (e) {
      if (e instanceof TemplateExecError || e instanceof TemplatePanic) throw e;
      if (e instanceof CallShapeError) this.errorAt(cmd.pos, commandString(cmd), e.message);
      const msg = e instanceof Error ? e.message : String(e);
      return this.errorAt(cmd.pos, commandString(cmd), `error calling ${name}: ${msg}`);
    }
  }

  private async evalArg(dot: GoValue, a: Operand): Promise<GoValue> {
    switch (a.kind) {
      case 'dot': return dot;
      case 'nil': return undefined;
      case 'bool': case 'string': case 'number': return a.value;
      case 'field': return this.fieldChain(dot, a.ident, a.pos, operandString(a));
      case 'variable': {
        const v = this.lookup(a.name);
        if (v === undefined) this.errorAt(a.pos, a.name, `undefined variable: ${a.name}`);
        return this.fieldChain(v.value, a.ident, a.pos, operandString(a));
      }
      case 'identifier': {
        const cmd: Command = { pos: a.pos, args: [a] };
        return this.call(dot, cmd, a.name, a.pos, false, undefined);
      }
      case 'pipe': {
        const mark = this.vars.length;
        const v = await this.evalPipe(dot, a.pipe);
        this.vars.length = mark;
        return v;
      }
      case 'chain': {
        const base = await this.evalArg(dot, a.node);
        return this.fieldChain(base, a.fields, a.pos, operandString(a));
      }
    }
  }

  private fieldChain(v: GoValue, fields: readonly string[], pos: number, context: string): GoValue {
    let cur = v;
    for (const f of fields) {
      if (cur instanceof Map) {
        // Prometheus runs templates with missingkey=zero: absent labels print as "".
        cur = cur.has(f) ? cur.get(f) : '';
      } else if (cur instanceof GoStruct) {
        if (!cur.fields.has(f)) this.errorAt(pos, context, `can't evaluate field ${f} in type ${cur.goType}`);
        cur = cur.fields.get(f);
      } else if (cur instanceof TemplateSample && (f === 'Labels' || f === 'Value')) {
        cur = f === 'Labels' ? cur.labels : cur.value;
      } else if (cur === undefined) {
        this.errorAt(pos, context, `nil pointer evaluating interface {}.${f}`);
      } else {
        this.errorAt(pos, context, `can't evaluate field ${f} in type ${typeName(cur)}`);
      }
    }
    return cur;
  }
}

function pipeText(p: Pipe): string {
  return p.cmds.map(commandString).join(' | ');
}

