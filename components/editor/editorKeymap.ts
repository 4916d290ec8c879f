import { completionStatus } from '@codemirror/autocomplete';
import { insertNewlineAndIndent } from '@codemirror/commands';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';

/** EditorActions are what the keys do; read through a ref so the keymap never has to be rebuilt. */
export interface EditorActions {
  run(): void;
  /** historyStep(+1) returns an older query, historyStep(-1) a newer one; undefined when there is none. */
  historyStep(direction: 1 | -1): string | undefined;
}

function replaceDoc(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
}

/**
 * editorKeymap: Enter runs the query (unless the completion list is open:
 * then it accepts), Shift+Enter inserts a newline, ArrowUp on the first line
 * and ArrowDown on the last walk through the query history.
 */
export function editorKeymap(actions: () => EditorActions): Extension {
  const walk = (direction: 1 | -1) => (view: EditorView) => {
    if (completionStatus(view.state) !== null) return false;
    const line = view.state.doc.lineAt(view.state.selection.main.head);
    const atEdge = direction === 1 ? line.number === 1 : line.number === view.state.doc.lines;
    if (!atEdge) return false;
    const text = actions().historyStep(direction);
    if (text === undefined) return false;
    replaceDoc(view, text);
    return true;
  };
  return Prec.high(keymap.of([
    { key: 'Enter', run: () => { actions().run(); return true; } },
    { key: 'Shift-Enter', run: insertNewlineAndIndent },
    { key: 'ArrowUp', run: walk(1) },
    { key: 'ArrowDown', run: walk(-1) },
  ]));
}
