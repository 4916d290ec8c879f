/**
 * A positioned view of alertmanager.yml: the YAML is parsed once with
 * `parseDocument` + `LineCounter` into plain nodes that remember their line,
 * and small typed getters read fields and reject unknown ones the way Go's
 * yaml.v2 strict mode does (`field foo not found in type config.plain`).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { configError, ConfigError, type Pos } from './config-error';
import { parseDuration } from '../util/duration';

export type YNode = YMap | YSeq | YScalar;

export interface YMap {
  readonly kind: 'map';
  readonly pos: Pos;
  readonly entries: ReadonlyMap<string, { readonly keyPos: Pos; readonly value: YNode }>;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly pos: Pos;
  readonly items: readonly YNode[];
}

export interface YScalar {
  readonly kind: 'scalar';
  readonly pos: Pos;
  readonly value: string | number | boolean | null;
  /** The scalar as written: Go's yaml.v2 reads `yes` into a string field as "yes", not "true". */
  readonly source: string;
}

/** parseYaml parses one document; syntax errors become ConfigError at the parser's position. */
export function parseYaml(text: string): YNode {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, version: '1.1', uniqueKeys: true });
  const err = doc.errors[0];
  if (err !== undefined) {
    const p = lc.linePos(err.pos[0]);
    throw new ConfigError(p.line, p.col, `yaml: ${(err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const posOf = (n: unknown): Pos => {
    const range = (n as { range?: readonly number[] | null } | null)?.range;
    const p = lc.linePos(range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const convert = (raw: unknown, depth: number): YNode => {
    if (depth > 64) throw new ConfigError(1, 1, 'yaml: document nested too deeply');
    const n = raw as Node | null;
    if (isAlias(n)) return convert(n.resolve(doc), depth + 1);
    if (isMap(n)) {
      const entries = new Map<string, { keyPos: Pos; value: YNode }>();
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
        entries.set(key, { keyPos: posOf(item.key), value: convert(item.value, depth + 1) });
      }
      return { kind: 'map', pos: posOf(n), entries };
    }
    if (isSeq(n)) return { kind: 'seq', pos: posOf(n), items: n.items.map((i) => convert(i, depth + 1)) };
    if (isScalar(n)) {
      const v = n.value;
      const value = v === null || v === undefined ? null : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      return { kind: 'scalar', pos: posOf(n), value, source: n.source ?? String(v) };
    }
    return { kind: 'scalar', pos: posOf(n), value: null, source: '' };
  };
  return convert(doc.contents, 0);
}

const TAGS = { map: '!!map', seq: '!!seq', scalar: '!!str' } as const;

/** asMap reads a node as a mapping whose keys must all be in `allowed`; null/absent reads as empty. */
export function asMap(node: YNode | undefined, allowed: readonly string[], goType = 'config.plain'): YMap {
  if (node === undefined || (node.kind === 'scalar' && node.value === null)) {
    return { kind: 'map', pos: node?.pos ?? { line: 1, column: 1 }, entries: new Map() };
  }
  if (node.kind !== 'map') throw configError(node.pos, `yaml: unmarshal errors:\n  line ${node.pos.line}: cannot unmarshal ${TAGS[node.kind]} into ${goType}`);
  for (const [key, e] of node.entries) {
    if (!allowed.includes(key)) throw configError(e.keyPos, `yaml: unmarshal errors:\n  line ${e.keyPos.line}: field ${key} not found in type ${goType}`);
  }
  return node;
}

/** has reports whether a key is present with a non-null value. */
export function has(map: YMap, key: string): boolean {
  const e = map.entries.get(key);
  return e !== undefined && !(e.value.kind === 'scalar' && e.value.value === null);
}

/** posOf returns the position of a key's value, or of the map when the key is absent. */
export function posOf(map: YMap, key: string): Pos {
  return map.entries.get(key)?.value.pos ?? map.pos;
}

/** node returns a key's value node. */
export function node(map: YMap, key: string): YNode | undefined {
  return has(map, key) ? map.entries.get(key)!.value : undefined;
}

/** str reads a scalar field as text (numbers and booleans as YAML wrote them). */
export function str(map: YMap, key: string): string | undefined {
  const n = node(map, key);
  if (n === undefined) return undefined;
  if (n.kind !== 'scalar') throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${TAGS[n.kind]} into string`);
  return typeof n.value === 'string' ? n.value : n.source;
}

/** bool reads a boolean field. */
export function bool(map: YMap, key: string): boolean | undefined {
  const n = node(map, key);
  if (n === undefined) return undefined;
  if (n.kind !== 'scalar' || typeof n.value !== 'boolean') {
    throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${n.kind === 'scalar' ? '!!str `' + String(n.value) + '`' : TAGS[n.kind]} into bool`);
  }
  return n.value;
}

/** int reads an integer field. */
export function int(map: YMap, key: string): number | undefined {
  const n = node(map, key);
  if (n === undefined) return undefined;
  if (n.kind !== 'scalar' || typeof n.value !== 'number' || !Number.isInteger(n.value)) {
    throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${n.kind === 'scalar' ? '!!str `' + String(n.value) + '`' : TAGS[n.kind]} into int`);
  }
  return n.value;
}

/** duration reads a Prometheus duration (`30s`, `4h`) into ms. */
export function duration(map: YMap, key: string): number | undefined {
  const s = str(map, key);
  if (s === undefined) return undefined;
  try {
    return parseDuration(s);
  } catch (e) {
    throw configError(posOf(map, key), (e as Error).message);
  }
}

/** list reads a sequence field's items (absent → []). */
export function list(map: YMap, key: string): readonly YNode[] {
  const n = node(map, key);
  if (n === undefined) return [];
  if (n.kind !== 'seq') throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${TAGS[n.kind]} into []`);
  return n.items;
}

/** strList reads a sequence of scalars as strings, or undefined when absent. */
export function strList(map: YMap, key: string): string[] | undefined {
  if (!has(map, key)) return undefined;
  return list(map, key).map((n) => {
    if (n.kind !== 'scalar') throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${TAGS[n.kind]} into string`);
    return typeof n.value === 'string' ? n.value : n.source;
  });
}

/** strMap reads a mapping of scalars (`headers`, `match`). */
export function strMap(map: YMap, key: string): Map<string, { value: string; pos: Pos }> {
  const out = new Map<string, { value: string; pos: Pos }>();
  const n = node(map, key);
  if (n === undefined) return out;
  if (n.kind !== 'map') throw configError(n.pos, `yaml: unmarshal errors:\n  line ${n.pos.line}: cannot unmarshal ${TAGS[n.kind]} into map[string]string`);
  for (const [k, e] of n.entries) {
    if (e.value.kind !== 'scalar') throw configError(e.value.pos, `yaml: unmarshal errors:\n  line ${e.value.pos.line}: cannot unmarshal ${TAGS[e.value.kind]} into string`);
    out.set(k, { value: e.value.value === null ? '' : typeof e.value.value === 'string' ? e.value.value : e.value.source, pos: e.keyPos });
  }
  return out;
}
