'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { countAlertStates } from './alertStates';
import type { ActiveAlert, AlertingRule } from './apiTypes';
import { LabelBadges, StateBadge } from './LabelBadges';
import { RuleDefinition } from './RulesView';
import { silenceHref } from './silenceLink';
import { formatAgo, parseApiTime } from './time';

/** AlertRuleItem is one alerting rule on the Alerts page, expandable to its definition and active alerts. */
export function AlertRuleItem({ rule, anchor, nowMs, open: targeted }: { rule: AlertingRule; anchor: string; nowMs: number; open: boolean }) {
  const [open, setOpen] = useState(targeted);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!targeted) return;
    setOpen(true);
    ref.current?.scrollIntoView({ block: 'start' });
  }, [targeted]);
  const counts = countAlertStates(rule);
  return (
    <li id={anchor} ref={ref} className={`al-alert-rule al-rule-${rule.state}`} data-rule={rule.name} data-state={rule.state}>
      <button type="button" className="al-alert-rule-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="al-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className="al-alert-rule-name">{rule.name}</span>
        <LabelBadges labels={rule.labels ?? {}} />
        <span className="al-spacer" />
        {counts.firing > 0 && <StateBadge state="firing" count={counts.firing} />}
        {counts.pending > 0 && <StateBadge state="pending" count={counts.pending} />}
        {rule.alerts.length === 0 && <StateBadge state="inactive" />}
      </button>
      {open && (
        <div className="al-alert-rule-body">
          <RuleDefinition rule={rule} />
          <p className="al-links"><Link href={`/rules#${anchor}`} prefetch={false}>Rule on the Rules page</Link></p>
          {rule.alerts.length === 0 ? <p className="muted">No active alerts: the expression returns nothing right now.</p> : <AlertTable alerts={rule.alerts} nowMs={nowMs} />}
        </div>
      )}
    </li>
  );
}

function AlertTable({ alerts, nowMs }: { alerts: readonly ActiveAlert[]; nowMs: number }) {
  return (
    <table className="result al-alert-table">
      <thead>
        <tr><th>Labels</th><th>State</th><th>Active since</th><th>Value</th><th /></tr>
      </thead>
      <tbody>
        {alerts.map((a) => {
          const since = parseApiTime(a.activeAt);
          return (
            <tr key={JSON.stringify(a.labels)} data-testid="active-alert" data-state={a.state}>
              <td>
                <LabelBadges labels={a.labels} skip={['alertname']} />
                <Annotations map={a.annotations} />
              </td>
              <td><StateBadge state={a.state} /></td>
              <td title={a.activeAt}>{Number.isNaN(since) ? '—' : formatAgo(since, nowMs)}</td>
              <td className="value">{a.value}</td>
              <td><Link href={silenceHref(a.labels)} prefetch={false} className="button secondary small">Silence</Link></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Annotations shows the alert's rendered annotations: summary first, as text. */
function Annotations({ map }: { map: Readonly<Record<string, string>> }) {
  const entries = Object.entries(map).sort(([a], [b]) => (a === 'summary' ? -1 : b === 'summary' ? 1 : a < b ? -1 : 1));
  if (entries.length === 0) return null;
  return (
    <dl className="al-annotations">
      {entries.map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}
