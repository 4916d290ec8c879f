import type { MetricType } from '../storage/interface';

/**
 * The OpenMetrics 1.0 naming rules: which sample names each family type
 * owns, as suffixes of the family name ('' is the bare name).
 */
export const OM_SUFFIXES: Readonly<Record<MetricType, readonly string[]>> = {
  counter: ['_total', '_created'],
  gauge: [''],
  histogram: ['_bucket', '_count', '_sum', '_created'],
  gaugehistogram: ['_bucket', '_gcount', '_gsum'],
  summary: ['', '_count', '_sum', '_created'],
  info: ['_info'],
  stateset: [''],
  unknown: [''],
};

/** Every non-empty suffix some type owns, for finding the family a name belongs to. */
const ALL_SUFFIXES: readonly string[] = [
  ...new Set(Object.values(OM_SUFFIXES).flat().filter((s) => s !== '')),
];

/** OM_TYPES maps the TYPE keywords of OpenMetrics 1.0 to our types. */
export const OM_TYPES: ReadonlyMap<string, MetricType> = new Map(
  (Object.keys(OM_SUFFIXES) as MetricType[]).map((t) => [t, t]),
);

/**
 * sampleSuffix returns the suffix by which a family of `type` named
 * `family` owns the sample name, or undefined when it does not own it.
 */
export function sampleSuffix(type: MetricType, family: string, sample: string): string | undefined {
  if (sample === family) return OM_SUFFIXES[type].includes('') ? '' : undefined;
  if (sample.length <= family.length || !sample.startsWith(family)) return undefined;
  const suffix = sample.slice(family.length);
  return OM_SUFFIXES[type].includes(suffix) ? suffix : undefined;
}

/**
 * ownerName returns the name of a family in `families` that owns the sample
 * name `name` under its type, or undefined. Used to reject families that
 * reappear after another family or whose names clash with earlier samples.
 */
export function ownerName(families: ReadonlyMap<string, { readonly type: MetricType }>, name: string): string | undefined {
  const exact = families.get(name);
  if (exact !== undefined && OM_SUFFIXES[exact.type].includes('')) return name;
  for (const suffix of ALL_SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const base = name.slice(0, name.length - suffix.length);
    const f = families.get(base);
    if (f !== undefined && OM_SUFFIXES[f.type].includes(suffix)) return base;
  }
  return undefined;
}

/** exemplarAllowed: OpenMetrics allows exemplars on counter totals and histogram buckets only. */
export function exemplarAllowed(type: MetricType, suffix: string): boolean {
  return (type === 'counter' && suffix === '_total') || ((type === 'histogram' || type === 'gaugehistogram') && suffix === '_bucket');
}

/** Exemplar label sets may hold at most this many characters (names and values together). */
export const EXEMPLAR_MAX_LABEL_CHARS = 128;
