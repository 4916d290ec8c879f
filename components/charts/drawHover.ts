import type { Selection } from 'd3';
import type { HoverPoint } from './nearestPoint';
import type { ChartSize } from './types';

/**
 * drawHover marks the hovered point: a vertical rule at its time and a dot on
 * the series. Pass null to clear it.
 */
export function drawHover(svg: Selection<SVGSVGElement, unknown, null, undefined>, point: HoverPoint | null, size: ChartSize): void {
  svg.selectAll('g.hover').remove();
  if (!point) return;
  const g = svg.append('g').attr('class', 'hover').attr('pointer-events', 'none');
  g.append('line')
    .attr('x1', point.x).attr('x2', point.x)
    .attr('y1', size.margin.top).attr('y2', size.height - size.margin.bottom)
    .attr('stroke', 'currentColor').attr('stroke-opacity', 0.35).attr('stroke-dasharray', '3,3');
  g.append('circle').attr('cx', point.x).attr('cy', point.y).attr('r', 4)
    .attr('fill', point.series.color).attr('stroke', 'var(--panel)').attr('stroke-width', 1.5);
}
