'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AlertGroups } from './AlertGroups';
import { AmStatusPanel } from './AmStatusPanel';
import { newDraft, parseMatchers, type MatcherRow, type SilenceDraft } from './silenceForm';
import { SilenceForm } from './SilenceForm';
import { SILENCE_FORM_ID } from './silenceLink';
import { SilenceList } from './SilenceList';
import { useEngine, useWorld } from '@/components/system/useEngine';
import { WorldStatus } from './WorldStatus';

/**
 * AlertmanagerView is the Alertmanager's UI in one page: the alert groups
 * as the dispatcher holds them, the silences with a form to add one, and
 * the receivers and status. "Silence" on an alert (here or on the Alerts
 * page, via `?filter=`) pre-fills the form with the alert's labels.
 */
export function AlertmanagerView() {
  const client = useEngine();
  const world = useWorld(client);
  const [draft, setDraft] = useState<SilenceDraft | null>(null);
  const formRef = useRef<HTMLElement>(null);
  const nowMs = world?.nowMs;

  // The first draft needs the virtual now; a ?filter= from another page fills its matchers.
  useEffect(() => {
    if (nowMs === undefined || draft !== null) return;
    const filter = new URLSearchParams(window.location.search).get('filter');
    const rows = filter === null ? null : parseMatchers(filter);
    setDraft(newDraft(nowMs, rows ?? undefined));
    if (rows !== null) requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'start' }));
  }, [nowMs, draft]);

  const silenceAlert = useCallback((rows: MatcherRow[]) => {
    if (nowMs === undefined) return;
    setDraft(newDraft(nowMs, rows));
    requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  }, [nowMs]);

  if (world === null) return <WorldStatus client={client} world={world} />;
  return (
    <div data-testid="alertmanager-view">
      <AlertGroups onSilence={silenceAlert} />
      <section id={SILENCE_FORM_ID} ref={formRef} className="card" aria-label="New silence">
        <h2>New silence</h2>
        {draft === null ? <p className="muted">Loading…</p> : <SilenceForm draft={draft} onChange={setDraft} onReset={() => setDraft(newDraft(world.nowMs))} />}
      </section>
      <SilenceList onEdit={(d) => silenceAlert([...d])} />
      <AmStatusPanel />
    </div>
  );
}
