import type { TooltipRow } from './renderTooltip';
import type { ChartSeries } from './types';

/** TooltipRows are the rows a tooltip shows at one step and how many series have a value there. */
export interface TooltipRows {
  readonly rows: readonly TooltipRow[];
  readonly total: number;
}

/**
 * tooltipRows picks, at step `index`, the `max` series with the highest
 * values (highest first, as Grafana sorts a multi-series tooltip) and
 * formats only those: with 50 series most are counted, not formatted.
 */
export function tooltipRows(series: readonly ChartSeries[], index: number, max: number, format: (v: number) => string): TooltipRows {
  const top: { readonly s: ChartSeries; readonly v: number }[] = [];
  let total = 0;
  for (const s of series) {
    const v = s.values[index]!;
    if (!Number.isFinite(v)) continue;
    total++;
    if (top.length === max && v <= top[max - 1]!.v) continue;
    // Insert in order; the list stays at most `max` long.
    let at = top.length;
    while (at > 0 && top[at - 1]!.v < v) at--;
    top.splice(at, 0, { s, v });
    if (top.length > max) top.pop();
  }
  return { rows: top.map(({ s, v }) => ({ color: s.color, name: s.key, value: format(v) })), total };
}
