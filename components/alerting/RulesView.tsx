'use client';
import Link from 'next/link';
import { ruleAnchor } from './alertStates';
import type { Rule, RuleGroup, RulesResponse } from './apiTypes';
import { StateBadge } from './LabelBadges';
import { PromQLCode } from './PromQLCode';
import { formatAgo, formatDuration, parseApiTime } from './time';
import { useEngineResource } from './useEngineResource';
import { WorldStatus } from './WorldStatus';

/**
 * RulesView is Prometheus's Rules page: every rule group of the loaded rule
 * files with its interval and last evaluation, and each rule's definition
 * as it would read in the YAML file, its health and last error.
 */
export function RulesView() {
  const rules = useEngineResource<RulesResponse>('/api/v1/rules');
  const nowMs = rules.world?.nowMs ?? NaN;
  if (rules.world === null) return <WorldStatus client={rules.client} world={rules.world} />;
  const groups = rules.data?.data.groups ?? [];
  return (
    <div className="al-rules" data-testid="rules-view">
      {rules.error !== null && <p className="error" role="alert">Could not load /api/v1/rules: {rules.error}</p>}
      {rules.loading && <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading rules…</p>}
      {!rules.loading && rules.data !== null && groups.length === 0 && <p className="info">No rule groups are loaded. Add a rule file under <code>rule_files</code> in the configuration.</p>}
      {groups.map((g) => <GroupCard key={`${g.file}/${g.name}`} group={g} nowMs={nowMs} />)}
    </div>
  );
}

function GroupCard({ group, nowMs }: { group: RuleGroup; nowMs: number }) {
  const last = parseApiTime(group.lastEvaluation);
  return (
    <section className="card al-group" aria-label={`Rule group ${group.name}`}>
      <header className="al-group-head">
        <h2>{group.name}</h2>
        <span className="muted mono">{group.file}</span>
        <span className="al-group-meta muted">
          interval {formatDuration(group.interval * 1000)}
          {' · '}last evaluation {Number.isNaN(last) ? 'never' : formatAgo(last, nowMs)}
          {' · '}took {formatDuration(group.evaluationTime * 1000)}
          {group.limit > 0 ? ` · limit ${group.limit}` : ''}
        </span>
      </header>
      <ol className="al-rule-list">
        {group.rules.map((r, i) => <RuleItem key={i} rule={r} anchor={ruleAnchor(group.name, i)} nowMs={nowMs} />)}
      </ol>
    </section>
  );
}

function RuleItem({ rule, anchor, nowMs }: { rule: Rule; anchor: string; nowMs: number }) {
  const last = parseApiTime(rule.lastEvaluation);
  return (
    <li id={anchor} className="al-rule" data-rule={rule.name}>
      <RuleDefinition rule={rule} />
      <div className="al-rule-status">
        <span className={`al-badge al-health-${rule.health}`} title="The rule's health after its last evaluation">{rule.health}</span>
        {rule.type === 'alerting' && <StateBadge state={rule.state} />}
        <span className="muted">{Number.isNaN(last) ? 'not evaluated yet' : `evaluated ${formatAgo(last, nowMs)} in ${formatDuration(rule.evaluationTime * 1000)}`}</span>
        {rule.type === 'alerting' && <Link href={`/alerts#${anchor}`} prefetch={false}>see alerts</Link>}
      </div>
      {rule.lastError !== undefined && rule.lastError !== '' && <p className="error">{rule.lastError}</p>}
    </li>
  );
}

/** RuleDefinition prints a rule as it reads in the rule file: record/alert, expr, for, keep_firing_for, labels, annotations. */
export function RuleDefinition({ rule }: { rule: Rule }) {
  return (
    <dl className="al-def mono">
      <dt>{rule.type === 'alerting' ? 'alert' : 'record'}:</dt>
      <dd className="al-def-name">{rule.name}</dd>
      <dt>expr:</dt>
      <dd><PromQLCode expr={rule.query} /></dd>
      {rule.type === 'alerting' && rule.duration > 0 && (<><dt>for:</dt><dd>{formatDuration(rule.duration * 1000)}</dd></>)}
      {rule.type === 'alerting' && rule.keepFiringFor > 0 && (<><dt>keep_firing_for:</dt><dd>{formatDuration(rule.keepFiringFor * 1000)}</dd></>)}
      {rule.labels !== undefined && Object.keys(rule.labels).length > 0 && (<><dt>labels:</dt><dd><KeyValues map={rule.labels} /></dd></>)}
      {rule.type === 'alerting' && Object.keys(rule.annotations).length > 0 && (<><dt>annotations:</dt><dd><KeyValues map={rule.annotations} /></dd></>)}
    </dl>
  );
}

function KeyValues({ map }: { map: Readonly<Record<string, string>> }) {
  return (
    <dl className="al-kv">
      {Object.entries(map).map(([k, v]) => (
        <div key={k}><dt>{k}:</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}

