'use client';
import { useState } from 'react';
import { ConfigWorkbench } from './ConfigWorkbench';
import { RunningConfig } from './RunningConfig';

/**
 * ConfigPage is the /config page: first the running prometheus.yml, as in
 * Prometheus; "Edit" opens the editor (Monaco is only downloaded then).
 */
export function ConfigPage() {
  const [editing, setEditing] = useState(false);
  if (!editing) return <RunningConfig onEdit={() => setEditing(true)} />;
  return (
    <>
      <p className="muted">
        Edit a file and apply it. Like <code>kill -HUP</code> or <code>/-/reload</code>, an invalid file is rejected and the running
        configuration stays; a valid one is live at once (targets, rules and routes change).{' '}
        <button type="button" className="linklike" onClick={() => setEditing(false)}>Back to the running configuration</button>
      </p>
      <ConfigWorkbench />
    </>
  );
}
