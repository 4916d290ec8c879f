// Monaco's editor worker, bundled locally (no CDN): see STACK.md, "Monaco from the local package".
import 'monaco-editor/editor/editor.worker';
