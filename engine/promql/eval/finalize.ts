import { compareLabels, dropMetricName } from '../../model/labels';
import type { FloatPoint } from '../../model/samples';
import { QueryError } from '../errors';
import type { Matrix, Sample, Series, Value } from '../values';
import { ERR_SAME_LABELSET } from './builder';
import { stepTime, type Grid } from './grid';
import { keyOf } from './label-key';
import type { EvalValue } from './value';

/**
 * instantResult turns the evaluation of an instant query into its public
 * value; vectors keep the order the evaluation produced.
 */
export function instantResult(v: EvalValue, tMs: number, delayedNameRemoval: boolean): Value {
  switch (v.kind) {
    case 'scalar':
      return { type: 'scalar', t: tMs, v: v.vals[0] ?? NaN };
    case 'string':
      return { type: 'string', t: tMs, v: v.v };
    case 'vector': {
      const samples: Sample[] = [];
      for (const s of v.series) {
        if (s.has[0] !== 1) continue;
        const labels = delayedNameRemoval && s.dropName ? dropMetricName(s.labels) : s.labels;
        samples.push({ labels, t: tMs, v: s.vals[0]! });
      }
      if (delayedNameRemoval) checkUnique(samples);
      return { type: 'vector', samples };
    }
    case 'matrix': {
      const series = delayedNameRemoval ? mergeSeries(v.series.map(cleanSeries)) : v.series;
      return { type: 'matrix', series: sortMatrix(series) };
    }
  }
}

/** rangeResult turns the evaluation of a range query into a matrix sorted by labels. */
export function rangeResult(v: EvalValue, g: Grid, delayedNameRemoval: boolean): Value {
  let series: Series[] = [];
  if (v.kind === 'scalar') {
    const floats: FloatPoint[] = [];
    for (let i = 0; i < g.n; i++) floats.push({ t: stepTime(g, i), v: v.vals[i]! });
    series.push({ labels: [], floats });
  } else if (v.kind === 'vector') {
    for (const s of v.series) {
      const floats: FloatPoint[] = [];
      for (let i = 0; i < g.n; i++) if (s.has[i] === 1) floats.push({ t: stepTime(g, i), v: s.vals[i]! });
      if (floats.length === 0) continue;
      series.push(s.dropName ? { labels: s.labels, floats, dropName: true } : { labels: s.labels, floats });
    }
  } else if (v.kind === 'matrix') {
    series = v.series;
  }
  if (delayedNameRemoval) series = mergeSeries(series.map(cleanSeries));
  else series = series.map((s) => ({ labels: s.labels, floats: s.floats }));
  return { type: 'matrix', series: sortMatrix(series) };
}

function cleanSeries(s: Series): Series {
  return { labels: s.dropName === true ? dropMetricName(s.labels) : s.labels, floats: s.floats };
}

function checkUnique(samples: readonly Sample[]): void {
  const seen = new Set<string>();
  for (const s of samples) {
    const k = keyOf(s.labels);
    if (seen.has(k)) throw new QueryError('execution', ERR_SAME_LABELSET);
    seen.add(k);
  }
}

/**
 * mergeSeries joins series whose label sets became equal when their names
 * were dropped at the end; two points at the same time are an error.
 */
function mergeSeries(series: Series[]): Series[] {
  const byKey = new Map<string, Series>();
  let merged = false;
  for (const s of series) {
    const k = keyOf(s.labels);
    const prev = byKey.get(k);
    if (prev === undefined) {
      byKey.set(k, s);
      continue;
    }
    merged = true;
    const floats = [...prev.floats, ...s.floats].sort((a, b) => a.t - b.t);
    for (let i = 1; i < floats.length; i++) {
      if (floats[i]!.t === floats[i - 1]!.t) throw new QueryError('execution', ERR_SAME_LABELSET);
    }
    byKey.set(k, { labels: prev.labels, floats });
  }
  return merged ? [...byKey.values()] : series;
}

function sortMatrix(m: Matrix): Matrix {
  return m.sort((a, b) => compareLabels(a.labels, b.labels));
}
