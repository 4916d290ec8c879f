'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTheme } from '../../shell/useTheme';
import { useEngine, useWorld } from '../../system/useEngine';
import { formatUtc } from '../../panels/timeFormat';
import { LoadingLine } from '../shared/WorldStatus';
import { applyConfigText, fileName, loadConfigText, positionText, type ConfigFile } from './configApi';
import { MonacoYaml, type EditorMarker } from './MonacoYaml';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'applying' }
  | { readonly kind: 'applied'; readonly atMs: number }
  | { readonly kind: 'error'; readonly message: string; readonly markers: readonly EditorMarker[] };

interface Props {
  readonly file: ConfigFile;
  /** Which rule file, for file="rules" (default rules/default.yml). */
  readonly ruleFile?: string;
  /** A shorter editor, for lessons. */
  readonly compact?: boolean;
}

/**
 * ConfigEditor edits one of the world's configuration files in Monaco and
 * applies it as Prometheus reloads: an invalid file is rejected with the
 * tool's message and a marker at the reported line and column, and the
 * running configuration stays; a valid one is live at once.
 */
export function ConfigEditor({ file, ruleFile, compact = false }: Props) {
  const client = useEngine();
  const world = useWorld(client);
  const theme = useTheme();
  const [running, setRunning] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const name = fileName(file, ruleFile);

  useEffect(() => {
    if (!client) return;
    const ctrl = new AbortController();
    setRunning(null);
    setStatus({ kind: 'idle' });
    loadConfigText(client, file, ruleFile, ctrl.signal).then(
      (text) => { if (!ctrl.signal.aborted) { setRunning(text); setDraft(text); setLoadError(null); } },
      (e: unknown) => { if (!ctrl.signal.aborted) setLoadError(e instanceof Error ? e.message : String(e)); },
    );
    return () => ctrl.abort();
  }, [client, file, ruleFile]);

  if (loadError) return <div className="error" role="alert">Could not load {name}: {loadError}</div>;
  if (!client || running === null) return <LoadingLine what={`Loading ${name}…`} />;

  const dirty = draft !== running;
  const apply = async () => {
    setStatus({ kind: 'applying' });
    const out = await applyConfigText(client, file, draft, ruleFile).catch((e: unknown) => ({ ok: false as const, status: 0, message: e instanceof Error ? e.message : String(e), markers: [] }));
    if (out.ok) {
      setRunning(draft);
      setStatus({ kind: 'applied', atMs: client.worldInfo()?.nowMs ?? world?.nowMs ?? 0 });
    } else {
      setStatus({ kind: 'error', message: out.message, markers: out.markers });
    }
  };
  const markers = status.kind === 'error' ? status.markers : [];

  return (
    <div className={`config-editor${compact ? ' compact' : ''}`} data-testid="config-editor" data-file={name}>
      <div className="config-toolbar">
        <code className="config-name">{name}</code>
        {dirty ? <span className="unsaved" data-testid="unsaved">● unsaved changes</span> : <span className="muted">running</span>}
        <span className="spacer" />
        <button type="button" className="button secondary small" disabled={!dirty} onClick={() => { setDraft(running); setStatus({ kind: 'idle' }); }}>
          Reset to running
        </button>
        <button type="button" className="button small" disabled={status.kind === 'applying'} onClick={() => void apply()} title="Check the file and reload it; an invalid file leaves the running configuration as it is">
          {status.kind === 'applying' ? 'Applying…' : 'Validate & apply'}
        </button>
      </div>
      <div className="config-monaco">
        <MonacoYaml value={draft} onChange={(v) => { setDraft(v); if (status.kind === 'applied') setStatus({ kind: 'idle' }); }} markers={markers} theme={theme} height={compact ? 320 : '62vh'} ariaLabel={`${name} editor`} />
      </div>
      {status.kind === 'error' && (
        <div className="error" role="alert" data-testid="config-error">
          <strong>Reload failed; the running configuration is unchanged.</strong>
          {'\n'}{status.message}
          {status.markers.length > 0 && <>{'\n'}at {status.markers.map(positionText).join('; ')}</>}
        </div>
      )}
      {status.kind === 'applied' && (
        <div className="success" role="status" data-testid="config-applied">
          {name} reloaded at {formatUtc(status.atMs)} (virtual time): the new configuration is live.
          {file === 'prometheus' && <> <Link href="/targets" prefetch={false}>See the targets</Link> or <Link href="/service-discovery" prefetch={false}>service discovery</Link>.</>}
          {file === 'rules' && <> <Link href="/rules" prefetch={false}>See the rules</Link>.</>}
        </div>
      )}
    </div>
  );
}
