'use client';
import { useState } from 'react';
import { DashboardView } from './DashboardView';
import { GOLDEN_SIGNALS } from './goldenSignals';
import { NODE_OVERVIEW } from './nodeOverview';

/** DASHBOARDS lists the dashboards the page offers, the first one opening by default. */
const DASHBOARDS = [GOLDEN_SIGNALS, NODE_OVERVIEW] as const;

/** Dashboards lets the reader switch between the built-in dashboards; each keeps its own range and variables. */
export function Dashboards() {
  const [uid, setUid] = useState<string>(DASHBOARDS[0].uid);
  const current = DASHBOARDS.find((d) => d.uid === uid) ?? DASHBOARDS[0];
  return (
    <>
      <div className="dash-tabs" role="tablist" aria-label="Dashboards">
        {DASHBOARDS.map((d) => (
          <button key={d.uid} type="button" role="tab" aria-selected={d.uid === uid} className="dash-tab" onClick={() => setUid(d.uid)}>{d.title}</button>
        ))}
      </div>
      <p className="dash-muted dash-description">{current.description}</p>
      <DashboardView key={current.uid} dashboard={current} />
    </>
  );
}
