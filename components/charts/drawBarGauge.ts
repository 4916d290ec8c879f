import { scaleLinear, type Selection } from 'd3';

export interface BarGaugeRow {
  readonly label: string;
  readonly value: number;
  /** The bar's colour: the threshold colour of its value. */
  readonly color: string;
  /** The value as the panel's unit prints it. */
  readonly text: string;
}

const LABEL_H = 16;
const GAP = 8;

/**
 * drawBarGauge draws one horizontal bar per row, Grafana's "basic" bar gauge:
 * a faint full-length track, the bar from the domain's start to the value,
 * and the formatted value at the right end. With room, each label sits above
 * its bar; when rows are tight, labels move into a column on the left.
 */
export function drawBarGauge(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  rows: readonly BarGaugeRow[],
  width: number,
  height: number,
  domain: readonly [number, number],
): void {
  svg.selectAll('*').remove();
  if (rows.length === 0) return;
  const valueW = 84;
  const per = height / rows.length;
  const above = per >= LABEL_H + 14;
  const labelW = above ? 0 : Math.min(180, Math.round(width * 0.35));
  const x = scaleLinear().domain(domain).range([labelW, Math.max(labelW + 10, width - valueW)]).clamp(true);
  const barTop = above ? LABEL_H : 1;
  const barH = Math.max(4, Math.min(28, per - barTop - (above ? GAP : 3)));
  rows.forEach((row, i) => {
    const g = svg.append('g').attr('class', 'bar-gauge-row').attr('transform', `translate(0,${i * per})`);
    g.append('text').attr('class', 'bar-gauge-label').attr('y', above ? 12 : barTop + barH / 2).attr('dy', above ? 0 : '0.35em')
      .attr('fill', 'currentColor').attr('font-size', 12).text(fit(row.label, above ? width - valueW : labelW - 6));
    g.append('title').text(`${row.label}: ${row.text}`);
    g.append('rect').attr('x', labelW).attr('y', barTop).attr('width', x.range()[1]! - labelW).attr('height', barH).attr('rx', 2)
      .attr('fill', 'currentColor').attr('fill-opacity', 0.08);
    g.append('rect').attr('class', 'bar-gauge-bar').attr('x', labelW).attr('y', barTop).attr('height', barH).attr('rx', 2)
      .attr('width', Number.isFinite(row.value) ? Math.max(1, x(row.value) - labelW) : 0).attr('fill', row.color);
    g.append('text').attr('class', 'bar-gauge-value').attr('x', width).attr('y', barTop + barH / 2).attr('dy', '0.35em')
      .attr('text-anchor', 'end').attr('fill', row.color).attr('font-size', Math.min(14, barH + 4)).attr('font-weight', 600).text(row.text);
  });
}

/** fit shortens a label to about `px` pixels (12 px text, ~6.6 px per character), keeping its end, where pod and host names differ. */
function fit(label: string, px: number): string {
  const max = Math.max(4, Math.floor(px / 6.6));
  return label.length <= max ? label : `…${label.slice(label.length - max + 1)}`;
}
