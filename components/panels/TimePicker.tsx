import { formatDuration, fromUtcInput, toUtcInput } from './timeFormat';

interface TimePickerProps {
  readonly label: string;
  /** The picked time in ms, or null for "now". */
  readonly valueMs: number | null;
  readonly nowMs: number;
  readonly minMs: number;
  readonly onChange: (ms: number | null) => void;
}

const STEP_MS = 60_000;

/** TimePicker picks an instant in UTC within the data, with one-minute steps and a "now" reset. */
export function TimePicker({ label, valueMs, nowMs, minMs, onChange }: TimePickerProps) {
  const current = valueMs ?? nowMs;
  const clamp = (t: number) => Math.min(nowMs, Math.max(minMs, t));
  const set = (t: number) => onChange(clamp(t) >= nowMs ? null : clamp(t));
  return (
    <div className="time-picker" role="group" aria-label={label}>
      <span className="muted">{label}</span>
      <button type="button" className="button secondary small" aria-label="One minute earlier" onClick={() => set(current - STEP_MS)}>‹</button>
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
      <button type="button" className="button secondary small" aria-label="One minute later" disabled={valueMs === null} onClick={() => set(current + STEP_MS)}>›</button>
      <button type="button" className="button secondary small" disabled={valueMs === null} onClick={() => onChange(null)}>Now</button>
      {valueMs !== null && <span className="muted">({formatDuration(nowMs - valueMs)} before now)</span>}
    </div>
  );
}
