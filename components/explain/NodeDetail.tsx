'use client';
import type { ExplainNode } from '../system/explainReply';
import { AggregateDetail } from './AggregateDetail';
import { BinaryDetail } from './BinaryDetail';
import { ExtrapolationDetail } from './ExtrapolationDetail';
import { SampleWindows } from './SampleWindows';
import { formatLabels, formatMs, formatNumber } from './format';

interface NodeDetailProps {
  readonly node: ExplainNode;
  /** The evaluation time, ms (sample times are shown relative to it). */
  readonly evalMs: number;
  readonly onRunSubquery?: (query: string) => void;
}

/** NodeDetail is the panel for the selected node: its numbers, a few results and what its kind did. */
export function NodeDetail({ node, evalMs, onRunSubquery }: NodeDetailProps) {
  const d = node.detail;
  return (
    <section className="explain-detail card" aria-label="Node detail" data-node-kind={node.kind}>
      <div className="explain-detail-head">
        <code className="explain-detail-query">{node.text}</code>
        {onRunSubquery && node.type !== 'string' && (
          <button type="button" className="button secondary small" onClick={() => onRunSubquery(node.text)}>
            Run this part
          </button>
        )}
      </div>
      <dl className="explain-stats">
        <div><dt>Result type</dt><dd>{node.type}</dd></div>
        <div><dt>Series out</dt><dd>{node.seriesOut}</dd></div>
        <div><dt>Samples read</dt><dd>{node.samplesRead}</dd></div>
        <div><dt>Time</dt><dd>{formatMs(node.timeMs)}</dd></div>
      </dl>
      {node.examples.length > 0 && (
        <>
          <h3>Example results</h3>
          <table className="result explain-examples">
            <tbody>
              {node.examples.map((x, i) => (
                <tr key={i}>
                  <td className="labels">{formatLabels(x.labels)}</td>
                  <td className="value">{formatNumber(x.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {node.seriesOut > node.examples.length && <p className="muted small">…and {node.seriesOut - node.examples.length} more.</p>}
        </>
      )}
      {d?.kind === 'selector' && (
        <SampleWindows
          title={`Raw samples in each series' lookback window (${d.lookbackMs / 1000}s)`}
          note="An instant selector takes the newest sample in the window ending at the evaluation time; a staleness marker ends a series early."
          windows={d.series}
          truncated={d.truncated}
          evalMs={evalMs}
        />
      )}
      {d?.kind === 'range' && (
        <SampleWindows
          title={`Samples in each series' ${d.rangeMs / 1000}s window`}
          note={
            d.subquery
              ? `A subquery evaluates its inner query ${d.subquery.steps} times, every ${d.subquery.stepMs / 1000}s, to fill the window.`
              : 'The window is left-open: (t − range, t]. Staleness markers are not part of range windows.'
          }
          windows={d.series}
          truncated={d.truncated}
          evalMs={d.windowEndMs}
        />
      )}
      {d?.kind === 'extrapolation' && <ExtrapolationDetail detail={d} evalMs={evalMs} />}
      {d?.kind === 'binary' && <BinaryDetail detail={d} />}
      {d?.kind === 'set' && (
        <p>
          <code>{d.op}</code> compared {d.lhsSeries} series on the left with {d.rhsSeries} on the right by their label sets.
        </p>
      )}
      {d?.kind === 'aggregate' && <AggregateDetail detail={d} />}
    </section>
  );
}
