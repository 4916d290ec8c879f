/**
 * applyLoad writes a `load` body into storage: sample k of each series at
 * k × step (FORMAT.md §3), float samples with the start timestamp of their
 * `@st` line (§3.3) when there is one.
 */
import { formatLabels, type Labels } from '../model/labels';
import type { Storage } from '../storage/interface';
import { classicToNhcb } from './nhcb';
import type { LoadCommand, LoadSeries, ScriptError } from './script';

/** LoadOutcome lists the failed series and the series that received native histograms. */
export interface LoadOutcome {
  readonly errors: ScriptError[];
  readonly histogramSeries: Labels[];
}

/** applyLoad appends every series; each failing series is reported and the others still load. */
export function applyLoad(storage: Storage, cmd: LoadCommand): LoadOutcome {
  const errors: ScriptError[] = [];
  const app = storage.appender();
  const all: LoadSeries[] = [...cmd.series];
  if (cmd.withNhcb) {
    const converted = classicToNhcb(cmd.series);
    all.push(...converted.series);
    for (const e of converted.errors) errors.push({ line: e.line, message: `error in load_with_nhcb (line ${cmd.line}): ${e.message}` });
  }
  for (const s of all) {
    try {
      appendSeries(app, s, cmd.stepMs);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      errors.push({ line: s.line, message: `error in load (line ${cmd.line}) for series ${formatLabels(s.labels)}: ${msg}` });
    }
  }
  const histogramSeries = all.filter((s) => s.values.some((v) => v.kind === 'histogram')).map((s) => s.labels);
  return { errors, histogramSeries };
}

function appendSeries(app: ReturnType<Storage['appender']>, s: LoadSeries, stepMs: number): void {
  s.values.forEach((v, k) => {
    const t = k * stepMs;
    switch (v.kind) {
      case 'float': {
        const offset = s.startOffsetsMs?.[k];
        if (offset === undefined) app.append(s.labels, t, v.v);
        else app.append(s.labels, t, v.v, t + offset);
        return;
      }
      case 'stale':
        app.appendStale(s.labels, t);
        return;
      case 'histogram':
        app.appendHistogram(s.labels, t, v.h);
        return;
      case 'omitted':
        return;
    }
  });
}
