'use client';
import type { ExplainDetail } from '../system/explainReply';
import { formatLabels } from './format';

type AggregateDetailData = Extract<ExplainDetail, { kind: 'aggregate' }>;

/** AggregateDetail lists the groups an aggregation formed from its input series. */
export function AggregateDetail({ detail }: { detail: AggregateDetailData }) {
  return (
    <>
      <h3>Groups</h3>
      <p className="small">
        <code>{detail.op}</code> combined {detail.inputSeries} input series into {detail.groupCount} {detail.groupCount === 1 ? 'group' : 'groups'}, one output series each.
      </p>
      <ul className="explain-groups">
        {detail.groups.map((g, i) => (
          <li key={i}><code>{Object.keys(g).length === 0 ? '{} (everything in one group)' : formatLabels(g)}</code></li>
        ))}
      </ul>
      {detail.groupCount > detail.groups.length && <p className="muted small">…and {detail.groupCount - detail.groups.length} more.</p>}
    </>
  );
}
