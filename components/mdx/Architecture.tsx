'use client';
import type { ReactNode } from 'react';
import { parseHighlight, type ArchitectureCounts, type ArchitecturePart } from './architectureData';
import { useArchitectureCounts } from './useArchitectureCounts';

export interface ArchitectureProps {
  /** Parts to emphasise: "pushgateway,alertmanager" or a list (see ARCHITECTURE_PARTS). */
  readonly highlight?: string | readonly string[];
}

interface Box {
  readonly part: ArchitecturePart;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly title: string;
}

const BOXES: Record<string, Box> = {
  batch: { part: 'batch', x: 10, y: 14, w: 170, h: 52, title: 'Batch jobs' },
  pushgateway: { part: 'pushgateway', x: 10, y: 104, w: 170, h: 52, title: 'Pushgateway' },
  targets: { part: 'targets', x: 10, y: 194, w: 170, h: 142, title: 'Exporters & apps' },
  discovery: { part: 'discovery', x: 270, y: 14, w: 200, h: 52, title: 'Service discovery' },
  prometheus: { part: 'prometheus', x: 270, y: 104, w: 200, h: 232, title: 'Prometheus server' },
  alertmanager: { part: 'alertmanager', x: 560, y: 14, w: 190, h: 58, title: 'Alertmanager' },
  receivers: { part: 'receivers', x: 560, y: 110, w: 190, h: 52, title: 'Receivers' },
  grafana: { part: 'grafana', x: 560, y: 200, w: 190, h: 52, title: 'Grafana dashboards' },
  clients: { part: 'clients', x: 560, y: 284, w: 190, h: 52, title: 'PromQL clients' },
};

/**
 * Architecture draws the world as a Prometheus deployment: who pulls from
 * whom, where alerts go, who reads with PromQL, with live numbers (targets
 * up per job, push groups, firing alerts, series in the TSDB). Lessons
 * highlight the parts they are about.
 */
export function Architecture({ highlight }: ArchitectureProps) {
  const lit = parseHighlight(highlight);
  const { counts, error } = useArchitectureCounts();
  const cls = (part: ArchitecturePart) => `arch-box${lit.has(part) ? ' lit' : lit.size > 0 ? ' dim' : ''}`;
  const box = (key: string, lines: ReactNode) => {
    const b = BOXES[key]!;
    return (
      <g className={cls(b.part)} data-part={b.part}>
        <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={8} />
        <text x={b.x + 10} y={b.y + 20} className="arch-title">{b.title}</text>
        {lines}
      </g>
    );
  };
  const line = (key: string, i: number, text: string, klass = 'arch-line') => {
    const b = BOXES[key]!;
    return <text key={i} x={b.x + 10} y={b.y + 38 + i * 17} className={klass}>{text}</text>;
  };
  const p = BOXES.prometheus!;
  return (
    <figure className="architecture">
      <svg viewBox="0 0 760 350" role="img" aria-label={describe(counts)}>
        <defs>
          <marker id="arch-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="arch-arrowhead" />
          </marker>
        </defs>
        <Arrow x1={95} y1={66} x2={95} y2={104} label="push" lx={102} ly={90} />
        <Arrow x1={270} y1={150} x2={180} y2={130} label="scrape" lx={196} ly={128} />
        <Arrow x1={270} y1={250} x2={180} y2={250} label="scrape /metrics" lx={186} ly={243} />
        <Arrow x1={370} y1={66} x2={370} y2={104} label="targets" lx={377} ly={90} />
        <Arrow x1={470} y1={140} x2={560} y2={50} label="alerts" lx={500} ly={86} />
        <Arrow x1={655} y1={72} x2={655} y2={110} label="notify" lx={662} ly={96} />
        <Arrow x1={560} y1={226} x2={470} y2={226} label="PromQL" lx={492} ly={219} />
        <Arrow x1={560} y1={310} x2={470} y2={300} label="PromQL" lx={492} ly={296} />
        {box('batch', line('batch', 0, 'backups, reports: push when done'))}
        {box('pushgateway', line('pushgateway', 0, counts?.pushGroups !== undefined ? `${counts.pushGroups} pushed series` : '…'))}
        {box(
          'targets',
          counts
            ? counts.jobs.slice(0, 5).map((j, i) => line('targets', i, `${j.job}: ${j.up}/${j.total} up`, j.up < j.total ? 'arch-line arch-bad' : 'arch-line'))
            : line('targets', 0, '…'),
        )}
        {box('discovery', line('discovery', 0, 'static, Kubernetes pods'))}
        {box(
          'prometheus',
          <>
            <g className={cls('tsdb')} data-part="tsdb">
              <rect x={p.x + 12} y={p.y + 40} width={p.w - 24} height={72} rx={6} />
              <text x={p.x + 22} y={p.y + 62} className="arch-title">TSDB</text>
              <text x={p.x + 22} y={p.y + 82} className="arch-line">{counts?.series !== undefined ? `${counts.series.toLocaleString('en-US')} series` : '…'}</text>
              <text x={p.x + 22} y={p.y + 100} className="arch-line">in memory, 15 s scrapes</text>
            </g>
            <g className={cls('rules')} data-part="rules">
              <rect x={p.x + 12} y={p.y + 124} width={p.w - 24} height={52} rx={6} />
              <text x={p.x + 22} y={p.y + 146} className="arch-title">Rules</text>
              <text x={p.x + 22} y={p.y + 164} className="arch-line">recording + alerting</text>
            </g>
            <text x={p.x + 12} y={p.y + 206} className="arch-line">pulls every target on its</text>
            <text x={p.x + 12} y={p.y + 222} className="arch-line">scrape interval</text>
          </>,
        )}
        {box('alertmanager', line('alertmanager', 0, counts?.firingAlerts !== undefined ? `${counts.firingAlerts} firing` : '…', counts?.firingAlerts ? 'arch-line arch-bad' : 'arch-line'))}
        {box('receivers', line('receivers', 0, 'Slack, e-mail (simulated)'))}
        {box('grafana', line('grafana', 0, 'panels run PromQL'))}
        {box('clients', line('clients', 0, 'this playground, API, CLI'))}
      </svg>
      {error && <figcaption className="error">Live numbers unavailable: {error}</figcaption>}
    </figure>
  );
}

function Arrow({ x1, y1, x2, y2, label, lx, ly }: { x1: number; y1: number; x2: number; y2: number; label: string; lx: number; ly: number }) {
  return (
    <g className="arch-arrow">
      <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd="url(#arch-arrow)" />
      <text x={lx} y={ly} className="arch-label">{label}</text>
    </g>
  );
}

function describe(c: ArchitectureCounts | null): string {
  const base = 'Architecture: Prometheus scrapes exporters and the Pushgateway, found through service discovery, stores series in its TSDB, evaluates rules, sends alerts to the Alertmanager which notifies receivers; Grafana and other clients query it with PromQL.';
  if (!c) return base;
  const jobs = c.jobs.map((j) => `${j.job} ${j.up} of ${j.total} up`).join(', ');
  return `${base} Now: ${jobs}; ${c.firingAlerts ?? 0} alerts firing.`;
}
