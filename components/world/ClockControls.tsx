'use client';
import { useState } from 'react';
import { EngineRequestError } from '../system/engineClient';
import { useEngine, useWorld } from '../system/useEngine';
import { ADVANCE_OPTIONS, SPEEDS } from './clockOptions';
import { VirtualTime } from './VirtualTime';

/**
 * ClockControls drive the world's virtual clock: play/pause, speed (×1 …
 * ×3600) and jumps ahead. `compact` is the header's version: time, play/pause
 * and speed only. Until the world is up it says so instead.
 */
export function ClockControls({ compact = false }: { compact?: boolean }) {
  const client = useEngine();
  const world = useWorld(client);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!client || !world) {
    return <span className="clock-controls muted" role="status">{compact ? 'world starting…' : 'The world is starting…'}</span>;
  }
  const set = async (what: string, params: { speed?: number; paused?: boolean; advanceMs?: number }) => {
    setBusy(what);
    setError(null);
    try {
      await client.call('clock', params);
    } catch (err) {
      setError(err instanceof EngineRequestError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const { paused, speed } = world.clock;
  return (
    <div className={compact ? 'clock-controls compact' : 'clock-controls'} role="group" aria-label="Virtual clock">
      {!compact && <span className="muted">Virtual time</span>}
      <VirtualTime world={world} compact={compact} />
      <button type="button" className="button secondary small clock-play" aria-label={paused ? 'Play the clock' : 'Pause the clock'} title={paused ? 'Play' : 'Pause'}
        onClick={() => void set('play', { paused: !paused })}>
        {paused ? '▶' : '❚❚'}
      </button>
      {compact ? (
        <select aria-label="Clock speed" value={speed} onChange={(e) => void set('speed', { speed: Number(e.target.value) })}>
          {!SPEEDS.includes(speed) && <option value={speed}>×{speed}</option>}
          {SPEEDS.map((s) => <option key={s} value={s}>×{s}</option>)}
        </select>
      ) : (
        <div className="segmented" role="group" aria-label="Clock speed">
          {SPEEDS.map((s) => (
            <button key={s} type="button" aria-pressed={speed === s} className={speed === s ? 'active' : ''} onClick={() => void set('speed', { speed: s })}>×{s}</button>
          ))}
        </div>
      )}
      {!compact && (
        <div className="segmented" role="group" aria-label="Advance the clock">
          {ADVANCE_OPTIONS.map(([label, ms]) => (
            <button key={label} type="button" disabled={busy !== null} aria-label={`Advance ${label.slice(1)}`} onClick={() => void set(label, { advanceMs: ms })}>
              {busy === label ? '…' : label}
            </button>
          ))}
        </div>
      )}
      {error && <span className="error inline" role="alert">{error}</span>}
    </div>
  );
}
