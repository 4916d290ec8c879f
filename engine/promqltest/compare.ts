/**
 * compareResult checks a query result against an eval's expectations
 * (FORMAT.md §7): type, series identity, order, points and values. It
 * returns a description of the first difference, worded like upstream's
 * messages, or undefined when everything matches.
 */
import { compareLabels, formatLabels, labelsKey } from '../model/labels';
import type { Matrix, Sample, Series, Value, Vector } from '../promql/values';
import { formatGoFloat } from '../util/go-float';
import { almostEqual } from './almost';
import { histogramsMatch } from './histogram-math';
import { formatHistogram } from './histogram-notation';
import type { EvalCommand, ExpectedSeries } from './script';
import type { SeqValue } from './series';

/** RangeFrame gives the timestamps expected values refer to: start, start+step, ... <= end (ms). */
export interface RangeFrame {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
}

export function compareResult(cmd: EvalCommand, value: Value, frame: RangeFrame): string | undefined {
  switch (value.type) {
    case 'scalar':
      if (cmd.scalar === undefined) return `expected ${expectedKind(cmd)} result, but got scalar ${formatGoFloat(value.v)}`;
      return almostEqual(cmd.scalar, value.v) ? undefined : `expected scalar ${formatGoFloat(cmd.scalar)} but got ${formatGoFloat(value.v)}`;
    case 'string':
      if (cmd.expectString === undefined) return `expected ${expectedKind(cmd)} result, but got string ${JSON.stringify(value.v)}`;
      return cmd.expectString === value.v ? undefined : `expected string ${JSON.stringify(cmd.expectString)} but got ${JSON.stringify(value.v)}`;
    case 'vector':
      if (cmd.scalar !== undefined || cmd.expectString !== undefined) {
        return `expected ${expectedKind(cmd)} result, but got vector ${formatVector(value.samples)}`;
      }
      return compareVector(cmd, value.samples);
    case 'matrix':
      if (cmd.scalar !== undefined || cmd.expectString !== undefined) {
        return `expected ${expectedKind(cmd)} result, but got matrix ${formatMatrix(value.series)}`;
      }
      if (cmd.ordered) return 'expected ordered result, but query returned a matrix';
      return compareMatrix(cmd, value.series, frame);
  }
}

function expectedKind(cmd: EvalCommand): string {
  if (cmd.scalar !== undefined) return 'scalar';
  if (cmd.expectString !== undefined) return 'string';
  return 'vector or matrix';
}

/** compareVector matches samples to expected lines by label set (and position when ordered). */
export function compareVector(cmd: EvalCommand, samples: Vector): string | undefined {
  const expected = indexExpected(cmd.series);
  const seen = new Set<string>();
  for (let pos = 0; pos < samples.length; pos++) {
    const s = samples[pos]!;
    const key = labelsKey(s.labels);
    const exp = expected.get(key);
    if (exp === undefined) return `unexpected metric ${formatLabels(s.labels)} in result, has value ${formatSample(s)}`;
    if (cmd.ordered && exp.pos !== pos + 1) {
      return `expected metric ${formatLabels(s.labels)} with ${formatValues(exp.series.values)} at position ${exp.pos} but was at ${pos + 1}`;
    }
    const want = exp.series.values[0];
    const diff = want === undefined ? 'no expected value' : compareOne(want, s.v, s.h);
    if (diff !== undefined) return `${diff} for ${formatLabels(s.labels)}`;
    seen.add(key);
  }
  for (const [key, exp] of expected) {
    if (!seen.has(key)) return `expected metric ${formatLabels(exp.series.labels)} with ${formatValues(exp.series.values)} not found`;
  }
  return undefined;
}

/** compareOne compares one expected value with a returned float or histogram. */
function compareOne(want: SeqValue, v: number, h: Sample['h']): string | undefined {
  if (want.kind === 'histogram') {
    if (h === undefined) return `expected histogram ${formatHistogram(want.h)} but got float value ${formatGoFloat(v)}`;
    return histogramsMatch(want.h, h, want.hintGiven) ? undefined : `expected ${formatHistogram(want.h)} but got ${formatHistogram(h)}`;
  }
  if (want.kind !== 'float') return `cannot compare with ${want.kind} value`;
  if (h !== undefined) return `expected float value ${formatGoFloat(want.v)} but got histogram ${formatHistogram(h)}`;
  return almostEqual(want.v, v) ? undefined : `expected ${formatGoFloat(want.v)} but got ${formatGoFloat(v)}`;
}

/** assertMatrixSorted checks that series arrive ordered by label set, as every matrix must. */
export function assertMatrixSorted(series: Matrix): string | undefined {
  for (let i = 1; i < series.length; i++) {
    const a = series[i - 1]!.labels;
    const b = series[i]!.labels;
    if (compareLabels(a, b) > 0) {
      return `matrix results should always be sorted by labels, but matrix is not sorted: series at index ${i} with labels ${formatLabels(b)} sorts before series at index ${i - 1} with labels ${formatLabels(a)}`;
    }
  }
  return undefined;
}

function compareMatrix(cmd: EvalCommand, series: Matrix, frame: RangeFrame): string | undefined {
  const unsorted = assertMatrixSorted(series);
  if (unsorted !== undefined) return unsorted;
  const expected = indexExpected(cmd.series);
  const seen = new Set<string>();
  for (const s of series) {
    const key = labelsKey(s.labels);
    const exp = expected.get(key);
    if (exp === undefined) return `unexpected metric ${formatLabels(s.labels)} in result, has ${formatSeries(s)}`;
    seen.add(key);
    const name = formatLabels(exp.series.labels);
    const floats: { t: number; v: number }[] = [];
    const hists: { t: number; want: Extract<SeqValue, { kind: 'histogram' }> }[] = [];
    for (let i = 0; i < exp.series.values.length; i++) {
      const t = frame.startMs + i * frame.stepMs;
      if (t > frame.endMs || (frame.stepMs === 0 && i > 0)) {
        return `expected ${exp.series.values.length} points for ${name}, but query time range cannot return this many points`;
      }
      const want = exp.series.values[i]!;
      if (want.kind === 'float') floats.push({ t, v: want.v });
      else if (want.kind === 'histogram') hists.push({ t, want });
    }
    const gotHists = s.histograms ?? [];
    if (floats.length !== s.floats.length || hists.length !== gotHists.length) {
      return `expected ${floats.length} float points and ${hists.length} histogram points for ${name}, but got ${formatSeries(s)}`;
    }
    for (let i = 0; i < floats.length; i++) {
      const want = floats[i]!;
      const got = s.floats[i]!;
      if (want.t !== got.t) {
        return `expected float value at index ${i} for ${name} to have timestamp ${want.t}, but it had timestamp ${got.t} (result has ${formatSeries(s)})`;
      }
      if (!almostEqual(want.v, got.v)) {
        return `expected float value at index ${i} (t=${got.t}) for ${name} to be ${formatGoFloat(want.v)}, but got ${formatGoFloat(got.v)} (result has ${formatSeries(s)})`;
      }
    }
    for (let i = 0; i < hists.length; i++) {
      const want = hists[i]!;
      const got = gotHists[i]!;
      if (want.t !== got.t) {
        return `expected histogram value at index ${i} for ${name} to have timestamp ${want.t}, but it had timestamp ${got.t} (result has ${formatSeries(s)})`;
      }
      if (!histogramsMatch(want.want.h, got.h, want.want.hintGiven)) {
        return `expected histogram value at index ${i} (t=${got.t}) for ${name} to be ${formatHistogram(want.want.h)}, but got ${formatHistogram(got.h)}`;
      }
    }
  }
  for (const [key, exp] of expected) {
    if (!seen.has(key)) return `expected metric ${formatLabels(exp.series.labels)} not found`;
  }
  return undefined;
}

/** indexExpected keys expected lines by label set; pos is the 1-based line position (for ordered checks). */
function indexExpected(series: readonly ExpectedSeries[]): Map<string, { pos: number; series: ExpectedSeries }> {
  const out = new Map<string, { pos: number; series: ExpectedSeries }>();
  series.forEach((s, i) => out.set(labelsKey(s.labels), { pos: i + 1, series: s }));
  return out;
}

function formatSample(s: Sample): string {
  return s.h !== undefined ? formatHistogram(s.h) : formatGoFloat(s.v);
}

function formatValues(values: readonly SeqValue[]): string {
  const parts = values.map((v) => (v.kind === 'float' ? formatGoFloat(v.v) : v.kind === 'histogram' ? formatHistogram(v.h) : v.kind === 'omitted' ? '_' : 'stale'));
  return `[${parts.join(' ')}]`;
}

/** formatSeries lists a returned series' points: `2 float points [1 @[0] 2 @[60000]] and 0 histogram points []`. */
export function formatSeries(s: Series): string {
  const f = s.floats.map((p) => `${formatGoFloat(p.v)} @[${p.t}]`);
  const h = (s.histograms ?? []).map((p) => `${formatHistogram(p.h)} @[${p.t}]`);
  return `${f.length} float point${f.length === 1 ? '' : 's'} [${f.join(' ')}] and ${h.length} histogram point${h.length === 1 ? '' : 's'} [${h.join(' ')}]`;
}

function formatVector(v: Vector): string {
  return `[${v.map((s) => `${formatLabels(s.labels)} => ${formatSample(s)}`).join(', ')}]`;
}

function formatMatrix(m: Matrix): string {
  return `[${m.map((s) => `${formatLabels(s.labels)} => ${formatSeries(s)}`).join(', ')}]`;
}
