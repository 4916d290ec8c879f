'use client';
import type { Variable } from './model';
import { ALL } from './variables';

interface VariablePickerProps {
  readonly variable: Variable;
  /** The options, null while they load. */
  readonly options: readonly string[] | null;
  readonly value: readonly string[];
  readonly error?: string;
  readonly onChange: (value: readonly string[]) => void;
}

/**
 * VariablePicker is a Grafana template-variable control: a dropdown, or for
 * multi-value variables a list of checkboxes in a popover, with "All" first
 * when the variable includes it.
 */
export function VariablePicker({ variable, options, value, error, onChange }: VariablePickerProps) {
  const all = value.includes(ALL);
  if (!variable.multi) {
    return (
      <label className="dash-variable">
        <span>{variable.label}</span>
        <select aria-label={variable.label} value={value[0] ?? ''} disabled={options === null} onChange={(e) => onChange([e.target.value])}>
          {options === null && <option value="">Loading…</option>}
          {variable.includeAll && <option value={ALL}>All</option>}
          {options?.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        {error && <span className="dash-var-error" role="alert">{error}</span>}
      </label>
    );
  }
  const toggle = (o: string) => {
    if (o === ALL) return onChange([ALL]);
    const picked = all ? [] : value.filter((v) => v !== o);
    const next = value.includes(o) && !all ? picked : [...picked, o];
    onChange(next.length === 0 ? (variable.includeAll ? [ALL] : [options?.[0] ?? '']) : next);
  };
  const summary = all ? 'All' : value.length === 1 ? value[0]! : `${value.length} selected`;
  return (
    <div className="dash-variable">
      <span id={`var-${variable.name}`}>{variable.label}</span>
      <details className="dash-multi">
        <summary aria-labelledby={`var-${variable.name}`} aria-label={`${variable.label}: ${summary}`}>{options === null ? 'Loading…' : summary}</summary>
        <div className="dash-multi-list" role="group" aria-label={variable.label}>
          {variable.includeAll && (
            <label><input type="checkbox" checked={all} onChange={() => toggle(ALL)} /> All</label>
          )}
          {options?.map((o) => (
            <label key={o}><input type="checkbox" checked={!all && value.includes(o)} onChange={() => toggle(o)} /> {o}</label>
          ))}
        </div>
      </details>
      {error && <span className="dash-var-error" role="alert">{error}</span>}
    </div>
  );
}
