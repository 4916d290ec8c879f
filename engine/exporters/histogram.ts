import { goFloat, omFloat } from './format';
import { makeLine, sortKey, type Family, type LabelPairs, type Line } from './registry';

/** client_golang's prometheus.DefBuckets, in seconds. */
export const DEFAULT_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Histogram is one classic histogram child: cumulative `_bucket` lines
 * (`+Inf` last), `_sum` and `_count`. Instead of single observations it
 * takes a batch of `n` observations drawn from a log-normal latency
 * distribution, split into buckets by the distribution's CDF; bucket counts
 * stay integers and cumulative, as a real histogram's do.
 */
export class Histogram {
  private readonly buckets: Line[];
  private readonly sum: Line;
  private readonly count: Line;
  /** Fractional observations carried so counts stay integers without drifting. */
  private carry = 0;
  /** The bounds' logarithms, taken once: every batch splits on them. */
  private readonly logBounds: Float64Array;

  constructor(
    family: Family,
    labels: LabelPairs,
    private readonly bounds: readonly number[] = DEFAULT_BUCKETS,
  ) {
    const name = family.name;
    this.logBounds = Float64Array.from(bounds, (b) => Math.log(b));
    this.buckets = bounds.map((b) => makeLine(`${name}_bucket`, labels, { name: 'le', text: goFloat(b), om: omFloat(b) }));
    this.buckets.push(makeLine(`${name}_bucket`, labels, { name: 'le', text: '+Inf', om: '+Inf' }));
    this.sum = makeLine(`${name}_sum`, labels);
    this.count = makeLine(`${name}_count`, labels);
    family.addMetric({ sortKey: sortKey(labels), lines: [...this.buckets, this.sum, this.count] });
  }

  /**
   * observeBatch records `n` (possibly fractional: the remainder carries to
   * the next batch) observations from a log-normal distribution with median
   * `median` seconds and log-space deviation `sigma`.
   */
  observeBatch(n: number, median: number, sigma: number): void {
    const total = n + this.carry;
    const whole = Math.floor(total);
    this.carry = total - whole;
    if (whole <= 0) return;
    const mu = Math.log(median);
    const logBounds = this.logBounds;
    for (let i = 0; i < logBounds.length; i++) {
      const z = (logBounds[i]! - mu) / sigma;
      this.buckets[i]!.value += Math.round(whole * normalCdf(z));
    }
    this.buckets[this.bounds.length]!.value += whole;
    // The log-normal mean is median·e^(σ²/2).
    this.sum.value += whole * median * Math.exp((sigma * sigma) / 2);
    this.count.value += whole;
  }

  get observations(): number {
    return this.count.value;
  }
}

/** normalCdf is Φ(z), via Abramowitz–Stegun 7.1.26 (error < 1.5e-7, ample for bucket splits). */
export function normalCdf(z: number): number {
  if (z < -8) return 0;
  if (z > 8) return 1;
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Summary is a client_golang summary child with fixed quantile values the owner sets. */
export class Summary {
  readonly quantiles: readonly Line[];
  readonly sum: Line;
  readonly count: Line;

  constructor(family: Family, labels: LabelPairs, objectives: readonly number[]) {
    const name = family.name;
    this.quantiles = objectives.map((q) => makeLine(name, labels, { name: 'quantile', text: goFloat(q), om: omFloat(q) }));
    this.sum = makeLine(`${name}_sum`, labels);
    this.count = makeLine(`${name}_count`, labels);
    family.addMetric({ sortKey: sortKey(labels), lines: [...this.quantiles, this.sum, this.count] });
  }
}
