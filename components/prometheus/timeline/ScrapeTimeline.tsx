'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SystemEvent } from '@/engine/index';
import { useWidth } from '../../dashboards/useWidth';
import { useWorld } from '../../system/useEngine';
import { getJson } from '../shared/http';
import { REFRESH_MS, usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';
import { drawTimeline, timelineHeight, type TimelineSize } from './drawTimeline';
import { layoutTimeline } from './timelineLayout';

const WINDOWS: readonly [label: string, ms: number][] = [['2m', 120_000], ['5m', 300_000], ['15m', 900_000], ['1h', 3_600_000]];
/** Enough events for an hour of the default world (~25 targets at 15 s, plus pushes); the engine keeps about that many. */
const EVENT_LIMIT = 8000;
/** An hour of events is a large answer: refresh it less often. */
const LONG_WINDOW_REFRESH_MS = 5000;
const LANE_HEIGHT = 18;
const LABEL_WIDTH = 230;

/**
 * ScrapeTimeline draws the last minutes of scraping and pushing on the
 * virtual clock: a lane per target with a tick per scrape (red when it
 * failed; hover for the error), and a Pushgateway lane with a diamond per
 * push, next to the Pushgateway's own scrapes. It follows the clock live.
 */
export function ScrapeTimeline() {
  const [windowMs, setWindowMs] = useState(300_000);
  const [counts, setCounts] = useState({ scrapes: 0, failed: 0, pushes: 0 });
  const { client, data, error, loading } = usePolled(`events:${windowMs}`, async (c, s) => {
    const now = c.worldInfo()?.nowMs;
    const since = now === undefined ? '' : `since=${now - windowMs}&`;
    return getJson<{ events: SystemEvent[] }>(c, `/api/sim/events?${since}limit=${EVENT_LIMIT}`, s);
  }, windowMs > 900_000 ? LONG_WINDOW_REFRESH_MS : REFRESH_MS);
  const world = useWorld(client);
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(boxRef);
  const endMs = world?.nowMs ?? 0;
  const startMs = endMs - windowMs;
  const layout = useMemo(() => layoutTimeline(data?.events ?? [], startMs, endMs), [data, startMs, endMs]);

  useEffect(() => {
    if (!svgRef.current || width === 0 || !data) return;
    const size: TimelineSize = { width, laneHeight: LANE_HEIGHT, labelWidth: Math.min(LABEL_WIDTH, width / 3) };
    drawTimeline(svgRef.current, layout, startMs, endMs, size);
    const m = layout.marks;
    setCounts({ scrapes: m.filter((x) => x.kind === 'scrape').length, failed: m.filter((x) => x.kind === 'scrape-failed').length, pushes: m.filter((x) => x.kind.startsWith('push')).length });
  }, [layout, width, startMs, endMs, data]);

  return (
    <div className="scrape-timeline" data-testid="scrape-timeline">
      <div className="status-toolbar">
        <div className="segmented" role="group" aria-label="Time window">
          {WINDOWS.map(([label, ms]) => (
            <button key={label} type="button" className={ms === windowMs ? 'active' : ''} aria-pressed={ms === windowMs} onClick={() => setWindowMs(ms)}>Last {label}</button>
          ))}
        </div>
        <span className="timeline-legend">
          <span className="legend-mark scrape" /> scrape
          <span className="legend-mark scrape-failed" /> failed scrape
          <span className="legend-mark push" /> push
          <span className="legend-mark target-added" /> target added/removed
        </span>
        {data && <span className="muted" data-testid="timeline-counts">{counts.scrapes} scrapes, {counts.failed} failed, {counts.pushes} pushes</span>}
      </div>
      {error && <ErrorLine message={data ? `Refresh failed: ${error}` : error} />}
      {loading && <LoadingLine what="Loading events…" />}
      <div ref={boxRef} className="timeline-box">
        <svg ref={svgRef} role="img" aria-label="Scrapes and pushes over time" height={data ? timelineHeight(layout.lanes.length, { width, laneHeight: LANE_HEIGHT, labelWidth: LABEL_WIDTH }) : 0} />
      </div>
    </div>
  );
}
