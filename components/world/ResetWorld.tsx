'use client';
import { useState } from 'react';
import { EngineRequestError } from '../system/engineClient';
import { useEngine, useWorld } from '../system/useEngine';

/**
 * ResetWorld throws the world away and builds a fresh one from a seed (the
 * same seed always gives the same data). It asks first: the current
 * history, incidents and config changes are lost.
 */
export function ResetWorld() {
  const client = useEngine();
  const world = useWorld(client);
  const [confirming, setConfirming] = useState(false);
  const [seed, setSeed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!client || !world) return null;

  const seedValue = seed === '' ? world.seed : Number(seed);
  const valid = Number.isSafeInteger(seedValue) && seedValue >= 0;
  const reset = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.call('reset', { seed: seedValue });
      setConfirming(false);
      setSeed('');
    } catch (err) {
      setError(err instanceof EngineRequestError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  if (!confirming) {
    return <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>Reset world…</button>;
  }
  return (
    <div className="reset-world" role="dialog" aria-label="Reset the world">
      <span>Build a new world? Its history, incidents and config changes are lost.</span>
      <label className="control">
        <span className="muted">Seed</span>
        <input className="mono" type="number" min={0} step={1} aria-label="World seed" placeholder={String(world.seed)} value={seed} size={6} onChange={(e) => setSeed(e.target.value)} />
      </label>
      <button type="button" className="button danger small" disabled={busy || !valid} onClick={() => void reset()}>{busy ? 'Building…' : 'Reset world'}</button>
      <button type="button" className="button secondary small" disabled={busy} onClick={() => setConfirming(false)}>Cancel</button>
      {!valid && <span className="error inline" role="alert">The seed is a whole number, 0 or more.</span>}
      {error && <span className="error inline" role="alert">{error}</span>}
    </div>
  );
}
