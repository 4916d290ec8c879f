import { compareLabels, getLabel } from '../../model/labels';
import type { Sample, Vector } from '../values';
import { naturalLess } from './natural';
import { floatsOnly, stringArg, vectorArg } from './output';
import type { FunctionArg, VectorFunction } from './types';

/**
 * sort(), sort_desc(), sort_by_label(), sort_by_label_desc(): reorder an
 * instant vector, keeping labels and values. Order only means something in
 * instant queries; the evaluator warns when they are used in range queries
 * (as upstream's engine does), since those results are ordered by labels.
 */

/** byValue sorts floats (histograms are dropped) with NaN always last. */
function byValue(descending: boolean): VectorFunction {
  return {
    kind: 'vector',
    apply(args): Vector {
      return floatsOnly(vectorArg(args, 0)).sort((a, b) => {
        const an = Number.isNaN(a.v);
        const bn = Number.isNaN(b.v);
        if (an || bn) return an === bn ? 0 : an ? 1 : -1;
        return descending ? b.v - a.v || 0 : a.v - b.v || 0;
      });
    },
  };
}

/**
 * byLabels sorts by the given labels in natural order, then by the whole
 * label set so the order is total. Descending reverses both.
 */
function byLabels(descending: boolean): VectorFunction {
  return {
    kind: 'vector',
    apply(args: readonly FunctionArg[]): Vector {
      const names: string[] = [];
      for (let i = 1; i < args.length; i++) names.push(stringArg(args, i));
      const sign = descending ? -1 : 1;
      const compare = (a: Sample, b: Sample): number => {
        for (const name of names) {
          const va = getLabel(a.labels, name);
          const vb = getLabel(b.labels, name);
          if (va === vb) continue;
          return naturalLess(va, vb) ? -sign : sign;
        }
        return sign * compareLabels(a.labels, b.labels);
      };
      return [...vectorArg(args, 0)].sort(compare);
    },
  };
}

export const SORT_FUNCTIONS = {
  sort: byValue(false),
  sort_desc: byValue(true),
  sort_by_label: byLabels(false),
  sort_by_label_desc: byLabels(true),
} as const;
