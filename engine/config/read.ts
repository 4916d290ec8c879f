import { ConfigError } from './error';
import { parseDuration } from '../util/duration';
import type { Pos, YEntry, YMap, YNode } from './yaml-tree';

/**
 * Typed readers over the positioned YAML tree. Each throws ConfigError at
 * the node's position with the wording of Prometheus's YAML decoder
 * (yaml.v2: `cannot unmarshal !!seq into string`, `field foo not found in
 * type config.ScrapeConfig`).
 */
export class Reader {
  constructor(readonly file: string) {}

  fail(pos: Pos, field: string, detail: string): never {
    throw new ConfigError(this.file, pos.line, pos.column, field, detail);
  }

  /**
   * fields checks a mapping against the known field names of a Go type and
   * returns its entries by key. A null node (an empty section) is an empty map.
   */
  fields(node: YNode, goType: string, known: readonly string[], path: string): Map<string, YEntry> {
    const out = new Map<string, YEntry>();
    if (node.kind === 'scalar' && node.value === null) return out;
    if (node.kind !== 'map') this.fail(node.pos, path, `cannot unmarshal ${tagOf(node)} into ${goType}`);
    for (const e of (node as YMap).entries) {
      if (!known.includes(e.key)) this.fail(e.keyPos, join(path, e.key), `field ${e.key} not found in type ${goType}`);
      out.set(e.key, e);
    }
    return out;
  }

  str(e: YEntry, path: string): string {
    const n = e.value;
    if (n.kind !== 'scalar') this.fail(n.pos, path, `cannot unmarshal ${tagOf(n)} into string`);
    return n.value === null ? '' : String(n.kind === 'scalar' && typeof n.value === 'string' ? n.value : n.source);
  }

  bool(e: YEntry, path: string): boolean {
    const n = e.value;
    if (n.kind !== 'scalar' || typeof n.value !== 'boolean') {
      if (n.kind === 'scalar' && n.value === null) return false;
      this.fail(n.pos, path, `cannot unmarshal ${tagOf(n)}${srcOf(n)} into bool`);
    }
    return n.value as boolean;
  }

  /** uint reads a non-negative integer (Prometheus's limits are uint). */
  uint(e: YEntry, path: string): number {
    const n = e.value;
    if (n.kind === 'scalar' && n.value === null) return 0;
    if (n.kind !== 'scalar' || typeof n.value !== 'number' || !Number.isInteger(n.value) || n.value < 0) {
      this.fail(n.pos, path, `cannot unmarshal ${tagOf(n)}${srcOf(n)} into uint`);
    }
    return n.value as number;
  }

  duration(e: YEntry, path: string): number {
    const s = this.str(e, path);
    try {
      return parseDuration(s);
    } catch (err) {
      return this.fail(e.value.pos, path, (err as Error).message);
    }
  }

  list(e: YEntry | YNode, path: string, goType: string): readonly YNode[] {
    const n = 'kind' in e ? e : e.value;
    if (n.kind === 'scalar' && n.value === null) return [];
    if (n.kind !== 'seq') this.fail(n.pos, path, `cannot unmarshal ${tagOf(n)} into ${goType}`);
    return n.items;
  }

  strings(e: YEntry, path: string): string[] {
    return this.list(e, path, '[]string').map((n, i) => {
      if (n.kind !== 'scalar') this.fail(n.pos, `${path}[${i}]`, `cannot unmarshal ${tagOf(n)} into string`);
      return n.value === null ? '' : typeof n.value === 'string' ? n.value : n.source;
    });
  }

  /** stringMap reads a mapping of string to string (labels, external_labels). */
  stringMap(e: YEntry, path: string, goType: string): [string, string, Pos][] {
    const n = e.value;
    if (n.kind === 'scalar' && n.value === null) return [];
    if (n.kind !== 'map') this.fail(n.pos, path, `cannot unmarshal ${tagOf(n)} into ${goType}`);
    return (n as YMap).entries.map((x) => {
      const v = x.value;
      if (v.kind !== 'scalar') this.fail(v.pos, join(path, x.key), `cannot unmarshal ${tagOf(v)} into string`);
      return [x.key, v.value === null ? '' : typeof v.value === 'string' ? v.value : v.source, x.keyPos];
    });
  }
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** tagOf names a node's YAML tag as yaml.v2 does in its errors. */
function tagOf(n: YNode): string {
  if (n.kind === 'map') return '!!map';
  if (n.kind === 'seq') return '!!seq';
  if (n.value === null) return '!!null';
  if (typeof n.value === 'boolean') return '!!bool';
  if (typeof n.value === 'number') return Number.isInteger(n.value) ? '!!int' : '!!float';
  return '!!str';
}

function srcOf(n: YNode): string {
  return n.kind === 'scalar' ? ' `' + n.source + '`' : '';
}
