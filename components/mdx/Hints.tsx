'use client';
import { InlineMarkdown } from './InlineMarkdown';

/** Hints shows the revealed hints and a button for the next one (gentle first, explicit last). */
export function Hints({ hints, shown, onShowMore }: { readonly hints: readonly string[]; readonly shown: number; readonly onShowMore: () => void }) {
  if (hints.length === 0) return null;
  const visible = hints.slice(0, shown);
  return (
    <div className="exercise-hints">
      {visible.length > 0 && (
        <ol className="exercise-hint-list">
          {visible.map((h, i) => (
            <li key={i}>
              <InlineMarkdown text={h} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length && (
        <button type="button" className="button secondary small" onClick={onShowMore}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown + 1} of {hints.length})
        </button>
      )}
    </div>
  );
}
