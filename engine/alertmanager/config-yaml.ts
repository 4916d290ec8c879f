/**
 * A positioned view of alertmanager.yml: the YAML is parsed once into
 * util/yaml-tree's plain nodes that remember their line, and small typed getters read fields and reject unknown ones the way Go's
 * yaml.v2 strict mode does (`field foo not found in type config.plain`).
 */
import { configError, ConfigError } from './config-error';
import { parseDuration } from '../util/duration';
import { entryOf, parseYamlTree, YamlError, type Pos, type YMap, type YNode } from '../util/yaml-tree';

export type { YMap, YNode } from '../util/yaml-tree';

/** parseYaml parses one document; syntax errors become ConfigError at the parser's position. */
export function parseYaml(text: string): YNode {
  try {
    return parseYamlTree(text, 64);
  } catch (e) {
    if (e instanceof YamlError) throw new ConfigError(e.line, e.column, e.message);
    throw e;
  }
}

const TAGS = { map: '!!map', seq: '!!seq', scalar: '!!str' } as const;

/** asMap reads a node as a mapping whose keys must all be in `allowed`; null/absent reads as empty. */
export function asMap(node: YNode | undefined, allowed: readonly string[], goType = 'config.plain'): YMap {
  if (node === undefined || (node.kind === 'scalar' && node.value === null)) {
    return { kind: 'map', pos: node?.pos ?? { line: 1, column: 1 }, entries: [] };
  }
  if (node.kind !== 'map') throw configError(node.pos, `yaml: unmarshal errors:\n  line ${node.pos.line}: cannot unmarshal ${TAGS[node.kind]} into ${goType}`);
  for (const e of node.entries) {
    if (!allowed.includes(e.key)) throw configError(e.keyPos, `yaml: unmarshal errors:\n  line ${e.keyPos.line}: field ${e.key} not found in type ${goType}`);
  }
  return node;
}

/** hasKey reports whether a key is present, even with a null value. */
export function hasKey(map: YMap, key: string): boolean {
  return entryOf(map, key) !== undefined;
}

/** has reports whether a key is present with a non-null value. */
export function has(map: YMap, key: string): boolean {
  const e = entryOf(map, key);
  return e !== undefined && !(e.value.kind === 'scalar' && e.value.value === null);
}

/** posOf returns the position of a key's value, or of the map when the key is absent. */
export function posOf(map: YMap, key: string): Pos {
  return entryOf(map, key)?.value.pos ?? map.pos;
}

/** node returns a key's value node. */
export function node(map: YMap, key: string): YNode | undefined {
  return has(map, key) ? entryOf(map, key)!.value : undefined;
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
  for (const e of n.entries) {
    if (e.value.kind !== 'scalar') throw configError(e.value.pos, `yaml: unmarshal errors:\n  line ${e.value.pos.line}: cannot unmarshal ${TAGS[e.value.kind]} into string`);
    out.set(e.key, { value: e.value.value === null ? '' : typeof e.value.value === 'string' ? e.value.value : e.value.source, pos: e.keyPos });
  }
  return out;
}
