'use client';
import { useState } from 'react';
import { useWorld } from '../../system/useEngine';
import { LabelChips } from '../shared/LabelChips';
import { formatAgo } from '../shared/format';
import { getJson } from '../shared/http';
import { toggled } from '../shared/toggleSet';
import { usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';
import { groupTitle, parseGroups, type PushGroup } from './pushModel';

/**
 * PushGroups lists the Pushgateway's groups like its web UI: grouping key,
 * when it was last pushed (virtual time), the last failed push, and the
 * metrics it holds, which Prometheus scrapes as they are until replaced.
 */
export function PushGroups() {
  const { client, data, error, loading } = usePolled('pg-groups', async (c, s) => parseGroups(await getJson<unknown>(c, '/pushgateway/api/v1/metrics', s)));
  const world = useWorld(client);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (loading) return <LoadingLine what="Loading the Pushgateway’s groups…" />;
  if (!data) return <ErrorLine message={error ?? 'no answer'} />;
  const nowMs = world?.nowMs ?? 0;
  return (
    <div className="push-groups" data-testid="push-groups">
      {error && <ErrorLine message={`Refresh failed: ${error}`} />}
      {data.length === 0 && <p className="muted">No groups yet: nothing has pushed. Batch jobs push when they finish; push one yourself above.</p>}
      {data.map((g) => {
        const title = groupTitle(g.labels);
        return <GroupCard key={title} group={g} nowMs={nowMs} open={open.has(title)} onToggle={() => setOpen(toggled(open, title))} />;
      })}
    </div>
  );
}

function GroupCard({ group: g, nowMs, open, onToggle }: { group: PushGroup; nowMs: number; open: boolean; onToggle: () => void }) {
  const title = groupTitle(g.labels);
  return (
    <section className="card push-group" data-testid="push-group" data-group={title}>
      <button type="button" className="pool-header" aria-expanded={open} onClick={onToggle}>
        <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <LabelChips labels={g.labels} />
        <span className="muted nowrap">{g.pushTimeMs > 0 ? `pushed ${formatAgo(g.pushTimeMs, nowMs)}` : 'never pushed successfully'}</span>
        <span className="muted nowrap">{g.families.length} metric{g.families.length === 1 ? '' : 's'}</span>
        {!g.lastPushSuccessful && <span className="health-badge health-down">last push failed</span>}
      </button>
      {g.failureTimeMs > 0 && <p className="target-error">Last failed push {formatAgo(g.failureTimeMs, nowMs)}; the metrics below are from the last successful one.</p>}
      {open && (
        <table className="targets-table push-metrics">
          <thead><tr><th>Metric</th><th>Type</th><th>Labels</th><th className="num">Value</th></tr></thead>
          <tbody>
            {g.families.flatMap((f) => f.samples.map((s, i) => (
              <tr key={`${f.name}:${i}`}>
                <td className="mono" title={f.help}>{f.name}</td>
                <td className="muted">{f.type.toLowerCase()}</td>
                <td><LabelChips labels={s.labels} /></td>
                <td className="num mono">{s.value}</td>
              </tr>
            )))}
          </tbody>
        </table>
      )}
    </section>
  );
}
