import { axisBottom, scaleTime, select } from 'd3';
import { formatTimeTick } from '../../charts/drawAxes';
import type { Lane, Mark, MarkKind, TimelineLayout } from './timelineLayout';

export interface TimelineSize {
  readonly width: number;
  readonly laneHeight: number;
  /** Room for lane labels on the left. */
  readonly labelWidth: number;
}

const AXIS_HEIGHT = 24;
const TOP = 6;

/** timelineHeight is the SVG height the layout needs. */
export function timelineHeight(lanes: number, size: TimelineSize): number {
  return TOP + lanes * size.laneHeight + AXIS_HEIGHT;
}

/** markShape is a mark's SVG path around (0,0): ticks for scrapes, diamonds for pushes, bars for target changes. */
export function markShape(kind: MarkKind, h: number): string {
  const r = h * 0.32;
  switch (kind) {
    case 'scrape':
    case 'scrape-failed':
      return `M0,${-r}V${r}`;
    case 'push':
    case 'push-failed':
    case 'push-delete':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'target-added':
    case 'target-removed':
      return `M0,${-h / 2 + 1}V${h / 2 - 1}`;
  }
}

/**
 * drawTimeline draws lanes, marks and the UTC time axis into `svgEl` for
 * [startMs, endMs]. It knows nothing of the page: colours come from CSS
 * classes (`mark-scrape`, `mark-scrape-failed`, …), hover text from <title>.
 */
export function drawTimeline(svgEl: SVGSVGElement, layout: TimelineLayout, startMs: number, endMs: number, size: TimelineSize): void {
  const { width, laneHeight: h, labelWidth } = size;
  const height = timelineHeight(layout.lanes.length, size);
  const svg = select(svgEl).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  svg.selectAll('*').remove();
  const x = scaleTime().domain([new Date(startMs), new Date(endMs)]).range([labelWidth, width - 8]);
  const laneY = new Map(layout.lanes.map((l, i) => [l.id, TOP + i * h + h / 2]));

  const lanes = svg.append('g').attr('class', 'lanes');
  const laneG = lanes.selectAll<SVGGElement, Lane>('g.lane').data(layout.lanes).join('g')
    .attr('class', (l, i) => `lane lane-${l.kind}${i % 2 ? ' odd' : ''}`)
    .attr('data-lane', (l) => l.id)
    .attr('transform', (l) => `translate(0,${laneY.get(l.id)! - h / 2})`);
  laneG.append('rect').attr('class', 'lane-bg').attr('x', 0).attr('width', width).attr('height', h);
  laneG.append('text').attr('class', 'lane-label').attr('x', 6).attr('y', h / 2).attr('dy', '0.35em').text((l) => l.label);

  const marks = svg.append('g').attr('class', 'marks');
  marks.selectAll<SVGPathElement, Mark>('path.mark').data(layout.marks).join('path')
    .attr('class', (m) => `mark mark-${m.kind}`)
    .attr('data-kind', (m) => m.kind)
    .attr('transform', (m) => `translate(${x(new Date(m.tMs))},${laneY.get(m.lane) ?? 0})`)
    .attr('d', (m) => markShape(m.kind, h))
    .append('title').text((m) => m.title);

  svg.append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${TOP + layout.lanes.length * h})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((width - labelWidth) / 90))).tickFormat((d) => formatTimeTick(d as Date)).tickSizeOuter(0));
}
