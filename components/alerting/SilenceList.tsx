'use client';
import { useState } from 'react';
import type { AmSilence, SilenceState } from './apiTypes';
import { describeError, requestJson } from './http';
import { StateBadge } from './LabelBadges';
import { formatMatcher, matcherToRow, type MatcherRow } from './silenceForm';
import { formatAgo, formatClock, parseApiTime } from './time';
import { announceChange, useEngineResource } from './useEngineResource';

const ORDER: readonly SilenceState[] = ['active', 'pending', 'expired'];

/** SilenceList shows every silence by state, with Expire for the live ones and "Recreate" to copy one into the form. */
export function SilenceList({ onEdit }: { onEdit: (rows: readonly MatcherRow[]) => void }) {
  const silences = useEngineResource<readonly AmSilence[]>('/alertmanager/api/v2/silences');
  const [error, setError] = useState<string | null>(null);
  const nowMs = silences.world?.nowMs ?? NaN;
  const { client } = silences;

  async function expire(id: string): Promise<void> {
    if (client === null) return;
    setError(null);
    try {
      await requestJson(client, 'DELETE', `/alertmanager/api/v2/silence/${encodeURIComponent(id)}`);
      announceChange();
    } catch (e) {
      setError(`Expiring ${id}: ${describeError(e)}`);
    }
  }

  const list = silences.data ?? [];
  return (
    <section className="card" aria-label="Silences">
      <h2>Silences</h2>
      {silences.error !== null && <p className="error" role="alert">Could not load silences: {silences.error}</p>}
      {error !== null && <p className="error" role="alert">{error}</p>}
      {!silences.loading && silences.data !== null && list.length === 0 && <p className="muted">No silences yet.</p>}
      {ORDER.map((state) => {
        const inState = list.filter((s) => s.status.state === state);
        if (inState.length === 0) return null;
        return (
          <div key={state} className="al-silence-state">
            <h3><StateBadge state={state} count={inState.length} /></h3>
            <ul className="al-silences">
              {inState.map((s) => {
                const ends = parseApiTime(s.endsAt);
                const starts = parseApiTime(s.startsAt);
                return (
                  <li key={s.id} className="al-silence" data-testid="silence" data-state={state}>
                    <div className="al-silence-matchers">{s.matchers.map((m) => <span key={formatMatcher(m)} className="al-label mono">{formatMatcher(m)}</span>)}</div>
                    <div className="muted al-silence-meta">
                      {state === 'pending' ? `starts ${formatAgo(starts, nowMs)}` : state === 'active' ? `ends ${formatAgo(ends, nowMs)}` : `expired ${formatAgo(ends, nowMs)}`}
                      {' '}({formatClock(starts)} → {formatClock(ends)}) · by {s.createdBy || 'nobody'} · <code title={s.id}>{s.id.slice(0, 8)}</code>
                    </div>
                    {s.comment !== '' && <p className="al-silence-comment">{s.comment}</p>}
                    <div className="al-silence-actions">
                      {state !== 'expired' && <button type="button" className="button secondary small" onClick={() => void expire(s.id)}>Expire</button>}
                      <button type="button" className="button secondary small" onClick={() => onEdit(s.matchers.map(matcherToRow))}>Recreate</button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
