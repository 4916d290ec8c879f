import type { Labels } from '../model/labels';
import type { FloatPoint, HistogramPoint } from '../model/samples';
import type { QueryStats } from '../promql/types';
import type { Value } from '../promql/values';
import { formatFloatF, formatJsonNumber, formatSampleValue, formatTimestamp } from './float';
import { histogramJson } from './histogram-json';
import { RawJson, jsonString, jsonStringPlain } from './json';

/**
 * Query results as Prometheus's JSON codec writes them. Results can hold
 * millions of points, so they are built as strings directly rather than as
 * objects for a generic encoder.
 */

/** labelsJson writes a label set as an object in label order, escaped as Prometheus's label encoder does (no HTML escaping). */
export function labelsJson(labels: Labels): string {
  let out = '{';
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (i > 0) out += ',';
    out += jsonStringPlain(l.name) + ':' + jsonStringPlain(l.value);
  }
  return out + '}';
}

function pointsJson(points: readonly FloatPoint[]): string {
  let out = '[';
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (i > 0) out += ',';
    out += `[${formatTimestamp(p.t)},"${formatSampleValue(p.v)}"]`;
  }
  return out + ']';
}

function histogramPointsJson(points: readonly HistogramPoint[]): string {
  return '[' + points.map((p) => `[${formatTimestamp(p.t)},${histogramJson(p.h)}]`).join(',') + ']';
}

/**
 * valueJson renders `result`. Scalars and strings go through Go's generic
 * encoder upstream: their timestamp is float seconds and a scalar's value is
 * printed in plain fixed notation (never with an exponent).
 */
export function valueJson(v: Value): RawJson {
  switch (v.type) {
    case 'scalar':
      return new RawJson(`[${formatJsonNumber(v.t / 1000)},${jsonString(formatFloatF(v.v))}]`);
    case 'string':
      return new RawJson(`[${formatJsonNumber(v.t / 1000)},${jsonString(v.v)}]`);
    case 'vector': {
      const parts: string[] = [];
      for (const s of v.samples) {
        const body = s.h !== undefined ? `"histogram":[${formatTimestamp(s.t)},${histogramJson(s.h)}]` : `"value":[${formatTimestamp(s.t)},"${formatSampleValue(s.v)}"]`;
        parts.push(`{"metric":${labelsJson(s.labels)},${body}}`);
      }
      return new RawJson(`[${parts.join(',')}]`);
    }
    case 'matrix': {
      const parts: string[] = [];
      for (const s of v.series) {
        let out = `{"metric":${labelsJson(s.labels)}`;
        if (s.floats.length > 0) out += `,"values":${pointsJson(s.floats)}`;
        if (s.histograms !== undefined && s.histograms.length > 0) out += `,"histograms":${histogramPointsJson(s.histograms)}`;
        parts.push(out + '}');
      }
      return new RawJson(`[${parts.join(',')}]`);
    }
  }
}

/** StatsTimings are wall times in milliseconds measured around the engine call. */
export interface StatsTimings {
  readonly execTotalMs: number;
  readonly prepareMs: number;
}

/**
 * statsJson renders `data.stats` in Prometheus's BuiltinStats shape: timings
 * in seconds, then sample counts. Per-step series appear upstream only with
 * the promql-per-step-stats feature, which this server does not enable.
 */
export function statsJson(stats: QueryStats, timings: StatsTimings): RawJson {
  const evalS = stats.evalTotalTimeMs / 1000;
  const t = {
    evalTotalTime: evalS,
    resultSortTime: 0,
    queryPreparationTime: timings.prepareMs / 1000,
    innerEvalTime: evalS,
    execQueueTime: 0,
    execTotalTime: timings.execTotalMs / 1000,
  };
  const timingJson = Object.entries(t)
    .map(([k, v]) => `"${k}":${formatJsonNumber(v)}`)
    .join(',');
  const samples = `"samples":{"totalQueryableSamples":${stats.totalQueryableSamples},"samplesRead":${stats.totalQueryableSamples},"peakSamples":${stats.peakSamples}}`;
  return new RawJson(`{"timings":{${timingJson}},${samples}}`);
}
