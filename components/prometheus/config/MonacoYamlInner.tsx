'use client';
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import { useEffect, useRef } from 'react';
import type { EditorMarker, YamlEditorProps } from './MonacoYaml';

// Monaco from the bundled package, its worker from a local file: never the CDN default (STACK.md gotchas 1 and 3).
self.MonacoEnvironment = { getWorker: () => new Worker(new URL('./monaco.worker.ts', import.meta.url), { type: 'module' }) };
loader.config({ monaco });

const MARKER_OWNER = 'prometheus-config';

function toMonacoMarker(m: EditorMarker, model: monaco.editor.ITextModel): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(1, m.line), model.getLineCount());
  const startColumn = Math.max(1, m.column ?? model.getLineFirstNonWhitespaceColumn(line) ?? 1);
  return { severity: monaco.MarkerSeverity.Error, message: m.message, startLineNumber: line, startColumn, endLineNumber: line, endColumn: Math.max(startColumn + 1, model.getLineMaxColumn(line)) };
}

/** MonacoYamlInner is the Monaco editor itself; only MonacoYaml loads it, lazily, in the browser. */
export default function MonacoYamlInner({ value, onChange, markers, theme, height, readOnly, ariaLabel }: YamlEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    applyMarkers(editor, markers);
  };

  useEffect(() => {
    if (editorRef.current) applyMarkers(editorRef.current, markers);
  }, [markers]);

  return (
    <Editor
      height={height}
      defaultLanguage="yaml"
      value={value}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      onChange={(v) => onChange?.(v ?? '')}
      onMount={onMount}
      options={{
        readOnly,
        ariaLabel,
        minimap: { enabled: false },
        stickyScroll: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        tabSize: 2,
        insertSpaces: true,
        automaticLayout: true,
        renderWhitespace: 'boundary',
      }}
    />
  );
}

function applyMarkers(editor: monaco.editor.IStandaloneCodeEditor, markers: readonly EditorMarker[]): void {
  const model = editor.getModel();
  if (!model) return;
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((m) => toMonacoMarker(m, model)));
  const first = markers[0];
  if (first) editor.revealLineInCenterIfOutsideViewport(Math.min(Math.max(1, first.line), model.getLineCount()));
}
