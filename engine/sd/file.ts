import { parse as parseYaml } from 'yaml';
import { goQuote, labelsFromPairs, type Labels } from '../model/labels';
import type { FileSDConfig } from '../config';
import { ADDRESS_LABEL, type DiscoveryError, type TargetGroup, type VirtualFS } from './types';

const FILEPATH_LABEL = '__meta_filepath';

/**
 * FileDiscovery is `file_sd_configs` over a virtual file system. `refresh`
 * re-reads every matching file (Prometheus watches the files and also
 * re-reads them every refresh_interval; the caller decides when). A file
 * that fails to parse keeps its last good groups and reports an error; a
 * file that disappears takes its groups with it.
 */
export class FileDiscovery {
  private readonly patterns: readonly string[];
  /** Last good groups and the text they came from, by path. */
  private readonly byPath = new Map<string, { text: string; groups: TargetGroup[] }>();
  private errorsByPath = new Map<string, string>();

  constructor(configs: readonly FileSDConfig[], private readonly fs: VirtualFS) {
    this.patterns = configs.flatMap((c) => c.files);
  }

  /** refresh re-reads the files; returns true when the groups changed. */
  refresh(): boolean {
    let changed = false;
    const seen = new Set<string>();
    for (const path of this.matchingPaths()) {
      seen.add(path);
      const text = this.fs.get(path) ?? '';
      const last = this.byPath.get(path);
      if (last !== undefined && last.text === text) continue;
      try {
        this.byPath.set(path, { text, groups: parseTargetFile(path, text) });
        this.errorsByPath.delete(path);
        changed = true;
      } catch (e) {
        this.errorsByPath.set(path, (e as Error).message);
      }
    }
    for (const path of [...this.byPath.keys()]) {
      if (!seen.has(path)) {
        this.byPath.delete(path);
        changed = true;
      }
    }
    for (const path of [...this.errorsByPath.keys()]) if (!seen.has(path)) this.errorsByPath.delete(path);
    return changed;
  }

  /** groups are the current target groups, by file path then position in the file. */
  groups(): TargetGroup[] {
    return [...this.byPath.keys()].sort().flatMap((p) => this.byPath.get(p)!.groups);
  }

  /** errors lists the files whose latest version could not be read. */
  errors(): DiscoveryError[] {
    return [...this.errorsByPath].map(([source, message]) => ({ source, message }));
  }

  private matchingPaths(): string[] {
    const out = new Set<string>();
    for (const pattern of this.patterns) {
      if (!pattern.includes('*')) {
        if (this.fs.has(pattern)) out.add(pattern);
        continue;
      }
      const re = globToRegExp(pattern);
      for (const path of this.fs.keys()) if (re.test(path)) out.add(path);
    }
    return [...out].sort();
  }
}

/**
 * parseTargetFile reads a file SD file: JSON for `.json`, YAML otherwise, a
 * list of `{targets: [...], labels: {...}}`. Sources are `path:index`.
 */
export function parseTargetFile(path: string, text: string): TargetGroup[] {
  let raw: unknown;
  if (/\.json$/i.test(path)) {
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new Error(`error reading file ${goQuote(path)}: ${(e as Error).message}`);
    }
  } else {
    try {
      raw = parseYaml(text, { version: '1.1' }) ?? [];
    } catch (e) {
      throw new Error(`error reading file ${goQuote(path)}: yaml: ${firstLine((e as Error).message)}`);
    }
  }
  if (!Array.isArray(raw)) throw new Error(`error reading file ${goQuote(path)}: expected a list of target groups`);
  return raw.map((g, i) => {
    if (g === null || typeof g !== 'object' || Array.isArray(g)) throw new Error(`error reading file ${goQuote(path)}: group ${i} is not a mapping`);
    const obj = g as Record<string, unknown>;
    for (const k of Object.keys(obj)) {
      if (k !== 'targets' && k !== 'labels') throw new Error(`error reading file ${goQuote(path)}: field ${k} not found in type struct`);
    }
    const targets = obj['targets'] ?? [];
    if (!Array.isArray(targets) || targets.some((t) => typeof t !== 'string')) {
      throw new Error(`error reading file ${goQuote(path)}: targets must be a list of strings`);
    }
    for (const t of targets as string[]) {
      if (t.includes('/')) throw new Error(`error reading file ${goQuote(path)}: ${goQuote(t)} is not a valid hostname`);
    }
    const labelsRaw = obj['labels'] ?? {};
    if (labelsRaw === null || typeof labelsRaw !== 'object' || Array.isArray(labelsRaw)) {
      throw new Error(`error reading file ${goQuote(path)}: labels must be a mapping`);
    }
    const pairs: [string, string][] = Object.entries(labelsRaw as Record<string, unknown>).map(([k, v]) => [k, v === null ? '' : String(v)]);
    pairs.push([FILEPATH_LABEL, path]);
    return {
      source: `${path}:${i}`,
      targets: (targets as string[]).map((addr): Labels => labelsFromPairs([[ADDRESS_LABEL, addr]])),
      labels: labelsFromPairs(pairs),
    };
  });
}

/** globToRegExp supports `*` (any run of characters except `/`) and `?`, as filepath.Match does. */
function globToRegExp(glob: string): RegExp {
  let re = '^';
  for (const ch of glob) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}
