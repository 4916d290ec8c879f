import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * A small positioned tree over a YAML document, so that configuration
 * readers (prometheus.yml, alertmanager.yml) can name the line and column
 * of every key and value they reject. Aliases are resolved; the tree holds
 * no yaml-library objects. Scalars resolve as YAML 1.1, as Go's yaml.v2
 * reads them.
 */

/** Pos is a 1-based source position. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export type YNode = YMap | YSeq | YScalar;

/** YMap is a mapping; its entries keep the document's order. */
export interface YMap {
  readonly kind: 'map';
  readonly pos: Pos;
  readonly entries: readonly YEntry[];
}

export interface YEntry {
  readonly key: string;
  readonly keyPos: Pos;
  readonly value: YNode;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly pos: Pos;
  readonly items: readonly YNode[];
}

/** YScalar holds the resolved value and its source text. */
export interface YScalar {
  readonly kind: 'scalar';
  readonly pos: Pos;
  readonly value: string | number | boolean | null;
  /** The scalar as written (without quotes): Go's yaml.v2 reads `yes` into a string field as "yes". */
  readonly source: string;
}

/** YamlError is a document that does not parse; `message` is Go's wording, `yaml: ...`. */
export class YamlError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'YamlError';
  }
}

/**
 * parseYamlTree parses one YAML document. Syntax errors and duplicate keys
 * throw YamlError at the position the YAML parser reports; nesting deeper
 * than `maxDepth` throws YamlError at 1:1. An empty document yields an
 * empty map at 1:1.
 */
export function parseYamlTree(text: string, maxDepth: number): YNode {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.1', uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err !== undefined) {
    const p = lineCounter.linePos(err.pos[0]);
    throw new YamlError(p.line, p.col, `yaml: ${firstLine(err.message)}`);
  }
  const posOf = (node: { range?: readonly number[] | null } | null | undefined): Pos => {
    const p = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const convert = (node: unknown, depth: number): YNode => {
    if (depth > maxDepth) throw new YamlError(1, 1, 'yaml: document nested too deeply');
    const n = node as Node | null;
    if (isAlias(n)) return convert(n.resolve(doc), depth + 1);
    if (isMap(n)) {
      const entries: YEntry[] = [];
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key;
        const key = isScalar(k) ? String(k.value) : String(k);
        entries.push({ key, keyPos: posOf(k as Node), value: convert(item.value, depth + 1) });
      }
      return { kind: 'map', pos: posOf(n), entries };
    }
    if (isSeq(n)) return { kind: 'seq', pos: posOf(n), items: n.items.map((i) => convert(i, depth + 1)) };
    if (isScalar(n)) {
      const v = n.value;
      const value = v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
      return { kind: 'scalar', pos: posOf(n), value, source: n.source ?? String(v) };
    }
    return { kind: 'scalar', pos: posOf(n), value: null, source: '' };
  };
  const root = doc.contents;
  if (root === null || root === undefined) return { kind: 'map', pos: { line: 1, column: 1 }, entries: [] };
  return convert(root, 0);
}

/** entryOf returns a mapping's entry for `key`, or undefined when the key is absent. */
export function entryOf(map: YMap, key: string): YEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

/** toPlain turns a tree back into plain JS data (for readers that take untyped YAML, e.g. relabel rules). */
export function toPlain(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}
