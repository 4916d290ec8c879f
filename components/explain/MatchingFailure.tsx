'use client';
import type { ExplainFailure } from '../system/explainReply';
import { formatLabels } from './format';

interface MatchingFailureProps {
  readonly failure: ExplainFailure;
  readonly onApply: (query: string) => void;
  readonly applyLabel: string;
}

/** MatchingFailure explains why a binary operator could not match its sides and offers rewrites that fix it. */
export function MatchingFailure({ failure, onApply, applyLabel }: MatchingFailureProps) {
  const m = failure.matching;
  return (
    <div className="explain-failure">
      <div className="error" role="alert">{failure.error.message}</div>
      {m && (
        <>
          <p>
            On the <strong>{m.side}</strong> side these series share the match group <code>{formatLabels(m.group)}</code>
            {m.differing.length > 0 && <> and differ only in <code>{m.differing.join(', ')}</code></>}:
          </p>
          <ul className="explain-groups">
            {m.series.map((s, i) => <li key={i}><code>{formatLabels(s)}</code></li>)}
          </ul>
          {m.partner && (
            <p className="small">
              They all meet <code>{formatLabels(m.partner)}</code> on the other side, which cannot pick one of them.
            </p>
          )}
        </>
      )}
      {failure.fixes.length > 0 && (
        <>
          <h3>Ways to fix it</h3>
          <ul className="explain-fixes">
            {failure.fixes.map((f) => (
              <li key={f.query}>
                <div><strong>{f.title}.</strong> {f.why}</div>
                <code className="explain-fix-query">{f.query}</code>
                <button type="button" className="button small" onClick={() => onApply(f.query)}>{applyLabel}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
