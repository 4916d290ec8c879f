/**
 * Grafana-style unit formatting and thresholds: a pure module, no DOM.
 * A formatted value is a number text and a suffix so panels can set the
 * suffix smaller (`12.3` + ` req/s`).
 */

/** Unit names follow Grafana's unit ids. */
export type Unit = 'none' | 'short' | 'reqps' | 'ops' | 'percent' | 'percentunit' | 's' | 'ms' | 'bytes' | 'decbytes' | 'Bps' | 'binBps';

/** UNITS lists the units the panel editor offers, with Grafana's captions. */
export const UNITS: readonly { readonly id: Unit; readonly caption: string }[] = [
  { id: 'none', caption: 'None' },
  { id: 'short', caption: 'Short (K, Mil, Bil)' },
  { id: 'percent', caption: 'Percent (0-100)' },
  { id: 'percentunit', caption: 'Percent (0.0-1.0)' },
  { id: 's', caption: 'Seconds (s)' },
  { id: 'ms', caption: 'Milliseconds (ms)' },
  { id: 'bytes', caption: 'Bytes (IEC)' },
  { id: 'decbytes', caption: 'Bytes (SI)' },
  { id: 'binBps', caption: 'Bytes/sec (IEC)' },
  { id: 'Bps', caption: 'Bytes/sec (SI)' },
  { id: 'reqps', caption: 'Requests/sec (rps)' },
  { id: 'ops', caption: 'Ops/sec (ops)' },
];

/** asUnit reads a Grafana unit id; ids this app does not know fall back to `short`, as a readable default. */
export function asUnit(id: unknown): Unit {
  return UNITS.some((u) => u.id === id) ? (id as Unit) : 'short';
}

export interface Formatted {
  readonly text: string;
  readonly suffix: string;
}

/** toFixedAuto prints about three significant digits, trailing zeros dropped: 123, 12.3, 1.23, 0.0123. */
export function toFixedAuto(v: number, decimals?: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  if (decimals !== undefined) return v.toFixed(decimals);
  const abs = Math.abs(v);
  if (abs === 0) return '0';
  const d = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  return String(Number(v.toFixed(d)));
}

/** scaled divides by the largest step of `factor` that keeps |v| ≥ 1, naming it from `names`. */
function scaled(v: number, factor: number, names: readonly string[], decimals?: number): Formatted {
  let i = 0;
  let x = v;
  while (Math.abs(x) >= factor && i < names.length - 1) {
    x /= factor;
    i++;
  }
  return { text: toFixedAuto(x, decimals), suffix: names[i]! };
}

const SHORT = ['', ' K', ' Mil', ' Bil', ' Tri'];
const BYTES = [' B', ' KiB', ' MiB', ' GiB', ' TiB', ' PiB'];
const DECBYTES = [' B', ' kB', ' MB', ' GB', ' TB', ' PB'];

/** seconds picks µs, ms, s, min, hour or day as Grafana's `s` unit does. */
function seconds(v: number, decimals?: number): Formatted {
  const abs = Math.abs(v);
  if (abs === 0) return { text: '0', suffix: ' s' };
  if (abs < 1e-3) return { text: toFixedAuto(v * 1e6, decimals), suffix: ' µs' };
  if (abs < 1) return { text: toFixedAuto(v * 1e3, decimals), suffix: ' ms' };
  if (abs < 60) return { text: toFixedAuto(v, decimals), suffix: ' s' };
  if (abs < 3600) return { text: toFixedAuto(v / 60, decimals), suffix: ' min' };
  if (abs < 86400) return { text: toFixedAuto(v / 3600, decimals), suffix: ' hour' };
  return { text: toFixedAuto(v / 86400, decimals), suffix: ' day' };
}

/** formatUnit formats `v` in `unit`; NaN and infinities print as Prometheus does, without a suffix. */
export function formatUnit(v: number, unit: Unit, decimals?: number): Formatted {
  if (!Number.isFinite(v)) return { text: toFixedAuto(v), suffix: '' };
  switch (unit) {
    case 'none': return { text: toFixedAuto(v, decimals), suffix: '' };
    case 'short': return scaled(v, 1000, SHORT, decimals);
    case 'reqps': return { text: toFixedAuto(v, decimals), suffix: ' req/s' };
    case 'ops': return { text: toFixedAuto(v, decimals), suffix: ' ops/s' };
    case 'percent': return { text: toFixedAuto(v, decimals), suffix: '%' };
    case 'percentunit': return { text: toFixedAuto(v * 100, decimals), suffix: '%' };
    case 's': return seconds(v, decimals);
    case 'ms': return seconds(v / 1000, decimals);
    case 'bytes': return scaled(v, 1024, BYTES, decimals);
    case 'decbytes': return scaled(v, 1000, DECBYTES, decimals);
    case 'binBps': return perSecond(scaled(v, 1024, BYTES, decimals));
    case 'Bps': return perSecond(scaled(v, 1000, DECBYTES, decimals));
  }
}

function perSecond(f: Formatted): Formatted {
  return { text: f.text, suffix: `${f.suffix}/s` };
}

/** formatUnitText joins the number and its suffix: `1.5 GiB`. */
export function formatUnitText(v: number, unit: Unit, decimals?: number): string {
  const f = formatUnit(v, unit, decimals);
  return f.text + f.suffix;
}

/** Threshold colours: Grafana's palette, readable on light and dark panels. */
export const THRESHOLD_COLORS = {
  green: '#56a64b', yellow: '#e0b400', orange: '#ff9830', red: '#f2495c', blue: '#5794f2', purple: '#b877d9',
  'dark-green': '#37872d', 'dark-red': '#c4162a', 'dark-orange': '#fa6400', 'dark-yellow': '#e0b400', 'semi-dark-green': '#56a64b',
  'semi-dark-red': '#e02f44', 'semi-dark-orange': '#ff780a', 'semi-dark-yellow': '#f2cc0c', text: '#8e8e8e', transparent: 'transparent',
} as const;

/** A threshold step: from `value` upward (null for the base step) the colour is `color` (a Grafana colour name or #hex). */
export interface ThresholdStep {
  readonly value: number | null;
  readonly color: string;
}

/** safeColor resolves a Grafana colour name or a #hex colour; anything else (untrusted text) becomes grey. */
export function safeColor(c: string | undefined): string {
  if (c === undefined) return THRESHOLD_COLORS.green;
  if (Object.hasOwn(THRESHOLD_COLORS, c)) return THRESHOLD_COLORS[c as keyof typeof THRESHOLD_COLORS];
  return /^#[0-9a-f]{3,8}$/i.test(c) ? c : '#8e8e8e';
}

/** thresholdColor returns the colour of the highest step at or below `v` (the base step's for NaN). */
export function thresholdColor(v: number, steps: readonly ThresholdStep[]): string {
  let color = steps[0]?.color ?? 'green';
  for (const s of steps) if (s.value === null || v >= s.value) color = s.color;
  return safeColor(color);
}
