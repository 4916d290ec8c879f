'use client';
import dynamic from 'next/dynamic';

/** EditorMarker is an error to underline, 1-based; without a column the whole line is marked. */
export interface EditorMarker {
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export interface YamlEditorProps {
  readonly value: string;
  readonly onChange?: (value: string) => void;
  readonly markers: readonly EditorMarker[];
  readonly theme: 'light' | 'dark';
  /** CSS height, e.g. "60vh" or 320. */
  readonly height: string | number;
  readonly readOnly?: boolean;
  readonly ariaLabel: string;
}

/**
 * MonacoYaml is a YAML editor. Monaco (about 1 MB gzipped) is loaded only
 * when this component first renders, in the browser, so pages that merely
 * link to the editor stay small.
 */
export const MonacoYaml = dynamic<YamlEditorProps>(() => import('./MonacoYamlInner'), {
  ssr: false,
  loading: () => <p className="muted loading-line" role="status"><span className="spinner" aria-hidden="true" /> Loading the editor…</p>,
});
