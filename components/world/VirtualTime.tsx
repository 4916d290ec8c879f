'use client';
import { formatDuration, formatUtc } from '../panels/timeFormat';
import type { WorldInfo } from '../system/protocol';

/** VirtualTime prints the world's now (UTC) and how long the world has been running. */
export function VirtualTime({ world, compact = false }: { world: WorldInfo; compact?: boolean }) {
  const since = Math.max(0, world.nowMs - world.startMs);
  const text = compact ? formatUtc(world.nowMs).slice(11, 19) : formatUtc(world.nowMs);
  return (
    <time className="virtual-time mono" dateTime={new Date(world.nowMs).toISOString()} data-testid="virtual-time" data-now-ms={world.nowMs}
      title={`Virtual time ${formatUtc(world.nowMs)} — ${formatDuration(since - (since % 1000)) || '0s'} after the world started`}>
      {text}
    </time>
  );
}
