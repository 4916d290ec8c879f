import type { DeliveryRow, DeliverySummary, Destination } from '@/engine/index';
import { formatDuration } from '@/engine/util/duration';

const DESTINATION_KIND: Readonly<Record<Destination['kind'], string>> = {
  'slack-dm': 'Slack DM',
  'slack-channel': 'Slack channel',
  email: 'E-mail',
  webhook: 'Webhook',
};

/**
 * DeliveryTable shows a delivery check side by side: for each inbox, what
 * the solution's Alertmanager delivered and what the learner's did — which
 * alerts, in how many notifications, and when. Rows that differ are marked.
 */
export function DeliveryTable({ rows }: { readonly rows: readonly DeliveryRow[] }) {
  return (
    <table className="delivery-table">
      <caption>What reached the inboxes</caption>
      <thead>
        <tr>
          <th scope="col">Inbox</th>
          <th scope="col">Expected</th>
          <th scope="col">With your file</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.destination.kind}:${r.destination.name}`} className={r.ok ? 'same' : 'differs'}>
            <th scope="row">
              <span className="delivery-mark" aria-label={r.ok ? 'as expected' : 'differs'}>
                {r.ok ? '✓' : '✗'}
              </span>
              <span className="delivery-kind">{DESTINATION_KIND[r.destination.kind]}</span> <code>{r.destination.name}</code>
            </th>
            <td>
              <Summary s={r.expected} />
            </td>
            <td>
              <Summary s={r.actual} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({ s }: { readonly s: DeliverySummary | null }) {
  if (!s) return <span className="muted">nothing</span>;
  return (
    <>
      <span className="delivery-alerts">
        {s.alerts.map((a, i) => (
          <span key={a.name}>
            {i > 0 && ', '}
            <code>{a.name}</code>
            {a.count > 1 && ` ×${a.count}`}
          </span>
        ))}
      </span>
      <span className="delivery-when muted">
        {s.notifications === 1 ? '1 notification' : `${s.notifications} notifications`}, the first {seconds(s.sinceStartMs)} in, {seconds(s.afterFiringMs)} after firing
      </span>
    </>
  );
}

/** seconds prints a duration rounded to the second, as Prometheus writes durations. */
function seconds(ms: number): string {
  return formatDuration(Math.round(ms / 1000) * 1000);
}
