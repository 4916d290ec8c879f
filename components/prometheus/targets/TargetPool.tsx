'use client';
import { TargetRow } from './TargetRow';
import { targetKey, type PoolGroup } from './targetsModel';

interface Props {
  readonly group: PoolGroup;
  readonly nowMs: number;
  readonly collapsed: boolean;
  readonly onToggle: () => void;
  /** Keys of the targets whose response is open. */
  readonly open: ReadonlySet<string>;
  readonly onToggleResponse: (key: string) => void;
}

/** TargetPool is one scrape pool: a header with its up count that collapses a table of its targets. */
export function TargetPool({ group, nowMs, collapsed, onToggle, open, onToggleResponse }: Props) {
  const { pool, targets, up, total } = group;
  const state = up === total ? 'all-up' : up === 0 ? 'all-down' : 'some-down';
  return (
    <section className="target-pool card" data-testid="target-pool" data-pool={pool}>
      <button type="button" className="pool-header" aria-expanded={!collapsed} onClick={onToggle}>
        <span className="chevron" aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        <span className="pool-name">{pool}</span>
        <span className={`pool-count ${state}`}>{up} / {total} up</span>
        {targets.length < total && <span className="muted">({targets.length} shown)</span>}
      </button>
      {!collapsed && (targets.length === 0 ? (
        <p className="muted pool-empty">No targets of this pool match the filter.</p>
      ) : (
        <div className="table-scroll">
          <table className="targets-table fixed">
            <colgroup><col className="col-endpoint" /><col /><col className="col-scrape" /><col className="col-duration" /><col className="col-state" /><col className="col-action" /></colgroup>
            <thead>
              <tr><th>Endpoint</th><th>Labels</th><th>Last scrape</th><th>Duration</th><th>State</th><th /></tr>
            </thead>
            <tbody>
              {targets.map((t) => {
                const key = targetKey(t);
                return <TargetRow key={key} target={t} nowMs={nowMs} showResponse={open.has(key)} onToggleResponse={() => onToggleResponse(key)} />;
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
