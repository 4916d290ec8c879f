'use client';
import { LabelChips } from '../shared/LabelChips';
import { formatAgo, formatSeconds, parseApiTime } from '../shared/format';
import { ExpositionView } from './ExpositionView';
import { HealthBadge } from './HealthBadge';
import type { ActiveTarget } from './targetsModel';

interface Props {
  readonly target: ActiveTarget;
  /** The world's virtual now, for "12s ago". */
  readonly nowMs: number;
  readonly showResponse: boolean;
  readonly onToggleResponse: () => void;
}

/** TargetRow is one target in its pool's table, with its last error and, on demand, its raw response. */
export function TargetRow({ target: t, nowMs, showResponse, onToggleResponse }: Props) {
  const last = parseApiTime(t.lastScrape);
  return (
    <>
      <tr className="target-row" data-testid="target-row" data-health={t.health} data-instance={t.labels.instance ?? ''}>
        <td className="target-endpoint">
          <a href={t.scrapeUrl} onClick={(e) => { e.preventDefault(); onToggleResponse(); }} title="Show what this target answers">{t.scrapeUrl}</a>
        </td>
        <td><LabelChips labels={t.labels} /></td>
        <td className="nowrap" title={t.lastScrape}>{last === undefined ? <span className="muted">never</span> : formatAgo(last, nowMs)}</td>
        <td className="nowrap">{last === undefined ? '–' : formatSeconds(t.lastScrapeDuration)}</td>
        <td><HealthBadge health={t.health} /></td>
        <td>
          <button type="button" className="button secondary small nowrap" aria-expanded={showResponse} onClick={onToggleResponse}>
            {showResponse ? 'Hide response' : 'Show response'}
          </button>
        </td>
      </tr>
      {t.lastError !== '' && (
        <tr className="target-error-row">
          <td colSpan={6}><div className="target-error" data-testid="target-error"><strong>Error scraping target:</strong> {t.lastError}</div></td>
        </tr>
      )}
      {showResponse && (
        <tr className="target-response-row">
          <td colSpan={6}><ExpositionView target={t.scrapeUrl} /></td>
        </tr>
      )}
    </>
  );
}
