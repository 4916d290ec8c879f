'use client';
import type { ExplainNode } from '../system/explainReply';
import { formatMs } from './format';

interface ExplainTreeProps {
  readonly root: ExplainNode;
  readonly selectedId: string;
  readonly onSelect: (id: string) => void;
}

/** KIND_LABELS names AST node kinds the way the docs do. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  AggregateExpr: 'aggregation',
  BinaryExpr: 'binary operator',
  Call: 'function',
  MatrixSelector: 'range selector',
  VectorSelector: 'instant selector',
  SubqueryExpr: 'subquery',
  NumberLiteral: 'number',
  StringLiteral: 'string',
  UnaryExpr: 'unary',
};

/** ExplainTree lists every evaluated sub-expression, outermost first, as a tree of buttons. */
export function ExplainTree({ root, selectedId, onSelect }: ExplainTreeProps) {
  return (
    <ul className="explain-tree" role="tree" aria-label="Evaluation tree">
      <TreeItem node={root} selectedId={selectedId} onSelect={onSelect} />
    </ul>
  );
}

function TreeItem({ node, selectedId, onSelect }: { node: ExplainNode; selectedId: string; onSelect: (id: string) => void }) {
  const selected = node.id === selectedId;
  return (
    <li role="treeitem" aria-selected={selected} aria-expanded={node.children.length > 0 ? true : undefined}>
      <button
        type="button"
        className={`explain-node${selected ? ' selected' : ''}`}
        onClick={() => onSelect(node.id)}
        data-kind={node.kind}
        data-node-id={node.id}
      >
        <code className="explain-node-text">{node.text}</code>
        <span className="explain-node-meta">
          <span className="explain-chip">{KIND_LABELS[node.kind] ?? node.kind}</span>
          <span title="result type">{node.type}</span>
          <span title="series produced">{node.seriesOut} series</span>
          {node.samplesRead > 0 && <span title="raw samples read from storage">{node.samplesRead} samples read</span>}
          <span title="time spent, children included">{formatMs(node.timeMs)}</span>
          {node.stepInvariant && <span className="explain-chip" title="evaluated once and reused at every step">step-invariant</span>}
        </span>
      </button>
      {node.children.length > 0 && (
        <ul role="group">
          {node.children.map((c) => (
            <TreeItem key={c.id} node={c} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
