'use client';
import { useEffect, useMemo, useState } from 'react';
import { ALERT_STATES, alertingGroups, countRuleStates, filterRules, ruleAnchor } from './alertStates';
import type { AlertState, RulesResponse } from './apiTypes';
import { AlertRuleItem } from './AlertRuleItem';
import { StateBadge } from './LabelBadges';
import { useEngineResource } from './useEngineResource';
import { useHashTarget } from './useHashTarget';
import { WorldStatus } from './WorldStatus';

/**
 * AlertsView is Prometheus 3's Alerts page: the alerting rules by group,
 * how many are inactive, pending and firing, a state filter, and each rule
 * expandable to its active alerts (labels, state, since when, value,
 * rendered annotations).
 */
export function AlertsView() {
  const rules = useEngineResource<RulesResponse>('/api/v1/rules?type=alert');
  const [shown, setShown] = useState<ReadonlySet<AlertState>>(new Set());
  const [search, setSearch] = useState('');
  const target = useHashTarget();
  // Links from the Alertmanager name the rule: /alerts?rule=InstanceDown.
  useEffect(() => {
    const rule = new URLSearchParams(window.location.search).get('rule');
    if (rule !== null) setSearch(rule);
  }, []);
  const groups = useMemo(() => alertingGroups(rules.data?.data.groups ?? []), [rules.data]);
  const counts = countRuleStates(groups.flatMap((g) => g.rules));

  if (rules.world === null) return <WorldStatus client={rules.client} world={rules.world} />;
  const toggle = (s: AlertState) => setShown((prev) => {
    const next = new Set(prev);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    return next;
  });
  return (
    <div data-testid="alerts-view">
      <div className="al-filter-bar">
        <div className="al-state-filter" role="group" aria-label="Filter by state">
          {ALERT_STATES.map((s) => (
            <button key={s} type="button" className={`al-filter al-state-${s}`} aria-pressed={shown.has(s)} onClick={() => toggle(s)} data-testid={`count-${s}`} data-count={counts[s]}>
              {s} <strong>{counts[s]}</strong>
            </button>
          ))}
        </div>
        <input className="al-search" type="search" placeholder="Filter by rule name" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Filter by rule name" />
      </div>
      {rules.error !== null && <p className="error" role="alert">Could not load /api/v1/rules: {rules.error}</p>}
      {rules.loading && <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading alerting rules…</p>}
      {!rules.loading && rules.data !== null && groups.length === 0 && <p className="info">No alerting rules are loaded.</p>}
      {groups.map(({ group, rules: list }) => {
        const visible = filterRules(list, shown, search);
        if (visible.length === 0) return null;
        const c = countRuleStates(list);
        return (
          <section key={`${group.file}/${group.name}`} className="card al-group" aria-label={`Alert group ${group.name}`}>
            <header className="al-group-head">
              <h2>{group.name}</h2>
              <span className="muted mono">{group.file}</span>
              <span className="al-group-meta">
                {ALERT_STATES.filter((s) => c[s] > 0).map((s) => <StateBadge key={s} state={s} count={c[s]} />)}
              </span>
            </header>
            <ul className="al-alert-rules">
              {visible.map((r) => {
                const anchor = ruleAnchor(group.name, group.rules.indexOf(r));
                return <AlertRuleItem key={anchor} rule={r} anchor={anchor} nowMs={rules.world?.nowMs ?? NaN} open={target === anchor} />;
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
