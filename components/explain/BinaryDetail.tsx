'use client';
import type { ExplainDetail, ExplainMatchSide } from '../system/explainReply';

type BinaryDetailData = Extract<ExplainDetail, { kind: 'binary' }>;

const CARD_TEXT: Readonly<Record<string, string>> = {
  'one-to-one': 'one-to-one: each left series pairs with at most one right series with the same matching labels',
  'many-to-one': 'many-to-one (group_left): several left series may share one right series',
  'one-to-many': 'one-to-many (group_right): several right series may share one left series',
  'many-to-many': 'many-to-many',
};

/** BinaryDetail shows how many series on each side found a partner. */
export function BinaryDetail({ detail }: { detail: BinaryDetailData }) {
  return (
    <>
      <h3>Vector matching</h3>
      <p className="muted small">{CARD_TEXT[detail.card] ?? detail.card}. Series without a partner are dropped.</p>
      <table className="result explain-match">
        <thead>
          <tr><th>side</th><th className="value">series</th><th className="value">matched</th><th className="value">unmatched (dropped)</th></tr>
        </thead>
        <tbody>
          <Side name="left" side={detail.lhs} />
          <Side name="right" side={detail.rhs} />
        </tbody>
      </table>
      <p className="small">{detail.resultSamples} result samples.</p>
    </>
  );
}

function Side({ name, side }: { name: string; side: ExplainMatchSide }) {
  return (
    <tr>
      <td>{name}</td>
      <td className="value">{side.series}</td>
      <td className="value">{side.matched}</td>
      <td className={`value${side.unmatched > 0 ? ' explain-warn' : ''}`}>{side.unmatched}</td>
    </tr>
  );
}
