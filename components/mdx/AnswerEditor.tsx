'use client';
import dynamic from 'next/dynamic';
import type { EngineClient } from '../system/engineClient';
import { useTheme } from '../shell/useTheme';
import { Loading } from './Loading';

// Both editors are heavy (CodeMirror, Monaco): loaded when an exercise first renders.
const PromQLEditor = dynamic(() => import('../editor/PromQLEditor').then((m) => m.PromQLEditor), { ssr: false, loading: () => <Loading what="the editor" /> });
const MonacoYaml = dynamic(() => import('../prometheus/config/MonacoYaml').then((m) => m.MonacoYaml), { ssr: false, loading: () => <Loading what="the editor" /> });

const NO_HISTORY: readonly string[] = [];

export interface AnswerEditorProps {
  readonly kind: 'query' | 'config';
  readonly engine: EngineClient | null;
  readonly value: string;
  readonly onChange: (v: string) => void;
  /** Enter in the query editor checks the answer. */
  readonly onSubmit: () => void;
  readonly label: string;
  /** Config errors to underline (1-based line). */
  readonly errorLine?: number;
}

/** AnswerEditor is the exercise's input: the PromQL editor for queries, the YAML editor for config files. */
export function AnswerEditor({ kind, engine, value, onChange, onSubmit, label, errorLine }: AnswerEditorProps) {
  const theme = useTheme();
  if (kind === 'config') {
    const lines = value.split('\n').length;
    return (
      <MonacoYaml
        value={value}
        onChange={onChange}
        markers={errorLine !== undefined ? [{ line: errorLine, message: 'The checker rejected this file here' }] : []}
        theme={theme}
        height={Math.min(520, Math.max(180, lines * 19 + 24))}
        ariaLabel={label}
      />
    );
  }
  if (!engine) return <Loading what="the engine" />;
  return (
    <div className="exercise-query-editor">
      <PromQLEditor engine={engine} value={value} onChange={onChange} onRun={onSubmit} history={NO_HISTORY} theme={theme} label={label} />
    </div>
  );
}
