import { goQuote } from '../model/labels';
import type { MetricType } from '../storage/interface';
import type { LineCursor } from './cursor';
import { formatGoFloat, parseGoFloat } from './float';
import { buildLabels, pairValue } from './labelset';
import { exemplarAllowed, OM_SUFFIXES, ownerName, sampleSuffix } from './om-rules';
import type { Exemplar, MetricFamily, MutableSample } from './types';

/**
 * OMFamilies assembles OpenMetrics families and enforces the rules the
 * format sets for them: a family's lines are contiguous and its metadata
 * comes first, once each (save client_golang's reuse of a name, see
 * metadataFamily); sample names carry the suffixes of the family type; UNIT
 * is a suffix of the name; the type-specific labels and values (`le`,
 * `quantile`, info = 1, stateset 0/1) are present and sane.
 */

interface OMFamily {
  readonly name: string;
  type: MetricType;
  typeSet: boolean;
  help: string;
  helpSet: boolean;
  unit: string;
  unitSet: boolean;
  /** The type of the family this block re-declares under the same name (see metadataFamily). */
  readonly restartOf: MetricType | undefined;
  readonly samples: MutableSample[];
}

export class OMFamilies {
  private readonly seen = new Map<string, OMFamily>();
  private readonly order: OMFamily[] = [];
  private current: OMFamily | undefined;

  setHelp(c: LineCursor, name: string, help: string): void {
    const f = this.metadataFamily(c, name);
    if (f.helpSet) c.fail(`second HELP line for metric family ${goQuote(name)}`);
    f.help = help;
    f.helpSet = true;
  }

  setType(c: LineCursor, name: string, type: MetricType): void {
    const f = this.metadataFamily(c, name);
    if (f.typeSet) c.fail(`second TYPE line for metric family ${goQuote(name)}`);
    if (f.restartOf !== undefined && overlaps(f.restartOf, type)) c.fail(reappears(name));
    f.type = type;
    f.typeSet = true;
    checkUnit(c, f);
  }

  setUnit(c: LineCursor, name: string, unit: string): void {
    const f = this.metadataFamily(c, name);
    if (f.unitSet) c.fail(`second UNIT line for metric family ${goQuote(name)}`);
    if (unit !== '' && !name.endsWith('_' + unit)) {
      c.fail(`unit ${goQuote(unit)} is not a suffix of metric family name ${goQuote(name)}`);
    }
    f.unit = unit;
    f.unitSet = true;
    checkUnit(c, f);
  }

  /** addSample files a sample under the current family, or starts an untyped one named after it. */
  addSample(
    c: LineCursor,
    name: string,
    pairs: readonly string[],
    value: number,
    timestampMs: number | undefined,
    exemplar: Exemplar | undefined,
  ): void {
    let f = this.current;
    let suffix = f === undefined ? undefined : sampleSuffix(f.type, f.name, name);
    if (f === undefined || suffix === undefined) {
      if (f !== undefined && name === f.name) {
        const expected = OM_SUFFIXES[f.type].map((s) => goQuote(f!.name + s)).join(', ');
        c.fail(`sample name ${goQuote(name)} is not valid for ${f.type} metric family ${goQuote(f.name)}, expected one of ${expected}`);
      }
      const owner = ownerName(this.seen, name) ?? (this.seen.has(name) ? name : undefined);
      if (owner !== undefined) c.fail(reappears(owner));
      f = this.create(name, undefined);
      suffix = '';
    } else if (f.samples.length === 0 && f.restartOf !== undefined && overlaps(f.restartOf, f.type)) {
      c.fail(reappears(f.name));
    }
    checkSample(c, f, suffix, pairs, value);
    if (exemplar !== undefined && !exemplarAllowed(f.type, suffix)) {
      c.fail('exemplars are only allowed on counter _total and histogram _bucket samples');
    }
    const sample: MutableSample = { labels: buildLabels(name, pairs), value };
    if (timestampMs !== undefined) sample.timestampMs = timestampMs;
    if (exemplar !== undefined) sample.exemplar = exemplar;
    f.samples.push(sample);
  }

  /** result returns every family in input order, including families that declared metadata only. */
  result(): MetricFamily[] {
    return this.order.map((f) => ({ name: f.name, type: f.type, help: f.help, unit: f.unit, samples: f.samples }));
  }

  /** metadataFamily returns the family a HELP/TYPE/UNIT line is about, starting it if new. */
  private metadataFamily(c: LineCursor, name: string): OMFamily {
    const f = this.current;
    if (f === undefined || f.name !== name) {
      if (this.seen.has(name)) c.fail(reappears(name));
      const owner = ownerName(this.seen, name);
      if (owner !== undefined) {
        c.fail(`metric family name ${goQuote(name)} clashes with the samples of metric family ${goQuote(owner)}`);
      }
      return this.create(name, undefined);
    }
    if (f.samples.length === 0) return f;
    // client_golang names a counter `x_total` family `x` in OpenMetrics even
    // when a gauge `x` exists (go_memstats_alloc_bytes), and Prometheus takes
    // it. So a family may be declared again right after itself, as long as the
    // two types own different sample names; the TYPE line or the first sample
    // of the new block decides.
    return this.create(name, f.type);
  }

  private create(name: string, restartOf: MetricType | undefined): OMFamily {
    const f: OMFamily = { name, type: 'unknown', typeSet: false, help: '', helpSet: false, unit: '', unitSet: false, restartOf, samples: [] };
    this.seen.set(name, f);
    this.order.push(f);
    this.current = f;
    return f;
  }
}

/** overlaps reports whether families of the two types would own a common sample name. */
function overlaps(a: MetricType, b: MetricType): boolean {
  return OM_SUFFIXES[a].some((s) => OM_SUFFIXES[b].includes(s));
}

function reappears(name: string): string {
  return `metric family ${goQuote(name)} appears again after other families (a family's lines must be contiguous)`;
}

/** checkUnit: info and stateset families must not declare a unit. */
function checkUnit(c: LineCursor, f: OMFamily): void {
  if (f.unit !== '' && (f.type === 'info' || f.type === 'stateset')) {
    c.fail(`${f.type} metric family ${goQuote(f.name)} must not have a unit`);
  }
}

/** checkSample applies the per-type rules to one sample; `suffix` is its name past the family name. */
function checkSample(c: LineCursor, f: OMFamily, suffix: string, pairs: readonly string[], value: number): void {
  switch (f.type) {
    case 'counter':
      if (suffix === '_total' && value < 0) c.fail(`negative value for counter ${goQuote(f.name)}`);
      return;
    case 'histogram':
    case 'gaugehistogram':
      if (suffix === '_bucket') {
        requireFloatLabel(c, pairs, 'le', 'histogram bucket');
        if (value < 0) c.fail(`negative bucket population for histogram ${goQuote(f.name)}`);
      } else if ((suffix === '_count' || suffix === '_gcount') && value < 0) {
        c.fail(`negative count for histogram ${goQuote(f.name)}`);
      }
      return;
    case 'summary':
      if (suffix === '') requireFloatLabel(c, pairs, 'quantile', 'summary quantile');
      return;
    case 'info':
      if (value !== 1) c.fail(`info metric value must be 1, got ${formatGoFloat(value)}`);
      return;
    case 'stateset':
      if (pairValue(pairs, f.name) === undefined) c.fail(`stateset sample without a ${goQuote(f.name)} label`);
      if (value !== 0 && value !== 1) c.fail(`stateset value must be 0 or 1, got ${formatGoFloat(value)}`);
      return;
    case 'gauge':
    case 'unknown':
      return;
  }
}

function requireFloatLabel(c: LineCursor, pairs: readonly string[], label: string, what: string): void {
  const v = pairValue(pairs, label);
  if (v === undefined) c.fail(`${what} without ${goQuote(label)} label`);
  if (parseGoFloat(v) === undefined) c.fail(`expected float as value for '${label}' label, got ${goQuote(v)}`);
}
