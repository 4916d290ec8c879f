'use client';
import { autocompletion } from '@codemirror/autocomplete';
import { PromQLExtension } from '@prometheus-io/codemirror-promql';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { useCallback, useMemo, useRef } from 'react';
import type { EngineClient } from '../system/engineClient';
import { editorKeymap, type EditorActions } from './editorKeymap';
import { engineLint } from './engineLint';
import { workerPrometheusClient } from './workerPrometheusClient';

export interface PromQLEditorProps {
  readonly engine: EngineClient;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
  /** Past queries, most recent first, for ArrowUp/ArrowDown. */
  readonly history: readonly string[];
  readonly theme: 'light' | 'dark';
  readonly label?: string;
  /** Shows the query without letting it be changed (lessons, embeds). */
  readonly readOnly?: boolean;
}

const layout = EditorView.theme({
  '&': { fontSize: '14px' },
  '.cm-content': { fontFamily: 'var(--mono)', padding: '6px 0' },
  '&.cm-focused': { outline: 'none' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--mono)', maxHeight: '16em' },
});

// Completion is added by PromQLEditor itself, after its Enter key (see editorKeymap).
const BASIC_SETUP = {
  lineNumbers: false, foldGutter: false, highlightActiveLine: false, highlightActiveLineGutter: false, searchKeymap: false,
  autocompletion: false, completionKeymap: false,
} as const;

/**
 * PromQLEditor is CodeMirror with PromQL highlighting, completion from the
 * engine worker (metric names, label names and values, function docs) and
 * our engine's parse errors at their positions. Enter runs, Shift+Enter
 * breaks the line, ArrowUp/ArrowDown at the edges walk the history.
 */
export function PromQLEditor({ engine, value, onChange, onRun, history, theme, label = 'PromQL expression', readOnly = false }: PromQLEditorProps) {
  // Callbacks are read through a ref: @uiw/react-codemirror reconfigures every
  // extension whenever its onChange or basicSetup props change identity.
  const latest = useRef({ onRun, onChange, history, value });
  latest.current = { onRun, onChange, history, value };
  const changed = useCallback((v: string) => latest.current.onChange(v), []);
  const walk = useRef({ index: -1, draft: '' });

  const extensions = useMemo(() => {
    const actions = (): EditorActions => ({
      run: () => {
        walk.current.index = -1;
        latest.current.onRun();
      },
      historyStep: (direction) => {
        const w = walk.current;
        const h = latest.current.history;
        if (w.index === -1) w.draft = latest.current.value;
        const next = w.index + direction;
        if (next < -1 || next >= h.length) return undefined;
        w.index = next;
        return next === -1 ? w.draft : h[next];
      },
    });
    const promql = new PromQLExtension()
      .setComplete({ remote: workerPrometheusClient(engine), maxMetricsMetadata: 10_000 })
      .activateLinter(false);
    return [editorKeymap(actions), autocompletion(), promql.asExtension(), engineLint(engine), layout, EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label })];
  }, [engine, label]);

  return (
    <CodeMirror
      className="promql-editor"
      value={value}
      onChange={changed}
      theme={theme}
      extensions={extensions}
      basicSetup={BASIC_SETUP}
      readOnly={readOnly}
      placeholder="Expression (press Shift+Enter for newlines)"
    />
  );
}
