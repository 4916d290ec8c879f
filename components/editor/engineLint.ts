import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { EngineClient } from '../system/engineClient';

/**
 * engineLint underlines the first error of our engine's parser (the one that
 * runs queries), so the editor shows exactly what Prometheus would reject and
 * where. An empty editor is not an error. A query that parses gets the
 * teaching warnings instead (teachingLints.ts).
 */
export function engineLint(engine: EngineClient): Extension {
  return linter(async (view): Promise<Diagnostic[]> => {
    const query = view.state.doc.toString();
    if (query.trim() === '') return [];
    const res = await engine.call('parse', { query }).catch(() => null);
    // The document may have changed while the worker parsed; CodeMirror drops stale results itself.
    if (!res) return [];
    if (res.ok) {
      // Loaded on first use: the teaching lints parse on the main thread, and the parser need not be in the page's first load.
      const { teachingDiagnostics } = await import('./teachingDiagnostics');
      return teachingDiagnostics(engine, query, view.state.doc.length);
    }
    const len = view.state.doc.length;
    const from = Math.min(res.pos.start, len);
    const to = Math.min(Math.max(res.pos.end, from), len);
    return [{ from, to, severity: 'error', message: res.message, source: 'PromQL' }];
  }, { delay: 250 });
}
