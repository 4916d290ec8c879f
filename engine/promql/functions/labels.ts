import { compileRegex } from '../../model/matchers';
import { METRIC_NAME, getLabel, labelsKey, withLabel } from '../../model/labels';
import { QueryError } from '../errors';
import type { Sample, Vector } from '../values';
import { stringArg, vectorArg } from './output';
import type { FunctionArg, VectorFunction } from './types';
import { expandTemplate } from '../../util/regexp-expand';

/**
 * label_replace() and label_join(): rewrite one label of every series and
 * keep everything else, including the metric name (unless the name itself
 * is the label written, which then also cancels a pending name drop).
 */

/** Prometheus 3 accepts any non-empty valid UTF-8 label name. */
function isValidLabelName(name: string): boolean {
  // The parser keeps bytes that are not valid UTF-8 (from `\xff` escapes)
  // as lone surrogates, so a lone surrogate marks an invalid name.
  return name.length > 0 && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name);
}

function sameLabelsetError(): QueryError {
  return new QueryError('execution', 'vector cannot contain metrics with the same labelset');
}

/** rejectDuplicates fails the query when two outputs carry the same label set. */
function rejectDuplicates(out: Vector): Vector {
  const seen = new Set<string>();
  for (const s of out) {
    const key = labelsKey(s.labels);
    if (seen.has(key)) throw sameLabelsetError();
    seen.add(key);
  }
  return out;
}

function relabelled(s: Sample, dst: string, value: string): Sample {
  const labels = withLabel(s.labels, dst, value);
  const dropName = dst === METRIC_NAME ? false : s.dropName;
  return { ...s, labels, dropName };
}

const labelReplace: VectorFunction = {
  kind: 'vector',
  apply(args: readonly FunctionArg[]): Vector {
    const dst = stringArg(args, 1);
    const replacement = stringArg(args, 2);
    const src = stringArg(args, 3);
    const pattern = stringArg(args, 4);
    let re: RegExp;
    try {
      re = compileRegex(pattern);
    } catch {
      throw new QueryError('execution', `invalid regular expression in label_replace(): ${pattern}`);
    }
    if (!isValidLabelName(dst)) throw new QueryError('execution', `invalid destination label name in label_replace(): ${dst}`);

    const out = vectorArg(args, 0).map((s) => {
      const m = re.exec(getLabel(s.labels, src));
      // Only a matching source value rewrites the destination.
      return m === null ? s : relabelled(s, dst, expandTemplate(replacement, m));
    });
    return rejectDuplicates(out);
  },
};

const labelJoin: VectorFunction = {
  kind: 'vector',
  apply(args: readonly FunctionArg[]): Vector {
    const dst = stringArg(args, 1);
    const separator = stringArg(args, 2);
    const sources: string[] = [];
    for (let i = 3; i < args.length; i++) {
      const src = stringArg(args, i);
      if (!isValidLabelName(src)) throw new QueryError('execution', `invalid source label name in label_join(): ${src}`);
      sources.push(src);
    }
    if (!isValidLabelName(dst)) throw new QueryError('execution', `invalid destination label name in label_join(): ${dst}`);

    const out = vectorArg(args, 0).map((s) =>
      relabelled(s, dst, sources.map((src) => getLabel(s.labels, src)).join(separator)),
    );
    return rejectDuplicates(out);
  },
};

export const LABEL_FUNCTIONS = { label_replace: labelReplace, label_join: labelJoin } as const;
