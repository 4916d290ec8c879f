import type { Selection } from 'd3';

/**
 * drawCrosshair moves the chart's vertical hover rule (`line.crosshair`) to
 * `x` pixels, or hides it for null. The line is created once and only its
 * attributes change, so following the pointer stays cheap.
 */
export function drawCrosshair(svg: Selection<SVGSVGElement, unknown, null, undefined>, x: number | null, top: number, bottom: number): void {
  let rule = svg.select<SVGLineElement>('line.crosshair');
  if (rule.empty()) {
    rule = svg.append('line').attr('class', 'crosshair').attr('pointer-events', 'none')
      .attr('stroke', 'currentColor').attr('stroke-opacity', 0.5).attr('stroke-dasharray', '3,3');
  }
  if (x === null) {
    rule.attr('visibility', 'hidden');
    return;
  }
  rule.attr('visibility', 'visible').attr('x1', x).attr('x2', x).attr('y1', top).attr('y2', bottom);
}
