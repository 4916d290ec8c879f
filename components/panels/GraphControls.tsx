import type { WorldInfo } from '../system/protocol';
import { RANGE_OPTIONS_MS, STEP_OPTIONS_MS, type PanelState } from './panelState';
import { TimePicker } from './TimePicker';
import { autoStepMs, formatDuration } from './timeFormat';

/** GraphControls: time range and end (live or fixed, in virtual time), resolution, stacking and y-axis origin. */
export function GraphControls({ panel, world, onChange }: { panel: PanelState; world: WorldInfo; onChange: (patch: Partial<PanelState>) => void }) {
  const custom = !RANGE_OPTIONS_MS.includes(panel.rangeMs);
  return (
    <div className="controls">
      <div className="segmented" role="group" aria-label="Time range">
        {custom && <button type="button" aria-pressed className="active">{formatDuration(panel.rangeMs)}</button>}
        {RANGE_OPTIONS_MS.map((ms) => (
          <button key={ms} type="button" aria-pressed={panel.rangeMs === ms} className={panel.rangeMs === ms ? 'active' : ''} onClick={() => onChange({ rangeMs: ms })}>
            {formatDuration(ms)}
          </button>
        ))}
      </div>
      <TimePicker label="End" valueMs={panel.endMs} nowMs={world.nowMs} minMs={world.minTimeMs} stepMs={Math.max(60_000, panel.rangeMs / 4)} onChange={(endMs) => onChange({ endMs })} />
      <label className="control">
        <span className="muted">Resolution</span>
        <select aria-label="Resolution" value={panel.stepMs ?? 'auto'} onChange={(e) => onChange({ stepMs: e.target.value === 'auto' ? null : Number(e.target.value) })}>
          <option value="auto">auto ({formatDuration(autoStepMs(panel.rangeMs))})</option>
          {panel.stepMs !== null && !STEP_OPTIONS_MS.includes(panel.stepMs) && <option value={panel.stepMs}>{formatDuration(panel.stepMs)}</option>}
          {STEP_OPTIONS_MS.map((ms) => <option key={ms} value={ms}>{formatDuration(ms)}</option>)}
        </select>
      </label>
      <label className="control">
        <input type="checkbox" checked={panel.stacked} onChange={(e) => onChange({ stacked: e.target.checked })} /> Stacked
      </label>
      <label className="control">
        <input type="checkbox" checked={panel.yFromZero} onChange={(e) => onChange({ yFromZero: e.target.checked })} /> Y from zero
      </label>
    </div>
  );
}
