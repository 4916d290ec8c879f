import { formatDuration, fromUtcInput, toUtcInput } from './timeFormat';

interface TimePickerProps {
  readonly label: string;
  /** The picked time in ms, or null for "now (live)": follows the world's clock. */
  readonly valueMs: number | null;
  readonly nowMs: number;
  readonly minMs: number;
  readonly onChange: (ms: number | null) => void;
  /** How far ‹ and › move, ms (default one minute). */
  readonly stepMs?: number;
}

/**
 * TimePicker picks an instant of virtual time in UTC, within the world's data,
 * or "now (live)", which follows the clock. Stepping past now goes live again.
 */
export function TimePicker({ label, valueMs, nowMs, minMs, onChange, stepMs = 60_000 }: TimePickerProps) {
  const current = valueMs ?? nowMs;
  const clamp = (t: number) => Math.min(nowMs, Math.max(minMs, t));
  const set = (t: number) => onChange(clamp(t) >= nowMs ? null : clamp(t));
  return (
    <div className="time-picker" role="group" aria-label={label}>
      <span className="muted">{label}</span>
      <button type="button" className="button secondary small" aria-label={`${formatDuration(stepMs)} earlier`} onClick={() => set(current - stepMs)}>‹</button>
      <input
        type="datetime-local"
        step={1}
        aria-label={`${label} (UTC)`}
        value={toUtcInput(current)}
        min={toUtcInput(minMs)}
        max={toUtcInput(nowMs)}
        onChange={(e) => {
          const t = fromUtcInput(e.target.value);
          if (t !== undefined) set(t);
        }}
      />
      <span className="muted">UTC</span>
      <button type="button" className="button secondary small" aria-label={`${formatDuration(stepMs)} later`} disabled={valueMs === null} onClick={() => set(current + stepMs)}>›</button>
      {valueMs === null
        ? <span className="live-badge" title="Follows the world's clock">● now (live)</span>
        : <button type="button" className="button secondary small" onClick={() => onChange(null)}>Now (live)</button>}
      {valueMs !== null && <span className="muted">({formatDuration(Math.max(0, nowMs - valueMs)) } before now)</span>}
    </div>
  );
}
