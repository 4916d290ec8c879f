import { METRIC_NAME, labelsKey, withLabel, withoutLabels } from '../../model/labels';
import { QueryError } from '../errors';
import type { Sample, Vector } from '../values';
import { bucketFraction, bucketQuantile, groupBuckets, type BucketGroup } from './histogram_classic';
import { reportForcedMonotonicity } from './monotonicity_info';
import { formatOpenMetricsFloat } from './numeric';
import { argPos, checkQuantile, metricName, scalarArg, stringArg, vectorArg, withNameDropped } from './output';
import type { FunctionContext, VectorFunction } from './types';

/**
 * histogram_quantile(), histogram_quantiles() and histogram_fraction() over
 * classic histograms, plus the native-histogram-only functions. Native
 * histograms are not evaluated yet: their samples produce no output, and
 * float samples never do for the native-only functions (as upstream).
 */

/** quantileOfGroup computes one quantile and reports a monotonicity repair as an info. */
function quantileOfGroup(q: number, g: BucketGroup, ctx: FunctionContext, vectorArgIndex: number): number {
  const { value, fix } = bucketQuantile(q, g.buckets);
  if (fix.forced) {
    // Without delayed name removal upstream has already lost the name here.
    reportForcedMonotonicity(ctx, ctx.delayedNameRemoval ? metricName(g.labels) : '', argPos(ctx, vectorArgIndex), fix);
  }
  return value;
}

/** histogram_quantile(φ, buckets): one quantile per classic histogram. */
const histogramQuantile: VectorFunction = {
  kind: 'vector',
  apply(args, ctx): Vector {
    const q = scalarArg(args, 0);
    checkQuantile(q, ctx, 0);
    const groups = groupBuckets(vectorArg(args, 1), ctx, argPos(ctx, 1));
    return groups.map((g) => withNameDropped(ctx, g.labels, ctx.tMs, quantileOfGroup(q, g, ctx, 1)));
  },
};

/**
 * histogram_quantiles(buckets, "label", φ1, φ2, ...): several quantiles per
 * histogram, told apart by a label holding φ (`0.5`, `1.0`, ...). Writing
 * over an existing label that distinguished histograms fails the query.
 */
const histogramQuantiles: VectorFunction = {
  kind: 'vector',
  apply(args, ctx): Vector {
    const label = stringArg(args, 1);
    const qs: number[] = [];
    for (let i = 2; i < args.length; i++) {
      const q = scalarArg(args, i);
      checkQuantile(q, ctx, i);
      qs.push(q);
    }
    const groups = groupBuckets(vectorArg(args, 0), ctx, argPos(ctx, 0));
    const out: Sample[] = [];
    const seen = new Set<string>();
    for (const q of qs) {
      for (const g of groups) {
        const s = withNameDropped(ctx, withLabel(g.labels, label, formatOpenMetricsFloat(q)), ctx.tMs, quantileOfGroup(q, g, ctx, 0));
        const key = labelsKey(s.labels);
        if (seen.has(key)) throw new QueryError('execution', 'vector cannot contain metrics with the same labelset');
        seen.add(key);
        out.push(s);
      }
    }
    return out;
  },
};

/** histogram_fraction(lower, upper, buckets): estimated share of observations in [lower, upper]. */
const histogramFraction: VectorFunction = {
  kind: 'vector',
  apply(args, ctx): Vector {
    const lower = scalarArg(args, 0);
    const upper = scalarArg(args, 1);
    const groups = groupBuckets(vectorArg(args, 2), ctx, argPos(ctx, 2));
    return groups.map((g) => withNameDropped(ctx, g.labels, ctx.tMs, bucketFraction(lower, upper, g.buckets)));
  },
};

/**
 * nativeOnly builds a function defined only for native histograms: float
 * samples are skipped. `read` returns undefined where native histogram
 * arithmetic would be needed, which is not implemented yet.
 */
function nativeOnly(read: (h: NonNullable<Sample['h']>) => number | undefined): VectorFunction {
  return {
    kind: 'vector',
    apply(args, ctx): Vector {
      const out: Sample[] = [];
      for (const s of vectorArg(args, 0)) {
        if (s.h === undefined) continue;
        const v = read(s.h);
        if (v === undefined) continue;
        // Upstream removes only __name__ here (keeping __type__/__unit__) when names are dropped at once.
        if (ctx.delayedNameRemoval) out.push({ labels: s.labels, t: ctx.tMs, v, dropName: true });
        else out.push({ labels: withoutLabels(s.labels, [METRIC_NAME]), t: ctx.tMs, v });
      }
      return out;
    },
  };
}

export const HISTOGRAM_FUNCTIONS = {
  histogram_quantile: histogramQuantile,
  histogram_quantiles: histogramQuantiles,
  histogram_fraction: histogramFraction,
  histogram_count: nativeOnly((h) => h.count),
  histogram_sum: nativeOnly((h) => h.sum),
  histogram_avg: nativeOnly((h) => h.sum / h.count),
  histogram_stddev: nativeOnly(() => undefined),
  histogram_stdvar: nativeOnly(() => undefined),
} as const;
