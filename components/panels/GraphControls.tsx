import { RANGE_OPTIONS_MS, STEP_OPTIONS_MS, type PanelState } from './panelState';
import { autoStepMs, formatDuration } from './timeFormat';

/** GraphControls: time range (ending at the world's now), resolution, stacking and y-axis origin. */
export function GraphControls({ panel, onChange }: { panel: PanelState; onChange: (patch: Partial<PanelState>) => void }) {
  return (
    <div className="controls">
      <div className="segmented" role="group" aria-label="Time range">
        {RANGE_OPTIONS_MS.map((ms) => (
          <button
            key={ms}
            type="button"
            aria-pressed={panel.rangeMs === ms}
            className={panel.rangeMs === ms ? 'active' : ''}
            onClick={() => onChange({ rangeMs: ms })}
          >
            {formatDuration(ms)}
          </button>
        ))}
      </div>
      <label className="control">
        <span className="muted">Resolution</span>
        <select
          aria-label="Resolution"
          value={panel.stepMs ?? 'auto'}
          onChange={(e) => onChange({ stepMs: e.target.value === 'auto' ? null : Number(e.target.value) })}
        >
          <option value="auto">auto ({formatDuration(autoStepMs(panel.rangeMs))})</option>
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
