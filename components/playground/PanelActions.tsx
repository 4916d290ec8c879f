/** CopyIcon: two overlapping sheets (drawn, so it never depends on a font having the glyph). */
function CopyIcon() {
  return (
    <svg width="13" height="13" viewBox="0 0 13 13" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.3">
      <rect x="4" y="4" width="8" height="8" rx="1" />
      <path d="M9 2.5V1.5a.5.5 0 0 0-.5-.5h-7a.5.5 0 0 0-.5.5v7a.5.5 0 0 0 .5.5H2.5" />
    </svg>
  );
}

/** PanelActions are the playground's buttons for arranging panels: move, duplicate, remove. */
export function PanelActions({ index, count, onMove, onDuplicate, onRemove }: {
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  return (
    <span className="panel-arrange" role="group" aria-label="Arrange panel">
      <button type="button" className="button secondary icon" aria-label="Move panel up" title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
      <button type="button" className="button secondary icon" aria-label="Move panel down" title="Move down" disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
      <button type="button" className="button secondary icon" aria-label="Duplicate panel" title="Duplicate" onClick={onDuplicate}><CopyIcon /></button>
      <button type="button" className="button secondary icon" aria-label="Remove panel" title="Remove" disabled={count === 1} onClick={onRemove}>✕</button>
    </span>
  );
}
