import type { LabelRecord } from '../system/explainReply';

/** formatLabels prints a label set as PromQL does: `{code="200", job="api"}`, the metric name in front. */
export function formatLabels(labels: LabelRecord): string {
  const name = labels.__name__ ?? '';
  const rest = Object.entries(labels)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return rest.length === 0 && name !== '' ? name : `${name}{${rest.join(', ')}}`;
}

/** formatNumber prints a sample value compactly, keeping enough digits to follow the arithmetic. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return v.toExponential(4);
  return String(Number(v.toPrecision(6)));
}

/** formatSeconds prints a duration given in seconds: `4.5s`, `2m 30s`. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return String(s);
  const sign = s < 0 ? '−' : '';
  let rest = Math.abs(s);
  if (rest < 60) return `${sign}${formatNumber(Number(rest.toFixed(3)))}s`;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const sec = Number((rest - m * 60).toFixed(3));
  return sign + [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', sec > 0 ? `${formatNumber(sec)}s` : ''].filter(Boolean).join(' ');
}

/** formatOffset prints a sample time relative to the evaluation time: `t − 1m 5s`. */
export function formatOffset(tMs: number, evalMs: number): string {
  const d = (evalMs - tMs) / 1000;
  if (d === 0) return 't';
  return d > 0 ? `t − ${formatSeconds(d)}` : `t + ${formatSeconds(-d)}`;
}

/** formatClock prints an absolute time as UTC `HH:MM:SS.mmm` (the simulated world's clock). */
export function formatClock(tMs: number): string {
  const iso = new Date(tMs).toISOString();
  return `${iso.slice(11, 19)}${tMs % 1000 !== 0 ? iso.slice(19, 23) : ''} UTC`;
}

/** formatMs prints an evaluation time in ms with sensible precision. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}
