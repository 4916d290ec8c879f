/**
 * The parse tree of a Go text/template, as plain data. `pos` is the offset
 * of the node's first token; execution errors print it as `line:col`.
 */

export type Node = TextNode | ActionNode | BranchNode;

export interface TextNode {
  readonly kind: 'text';
  readonly pos: number;
  readonly text: string;
}

export interface ActionNode {
  readonly kind: 'action';
  readonly pos: number;
  readonly pipe: Pipe;
}

/** BranchNode is `if`, `with` or `range`, each with an optional `else` list. */
export interface BranchNode {
  readonly kind: 'if' | 'with' | 'range';
  readonly pos: number;
  readonly pipe: Pipe;
  readonly list: readonly Node[];
  readonly elseList?: readonly Node[];
}

/** Pipe is `$x := cmd | cmd`; `decl` names the declared (or assigned) variables. */
export interface Pipe {
  readonly pos: number;
  readonly decl: readonly string[];
  readonly isAssign: boolean;
  readonly cmds: readonly Command[];
}

export interface Command {
  readonly pos: number;
  readonly args: readonly Operand[];
}

export type Operand =
  | { readonly kind: 'dot'; readonly pos: number }
  | { readonly kind: 'field'; readonly pos: number; readonly ident: readonly string[] }
  | { readonly kind: 'variable'; readonly pos: number; readonly name: string; readonly ident: readonly string[] }
  | { readonly kind: 'identifier'; readonly pos: number; readonly name: string }
  | { readonly kind: 'string'; readonly pos: number; readonly text: string; readonly value: string }
  | { readonly kind: 'number'; readonly pos: number; readonly text: string; readonly value: number | bigint }
  | { readonly kind: 'bool'; readonly pos: number; readonly value: boolean }
  | { readonly kind: 'nil'; readonly pos: number }
  | { readonly kind: 'pipe'; readonly pos: number; readonly pipe: Pipe }
  | { readonly kind: 'chain'; readonly pos: number; readonly node: Operand; readonly fields: readonly string[] };

/** operandString prints an operand as Go's parse.Node.String does (used in error contexts). */
export function operandString(o: Operand): string {
  switch (o.kind) {
    case 'dot': return '.';
    case 'field': return o.ident.map((f) => '.' + f).join('');
    case 'variable': return o.name + o.ident.map((f) => '.' + f).join('');
    case 'identifier': return o.name;
    case 'string': return o.text;
    case 'number': return o.text;
    case 'bool': return String(o.value);
    case 'nil': return 'nil';
    case 'pipe': return '(' + pipeString(o.pipe) + ')';
    case 'chain': return operandString(o.node) + o.fields.map((f) => '.' + f).join('');
  }
}

export function commandString(c: Command): string {
  return c.args.map(operandString).join(' ');
}

export function pipeString(p: Pipe): string {
  const decl = p.decl.length > 0 ? `${p.decl.join(', ')} ${p.isAssign ? '=' : ':='} ` : '';
  return decl + p.cmds.map(commandString).join(' | ');
}
