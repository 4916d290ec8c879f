import { closeCompletion, completionStatus, selectedCompletionIndex } from '@codemirror/autocomplete';
import { insertNewlineAndIndent } from '@codemirror/commands';
import { Prec, type EditorState, type Extension } from '@codemirror/state';
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
 * enterAccepts says whether Enter should accept the open completion: yes
 * after a typed name or value, or when the user moved through the list; no
 * right after a closed expression (`)`, `]`, `}` or a space), where the list
 * only offers operators and Enter means "run".
 */
function enterAccepts(state: EditorState): boolean {
  if (completionStatus(state) !== 'active') return false;
  if ((selectedCompletionIndex(state) ?? 0) > 0) return true;
  const head = state.selection.main.head;
  const before = state.sliceDoc(Math.max(0, head - 1), head);
  return before !== '' && !/[)\]}\s]/.test(before);
}

/**
 * editorKeymap: Enter runs the query (or accepts a completion, see
 * enterAccepts), Shift+Enter inserts a newline, ArrowUp on the first line and
 * ArrowDown on the last walk through the query history. It must come before
 * autocompletion() in the extension list: both sit at the highest precedence.
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
  const run = (view: EditorView) => {
    if (enterAccepts(view.state)) return false;
    closeCompletion(view);
    actions().run();
    return true;
  };
  return Prec.highest(keymap.of([
    { key: 'Enter', run },
    { key: 'Shift-Enter', run: insertNewlineAndIndent },
    { key: 'ArrowUp', run: walk(1) },
    { key: 'ArrowDown', run: walk(-1) },
  ]));
}
