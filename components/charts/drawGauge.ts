import { arc, scaleLinear, type Selection } from 'd3';

export interface GaugeBand {
  /** Start of the band in value units; the band runs to the next band's start (or max). */
  readonly from: number;
  readonly color: string;
}

export interface GaugeOptions {
  readonly min: number;
  readonly max: number;
  /** Threshold bands drawn as a thin outer ring, lowest first. */
  readonly bands: readonly GaugeBand[];
  /** The value arc's colour (the threshold colour of the value). */
  readonly color: string;
}

const START = -0.75 * Math.PI;
const END = 0.75 * Math.PI;

/**
 * drawGauge draws a 270° gauge centred in a width×height box: a grey track,
 * the value arc from min to the value (clamped), and the threshold bands as a
 * thin ring outside it. Text is left to the caller.
 */
export function drawGauge(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  value: number,
  width: number,
  height: number,
  opts: GaugeOptions,
): void {
  svg.selectAll('*').remove();
  const r = Math.max(10, Math.min(width / 2, height / 1.7) - 4);
  const angle = scaleLinear().domain([opts.min, opts.max]).range([START, END]).clamp(true);
  const g = svg.append('g').attr('transform', `translate(${width / 2},${r + 4})`);
  const ring = arc<{ a0: number; a1: number }>().innerRadius(r * 0.7).outerRadius(r * 0.88).cornerRadius(2).startAngle((d) => d.a0).endAngle((d) => d.a1);
  const band = arc<{ a0: number; a1: number }>().innerRadius(r * 0.92).outerRadius(r).startAngle((d) => d.a0).endAngle((d) => d.a1);
  g.append('path').attr('class', 'gauge-track').attr('fill', 'currentColor').attr('fill-opacity', 0.1).attr('d', ring({ a0: START, a1: END }));
  opts.bands.forEach((b, i) => {
    const next = opts.bands[i + 1]?.from ?? opts.max;
    g.append('path').attr('class', 'gauge-band').attr('fill', b.color).attr('d', band({ a0: angle(Math.max(b.from, opts.min)), a1: angle(next) }));
  });
  if (Number.isFinite(value)) {
    g.append('path').attr('class', 'gauge-value').attr('fill', opts.color).attr('d', ring({ a0: START, a1: angle(value) }));
  }
}
