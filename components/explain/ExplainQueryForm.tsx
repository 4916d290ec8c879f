'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ExplainView } from './ExplainView';

const EXAMPLE = 'sum by (code) (rate(http_requests_total[5m]))';

/**
 * ExplainQueryForm is the /explain page: a query box and the explanation of
 * the submitted query at the world's now. `?q=` preloads a query; a node's
 * "Run this part" opens it in the playground's table.
 */
export function ExplainQueryForm() {
  const router = useRouter();
  const [draft, setDraft] = useState(EXAMPLE);
  const [submitted, setSubmitted] = useState(EXAMPLE);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q');
    if (q !== null && q.trim() !== '') {
      setDraft(q);
      setSubmitted(q);
    }
  }, []);
  const runInPlayground = (q: string) => router.push(`/playground?${new URLSearchParams({ 'g0.expr': q, 'g0.tab': 'table' }).toString()}`);
  return (
    <>
      <form
        className="explain-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(draft.trim());
        }}
      >
        <label htmlFor="explain-query" className="muted">PromQL expression</label>
        <div className="explain-form-row">
          <textarea
            id="explain-query"
            className="mono"
            rows={2}
            value={draft}
            spellCheck={false}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                setSubmitted(draft.trim());
              }
            }}
          />
          <button type="submit" className="button">Explain</button>
        </div>
      </form>
      <ExplainView query={submitted} onRunSubquery={runInPlayground} onReplaceQuery={(q) => { setDraft(q); setSubmitted(q); }} />
    </>
  );
}
