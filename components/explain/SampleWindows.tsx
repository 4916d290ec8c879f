'use client';
import type { ExplainWindow } from '../system/explainReply';
import { formatClock, formatLabels, formatNumber, formatOffset } from './format';

interface SampleWindowsProps {
  readonly title: string;
  readonly note: string;
  readonly windows: readonly ExplainWindow[];
  readonly truncated: boolean;
  /** Times are shown relative to this instant (the window's end), ms. */
  readonly evalMs: number;
}

/** SampleWindows lists each series' raw samples inside a selector's window, staleness markers flagged. */
export function SampleWindows({ title, note, windows, truncated, evalMs }: SampleWindowsProps) {
  return (
    <>
      <h3>{title}</h3>
      <p className="muted small">{note}</p>
      {windows.length === 0 && <p className="muted">No series had samples in the window.</p>}
      {windows.map((w, i) => (
        <details key={i} className="explain-window" open={i === 0}>
          <summary>
            <code>{formatLabels(w.labels)}</code> <span className="muted">{w.samples.length + w.omitted} samples</span>
          </summary>
          {w.omitted > 0 && <p className="muted small">{w.omitted} older samples not shown.</p>}
          <table className="result explain-samples">
            <thead>
              <tr><th>time</th><th>relative</th><th className="value">value</th></tr>
            </thead>
            <tbody>
              {w.samples.map((s, j) => (
                <tr key={j} className={s.stale ? 'stale' : undefined}>
                  <td className="mono">{formatClock(s.t)}</td>
                  <td className="mono">{formatOffset(s.t, evalMs)}</td>
                  <td className="value">{s.stale ? <span className="explain-chip stale" title="a staleness marker: the series ended here">stale</span> : formatNumber(s.v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
      {truncated && <p className="muted small">Only the first {windows.length} series are shown.</p>}
    </>
  );
}
