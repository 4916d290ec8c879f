'use client';
import { useMemo, useState } from 'react';
import { useWorld } from '../../system/useEngine';
import { getJson } from '../shared/http';
import { toggled } from '../shared/toggleSet';
import { usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';
import { TargetPool } from './TargetPool';
import { groupByPool, HEALTHS, type TargetHealth, type TargetsData } from './targetsModel';

/**
 * TargetsView is Prometheus 3's targets page for the simulated world: the
 * active targets grouped by scrape pool, with health, endpoint, labels, last
 * scrape and its duration and error, filtered by health and text, each able
 * to show the raw response it returns. `job` limits it to one pool. It
 * refreshes as virtual time passes.
 */
export function TargetsView({ job }: { job?: string }) {
  const url = `/api/v1/targets?state=active${job ? `&scrapePool=${encodeURIComponent(job)}` : ''}`;
  const { client, data, error, loading } = usePolled(url, (c, signal) => getJson<TargetsData>(c, url, signal));
  const world = useWorld(client);
  const [health, setHealth] = useState<ReadonlySet<TargetHealth>>(new Set());
  const [search, setSearch] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => groupByPool(data?.activeTargets ?? [], { health, search }), [data, health, search]);

  if (loading) return <LoadingLine what="Loading targets…" />;
  if (!data) return <ErrorLine message={error ?? 'no answer'} />;
  const nowMs = world?.nowMs ?? 0;
  const total = data.activeTargets.length;
  const up = data.activeTargets.filter((t) => t.health === 'up').length;
  return (
    <div className="targets-view" data-testid="targets-view">
      <div className="status-toolbar">
        <div className="segmented" role="group" aria-label="Filter by health">
          {HEALTHS.map((h) => (
            <button key={h} type="button" className={health.has(h) ? 'active' : ''} aria-pressed={health.has(h)} onClick={() => setHealth(toggled(health, h))}>
              {h[0]!.toUpperCase() + h.slice(1)}
            </button>
          ))}
        </div>
        <input type="search" className="status-search" placeholder="Filter by endpoint or labels" aria-label="Filter by endpoint or labels" value={search} onChange={(e) => setSearch(e.target.value)} />
        <span className="muted" data-testid="targets-summary">{up} of {total} targets up</span>
        <span className="spacer" />
        <button type="button" className="button secondary small" onClick={() => setCollapsed(collapsed.size > 0 ? new Set() : new Set(groups.map((g) => g.pool)))}>
          {collapsed.size > 0 ? 'Expand all' : 'Collapse all'}
        </button>
      </div>
      {error && <ErrorLine message={`Refresh failed: ${error}`} />}
      {groups.length === 0 && <p className="muted">No targets: prometheus.yml has no scrape_configs{job ? ` named ${job}` : ''}.</p>}
      {groups.map((g) => (
        <TargetPool
          key={g.pool}
          group={g}
          nowMs={nowMs}
          collapsed={collapsed.has(g.pool)}
          onToggle={() => setCollapsed(toggled(collapsed, g.pool))}
          open={open}
          onToggleResponse={(key) => setOpen(toggled(open, key))}
        />
      ))}
    </div>
  );
}
