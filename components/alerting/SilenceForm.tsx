'use client';
import { useState } from 'react';
import { useEngine } from '@/components/system/useEngine';
import { describeError, requestJson } from './http';
import { buildSilence, EMPTY_ROW, MATCHER_OPS, withDuration, withTimes, type MatcherOp, type MatcherRow, type SilenceDraft } from './silenceForm';
import { announceChange } from './useEngineResource';

type Outcome = { kind: 'errors'; messages: readonly string[] } | { kind: 'created'; id: string } | null;

/**
 * SilenceForm edits a silence draft and POSTs it to the Alertmanager.
 * Matchers are sent as typed; the Alertmanager's own validation message is
 * shown as it answers it.
 */
export function SilenceForm({ draft, onChange, onReset }: { draft: SilenceDraft; onChange: (d: SilenceDraft) => void; onReset: () => void }) {
  const client = useEngine();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sending, setSending] = useState(false);

  const setRow = (i: number, row: MatcherRow) => onChange({ ...draft, matchers: draft.matchers.map((r, j) => (j === i ? row : r)) });
  const removeRow = (i: number) => onChange({ ...draft, matchers: draft.matchers.filter((_, j) => j !== i) });

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    if (client === null) return;
    const built = buildSilence(draft);
    if (!built.ok) {
      setOutcome({ kind: 'errors', messages: built.errors });
      return;
    }
    setSending(true);
    try {
      const res = await requestJson<{ silenceID: string }>(client, 'POST', '/alertmanager/api/v2/silences', built.silence);
      setOutcome({ kind: 'created', id: res.silenceID });
      announceChange();
    } catch (err) {
      setOutcome({ kind: 'errors', messages: [describeError(err)] });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="al-silence-form" onSubmit={(e) => void submit(e)} data-testid="silence-form" noValidate>
      <fieldset>
        <legend>Matchers <span className="muted">— alerts matching all of them are silenced</span></legend>
        {draft.matchers.map((row, i) => (
          <div key={i} className="al-matcher-row" data-testid="matcher-row">
            <input className="mono" aria-label={`Matcher ${i + 1} label name`} placeholder="label" value={row.name} onChange={(e) => setRow(i, { ...row, name: e.target.value })} />
            <select aria-label={`Matcher ${i + 1} operator`} value={row.op} onChange={(e) => setRow(i, { ...row, op: e.target.value as MatcherOp })}>
              {MATCHER_OPS.map((op) => <option key={op} value={op}>{op}</option>)}
            </select>
            <input className="mono" aria-label={`Matcher ${i + 1} value`} placeholder="value" value={row.value} onChange={(e) => setRow(i, { ...row, value: e.target.value })} />
            <button type="button" className="button secondary small" aria-label={`Remove matcher ${i + 1}`} onClick={() => removeRow(i)}>✕</button>
          </div>
        ))}
        <button type="button" className="button secondary small" onClick={() => onChange({ ...draft, matchers: [...draft.matchers, EMPTY_ROW] })}>Add matcher</button>
      </fieldset>
      <div className="al-form-grid">
        <label>Start (UTC)<input type="datetime-local" step={1} value={draft.startsAt} onChange={(e) => onChange(withTimes(draft, e.target.value, draft.endsAt))} /></label>
        <label>Duration<input className="mono" value={draft.duration} onChange={(e) => onChange(withDuration(draft, e.target.value))} aria-label="Duration" /></label>
        <label>End (UTC)<input type="datetime-local" step={1} value={draft.endsAt} onChange={(e) => onChange(withTimes(draft, draft.startsAt, e.target.value))} /></label>
        <label>Creator<input value={draft.createdBy} onChange={(e) => onChange({ ...draft, createdBy: e.target.value })} placeholder="your name" /></label>
        <label className="al-wide">Comment<textarea rows={2} value={draft.comment} onChange={(e) => onChange({ ...draft, comment: e.target.value })} placeholder="why, and until when" /></label>
      </div>
      <div className="al-form-actions">
        <button type="submit" className="button" disabled={sending || client === null}>{sending ? 'Creating…' : 'Create silence'}</button>
        <button type="button" className="button secondary" onClick={() => { onReset(); setOutcome(null); }}>Reset</button>
      </div>
      {outcome?.kind === 'errors' && (
        <div className="error" role="alert" data-testid="silence-errors">{outcome.messages.map((m) => <div key={m}>{m}</div>)}</div>
      )}
      {outcome?.kind === 'created' && <p className="info" role="status" data-testid="silence-created">Silence <code>{outcome.id}</code> created.</p>}
    </form>
  );
}
