import { parseRelabelConfig, RelabelConfigError, type RelabelConfig } from '../relabel';
import type { Reader } from './read';
import { toPlain, type YEntry, type YNode } from './yaml-tree';

/**
 * readRelabelConfigs reads a list of relabel rules (`relabel_configs`,
 * `metric_relabel_configs`, ...) through engine/relabel's validation and
 * turns its errors into ConfigErrors at the rule's (or the field's) line.
 */
export function readRelabelConfigs(r: Reader, e: YEntry, path: string): RelabelConfig[] {
  const items = r.list(e, path, '[]*relabel.Config');
  return items.map((item, i) => {
    const itemPath = `${path}[${i}]`;
    try {
      return parseRelabelConfig(toPlain(item), itemPath);
    } catch (err) {
      if (!(err instanceof RelabelConfigError)) throw err;
      return r.fail(positionOf(item, err.path.slice(itemPath.length)), err.path, err.reason);
    }
  });
}

/** positionOf finds the field named by a relabel error's path suffix (`.action`), else the rule itself. */
function positionOf(item: YNode, suffix: string) {
  const m = /^\.([a-z_]+)/.exec(suffix);
  if (m !== null && item.kind === 'map') {
    const e = item.entries.find((x) => x.key === m[1]);
    if (e !== undefined) return e.value.pos;
  }
  return item.pos;
}
