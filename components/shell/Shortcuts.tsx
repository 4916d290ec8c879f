'use client';
import { useEffect, useRef, useState } from 'react';
import { engineClient } from '../system/useEngine';
import { runAllPanels } from './shortcutEvents';

const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['/', 'Focus the first query editor'],
  ['Enter', 'Run the query (in an editor)'],
  ['Shift+Enter', 'New line in the query'],
  ['↑ / ↓', 'Walk the query history (first or last line of an editor)'],
  ['Ctrl+Enter', 'Run every query panel on the page'],
  ['p', 'Play or pause the virtual clock'],
  ['?', 'Show this list'],
  ['Esc', 'Close menus and dialogs'],
];

/** isTyping: single-key shortcuts must not fire while the user writes somewhere. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function toggleClock(): void {
  const client = engineClient();
  const paused = client.worldInfo()?.clock.paused;
  if (paused !== undefined) void client.call('clock', { paused: !paused }).catch(() => {});
}

/**
 * Shortcuts listens for the site's keyboard shortcuts and shows them on `?`.
 * Single keys only act outside text fields; Ctrl+Enter acts everywhere
 * (it is caught before the editor, which would otherwise insert a line).
 */
export function Shortcuts() {
  const [open, setOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.stopPropagation();
        runAllPanels();
        return;
      }
      if (e.key === 'Escape') {
        setOpen(false);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '/') {
        const editor = document.querySelector<HTMLElement>('.promql-editor .cm-content[contenteditable=true]');
        if (editor) {
          e.preventDefault();
          editor.focus();
        }
      } else if (e.key === '?') {
        e.preventDefault();
        setOpen((o) => !o);
      } else if (e.key === 'p') {
        toggleClock();
      }
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, []);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => setOpen(false)}>
      <div className="modal card" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>{SHORTCUTS.map(([k, what]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{what}</td></tr>)}</tbody>
        </table>
        <button ref={closeRef} type="button" className="button secondary" onClick={() => setOpen(false)}>Close</button>
      </div>
    </div>
  );
}
