'use client';
import { useEffect, useState } from 'react';
import type { EngineClient } from '../system/engineClient';
import type { Variable } from './model';
import { ALL } from './variables';

interface VariablePickerProps {
  readonly client: EngineClient | null;
  readonly variable: Variable;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Reloads the options when the world's time moves (new targets may appear). */
  readonly nowMs: number | null;
}

/** VariablePicker is a Grafana template-variable dropdown fed by the worker's `labelValues`. */
export function VariablePicker({ client, variable, value, onChange, nowMs }: VariablePickerProps) {
  const [options, setOptions] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!client || nowMs === null) return;
    let live = true;
    client.call('labelValues', { name: variable.labelName, matchers: [variable.matcher] }).then(
      (vals) => { if (live) setOptions(vals); },
      () => { if (live) setOptions([]); },
    );
    return () => { live = false; };
  }, [client, variable.labelName, variable.matcher, nowMs]);
  return (
    <label className="dash-variable">
      <span>{variable.label}</span>
      <select aria-label={variable.label} value={value} onChange={(e) => onChange(e.target.value)}>
        {variable.includeAll && <option value={ALL}>All</option>}
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </label>
  );
}
