import { parseYamlTree as parseTree, YamlError, type YNode } from '../util/yaml-tree';
import { ConfigError } from './error';

/**
 * The positioned YAML tree of prometheus.yml is util/yaml-tree's, so that the
 * config readers can name the line and column of every key and value they
 * reject; this file only turns its syntax errors into ConfigError.
 */
export type { Pos, YEntry, YMap, YNode, YScalar, YSeq } from '../util/yaml-tree';
export { toPlain } from '../util/yaml-tree';

/**
 * parseYamlTree parses one YAML document of `file`. Syntax errors (and
 * duplicate keys) become ConfigError with the position the YAML parser
 * reports. An empty document yields an empty map.
 */
export function parseYamlTree(text: string, file: string): YNode {
  try {
    return parseTree(text, 100);
  } catch (e) {
    if (e instanceof YamlError) throw new ConfigError(file, e.line, e.column, '', e.message);
    throw e;
  }
}
