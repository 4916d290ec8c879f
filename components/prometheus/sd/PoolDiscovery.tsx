'use client';
import { useState } from 'react';
import { toggled } from '../shared/toggleSet';
import { LabelList } from './LabelList';
import { RelabelSteps } from './RelabelSteps';
import { publicLabels, targetTitle, type PoolTrace } from './sdModel';

interface Props {
  readonly trace: PoolTrace;
  /** droppedTargetCounts from /api/v1/targets for this pool. */
  readonly droppedCount: number;
}

/** PoolDiscovery is one scrape pool: per discovered target its labels before and after relabeling, and the steps between. */
export function PoolDiscovery({ trace, droppedCount }: Props) {
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const active = trace.targets.filter((t) => t.state === 'active').length;
  return (
    <section className="card sd-pool" data-testid="sd-pool" data-pool={trace.scrapePool}>
      <button type="button" className="pool-header" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
        <span className="chevron" aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        <span className="pool-name">{trace.scrapePool}</span>
        <span className="muted">{active} active, <span data-testid="dropped-count">{droppedCount}</span> dropped · {trace.rules.length} relabel rule{trace.rules.length === 1 ? '' : 's'}</span>
      </button>
      {!collapsed && (
        <div className="table-scroll">
          <table className="sd-table">
            <thead><tr><th>Discovered labels</th><th>Target labels</th></tr></thead>
            <tbody>
              {trace.targets.map((t, i) => (
                <SdRows key={`${t.state}:${i}:${targetTitle(t)}`} index={i} trace={trace} open={open.has(i)} onToggle={() => setOpen(toggled(open, i))} />
              ))}
            </tbody>
          </table>
          {trace.targets.length === 0 && <p className="muted pool-empty">Service discovery found no targets for this pool.</p>}
        </div>
      )}
    </section>
  );
}

/** SdRows is one discovered target: its labels before and after relabeling; the steps open beside the target labels. */
function SdRows({ trace, index, open, onToggle }: { trace: PoolTrace; index: number; open: boolean; onToggle: () => void }) {
  const t = trace.targets[index]!;
  return (
    <tr className={`sd-row ${t.state}`} data-testid="sd-row" data-state={t.state}>
      <td><LabelList labels={t.discoveredLabels} /></td>
      <td>
        {t.labels === null ? (
          <span className="health-badge health-down">{t.error ? `Dropped: ${t.error}` : 'Dropped'}</span>
        ) : (
          <LabelList labels={publicLabels(t.labels)} />
        )}
        <div>
          <button type="button" className="button secondary small sd-steps-toggle" aria-expanded={open} onClick={onToggle}>
            {open ? 'Hide relabeling' : 'Show relabeling steps'}
          </button>
        </div>
        {open && (
          <div className="sd-steps">
            <div className="muted sd-steps-title">Relabeling of {targetTitle(t)}, rule by rule</div>
            <RelabelSteps rules={trace.rules} steps={t.steps} />
          </div>
        )}
      </td>
    </tr>
  );
}
