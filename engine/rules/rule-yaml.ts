import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

/**
 * The first stage of loading a rule file: YAML to raw groups and rules
 * that remember where each value was written. It reports what Go's
 * yaml.v3 decoder (with KnownFields) would reject: syntax errors, unknown
 * fields and values of the wrong kind.
 */

/** Pos is a 1-based line and column; 0:0 stands for "not written", as yaml.v3's zero Node prints. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export const NO_POS: Pos = { line: 0, column: 0 };

/** RawValue is a scalar written in the file, as its string value. */
export interface RawValue {
  readonly value: string;
  readonly pos: Pos;
}

export interface RawRule {
  readonly pos: Pos;
  readonly record?: RawValue;
  readonly alert?: RawValue;
  readonly expr?: RawValue;
  readonly for?: RawValue;
  readonly keepFiringFor?: RawValue;
  readonly labels: readonly (readonly [RawValue, RawValue])[];
  readonly annotations: readonly (readonly [RawValue, RawValue])[];
}

export interface RawGroup {
  readonly pos: Pos;
  readonly name?: RawValue;
  readonly interval?: RawValue;
  readonly queryOffset?: RawValue;
  readonly limit?: RawValue;
  readonly labels: readonly (readonly [RawValue, RawValue])[];
  readonly rules: readonly RawRule[];
}

/** DecodeError is one decoder complaint with its line. */
export interface DecodeError {
  readonly line: number;
  readonly message: string;
}

export interface DecodedFile {
  readonly groups: readonly RawGroup[];
  /** Syntax errors: loading stops at them. */
  readonly syntax?: DecodeError;
  /** yaml.v3 "unmarshal errors", each printed as `line N: ...`. */
  readonly unmarshal: readonly DecodeError[];
}

const GROUP_FIELDS = new Set(['name', 'interval', 'query_offset', 'limit', 'rules', 'labels']);
const RULE_FIELDS = new Set(['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);

/** decodeRuleFile parses a rule file's YAML into raw groups with positions. */
export function decodeRuleFile(text: string): DecodedFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  const pos = (n: Node | null | undefined): Pos => {
    const off = n?.range?.[0];
    if (off === undefined) return NO_POS;
    const p = lc.linePos(off);
    return { line: p.line, column: p.col };
  };
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = lc.linePos(first.pos[0]).line;
    return { groups: [], unmarshal: [], syntax: { line, message: `yaml: line ${line}: ${first.message.split('\n')[0]}` } };
  }
  const unmarshal: DecodeError[] = [];
  const kindError = (n: Node, want: string): void => {
    unmarshal.push({ line: pos(n).line, message: `cannot unmarshal ${tagOf(n)} into ${want}` });
  };
  const scalar = (n: unknown, want: string): RawValue | undefined => {
    if (n === null || n === undefined) return undefined;
    if (!isScalar(n)) {
      kindError(n as Node, want);
      return undefined;
    }
    if (n.value === null) return undefined;
    // Numbers and booleans keep their spelling (`expr: 1e3` stays "1e3"), as yaml.v3 decodes them into strings.
    return { value: typeof n.value === 'string' ? n.value : (n.source ?? String(n.value)), pos: pos(n) };
  };
  const stringMap = (n: unknown): (readonly [RawValue, RawValue])[] => {
    if (n === null || n === undefined || (isScalar(n) && n.value === null)) return [];
    if (!isMap(n)) {
      kindError(n as Node, 'map[string]string');
      return [];
    }
    const out: [RawValue, RawValue][] = [];
    for (const p of n.items as Pair<unknown, unknown>[]) {
      const k = scalar(p.key, 'string');
      const v = scalar(p.value, 'string') ?? { value: '', pos: pos(p.value as Node) };
      if (k !== undefined) out.push([k, v]);
    }
    return out;
  };
  const fields = (n: Node, known: ReadonlySet<string>, typeName: string): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    if (!isMap(n)) return out;
    for (const p of n.items as Pair<unknown, unknown>[]) {
      const key = isScalar(p.key) ? String(p.key.value) : '';
      if (!known.has(key)) {
        unmarshal.push({ line: pos(p.key as Node).line, message: `field ${key} not found in type ${typeName}` });
        continue;
      }
      if (out.has(key)) unmarshal.push({ line: pos(p.key as Node).line, message: `mapping key ${JSON.stringify(key)} already defined` });
      out.set(key, p.value);
    }
    return out;
  };

  const groups: RawGroup[] = [];
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { groups, unmarshal };
  if (!isMap(root)) {
    kindError(root as Node, 'rulefmt.RuleGroups');
    return { groups, unmarshal };
  }
  const top = fields(root as Node, new Set(['groups']), 'rulefmt.RuleGroups');
  const gs = top.get('groups');
  if (gs !== undefined && gs !== null && !(isScalar(gs) && gs.value === null)) {
    if (!isSeq(gs)) kindError(gs as Node, '[]rulefmt.RuleGroup');
    else {
      for (const g of gs.items as Node[]) {
        if (!isMap(g)) {
          kindError(g, 'rulefmt.RuleGroup');
          continue;
        }
        const f = fields(g, GROUP_FIELDS, 'rulefmt.RuleGroup');
        const rules: RawRule[] = [];
        const rs = f.get('rules');
        if (rs !== undefined && rs !== null && !(isScalar(rs) && rs.value === null)) {
          if (!isSeq(rs)) kindError(rs as Node, '[]rulefmt.Rule');
          else {
            for (const r of rs.items as Node[]) {
              if (!isMap(r)) {
                kindError(r, 'rulefmt.Rule');
                continue;
              }
              const rf = fields(r, RULE_FIELDS, 'rulefmt.Rule');
              rules.push({
                pos: pos(r),
                record: scalar(rf.get('record'), 'string'),
                alert: scalar(rf.get('alert'), 'string'),
                expr: scalar(rf.get('expr'), 'string'),
                for: scalar(rf.get('for'), 'model.Duration'),
                keepFiringFor: scalar(rf.get('keep_firing_for'), 'model.Duration'),
                labels: stringMap(rf.get('labels')),
                annotations: stringMap(rf.get('annotations')),
              });
            }
          }
        }
        groups.push({
          pos: pos(g),
          name: scalar(f.get('name'), 'string'),
          interval: scalar(f.get('interval'), 'model.Duration'),
          queryOffset: scalar(f.get('query_offset'), 'model.Duration'),
          limit: scalar(f.get('limit'), 'int'),
          labels: stringMap(f.get('labels')),
          rules,
        });
      }
    }
  }
  return { groups, unmarshal };
}

function tagOf(n: Node): string {
  if (isMap(n)) return '!!map';
  if (isSeq(n)) return '!!seq';
  if (isScalar(n)) {
    const v = n.value;
    if (typeof v === 'number') return Number.isInteger(v) ? `!!int \`${n.source ?? v}\`` : `!!float \`${n.source ?? v}\``;
    if (typeof v === 'boolean') return `!!bool \`${n.source ?? v}\``;
    return `!!str \`${String(v)}\``;
  }
  return '!!unknown';
}
