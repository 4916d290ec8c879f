'use client';
import { useState } from 'react';
import type { Extrapolation } from '@/engine/index';
import type { ExplainDetail } from '../system/explainReply';
import { formatClock, formatLabels, formatNumber, formatOffset, formatSeconds } from './format';

type ExtrapolationData = Extract<ExplainDetail, { kind: 'extrapolation' }>;

const START_RULES: Readonly<Record<Extrapolation['startRule'], string>> = {
  edge: 'the gap to the window start is under 1.1 average intervals, so the line is extended all the way to the start',
  'half-interval': 'the gap to the window start is 1.1 average intervals or more (the series may have started there), so it is extended only half an interval',
  zero: 'a counter cannot have been below zero, so it is extended only back to where it would have been 0',
  'start-time': "the counter's start time lies inside the window, so it is counted from zero at that time",
};
const END_RULES: Readonly<Record<Extrapolation['endRule'], string>> = {
  edge: 'the gap to the window end is under 1.1 average intervals, so the line is extended all the way to the end',
  'half-interval': 'the gap to the window end is 1.1 average intervals or more (the series may have ended there), so it is extended only half an interval',
};

/** ExtrapolationDetail walks through rate/increase/delta's arithmetic for one chosen series, as the engine did it. */
export function ExtrapolationDetail({ detail, evalMs }: { detail: ExtrapolationData; evalMs: number }) {
  const [index, setIndex] = useState(0);
  const chosen = detail.series[Math.min(index, detail.series.length - 1)];
  if (chosen === undefined) return <p className="muted">No series had two samples in its window, so {detail.func}() produced nothing.</p>;
  return (
    <div className="explain-extrapolation" data-testid="extrapolation">
      <h3>How {detail.func}() was computed</h3>
      {detail.series.length > 1 && (
        <label className="small">
          Series{' '}
          <select value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {detail.series.map((s, i) => <option key={i} value={i}>{formatLabels(s.labels)}</option>)}
          </select>
        </label>
      )}
      {detail.series.length === 1 && <p><code>{formatLabels(chosen.labels)}</code></p>}
      <Arithmetic func={detail.func} a={chosen.arithmetic} evalMs={evalMs} />
    </div>
  );
}

function Arithmetic({ func, a, evalMs }: { func: string; a: Extrapolation; evalMs: number }) {
  const windowS = (a.rangeEndMs - a.rangeStartMs) / 1000;
  const gapStartS = (a.first.t - a.rangeStartMs) / 1000;
  const gapEndS = (a.rangeEndMs - a.last.t) / 1000;
  const counter = func !== 'delta';
  const rows: [string, React.ReactNode][] = [
    ['Window', <>({formatOffset(a.rangeStartMs, evalMs)}, {formatOffset(a.rangeEndMs, evalMs)}] = {formatSeconds(windowS)}, {a.samples} samples</>],
    ['First sample', <>{formatNumber(a.first.v)} at {formatClock(a.first.t)} ({formatSeconds(gapStartS)} after the window start)</>],
    ['Last sample', <>{formatNumber(a.last.v)} at {formatClock(a.last.t)} ({formatSeconds(gapEndS)} before the window end)</>],
  ];
  if (counter) {
    rows.push([
      'Counter resets',
      a.resets === 0 ? 'none' : <>{a.resets}: the value before each drop is added back, +{formatNumber(a.resetCorrection)}</>,
    ]);
  }
  const startTime = a.startRule === 'start-time';
  rows.push([
    'Increase between samples',
    <>
      {formatNumber(a.last.v)} − {formatNumber(a.first.v)}
      {counter && a.resetCorrection !== 0 && <> + {formatNumber(a.resetCorrection)}</>}
      {startTime && <> + {formatNumber(a.first.v)} (from zero at the start time)</>} = <strong>{formatNumber(a.increase)}</strong>
    </>,
  ]);
  rows.push(['Sampled interval', <>{formatSeconds(a.sampledIntervalS)}, on average {formatSeconds(a.averageIntervalS)} between samples</>]);
  rows.push(['Extended at the start', <>+{formatSeconds(a.extendStartS)}: {START_RULES[a.startRule]}</>]);
  rows.push(['Extended at the end', <>+{formatSeconds(a.extendEndS)}: {END_RULES[a.endRule]}</>]);
  rows.push([
    'Extrapolation factor',
    <>({formatSeconds(a.sampledIntervalS)} + {formatSeconds(a.extendStartS)} + {formatSeconds(a.extendEndS)}) / {formatSeconds(a.sampledIntervalS)} = {formatNumber(a.factor)}</>,
  ]);
  rows.push([
    'Result',
    <>
      {formatNumber(a.increase)} × {formatNumber(a.factor)}
      {a.perSecondOverS !== undefined && <> / {formatSeconds(a.perSecondOverS)}</>} = <strong data-testid="extrapolation-result">{formatNumber(a.result)}</strong>
      {a.perSecondOverS !== undefined && <span className="muted"> per second</span>}
    </>,
  ]);
  return (
    <table className="result explain-arithmetic">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}><th scope="row">{k}</th><td>{v}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
