import type { Metadata } from 'next';
import { AlertsView, SimControls } from '@/components/alerting';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/alerting/alerting.css';

export const metadata: Metadata = { title: 'Alerts · Prometheus Playground' };

export default function AlertsPage() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1 className="page-title">Alerts</h1>
        <p className="muted">Alerting rules and their alerts: inactive, pending (waiting out <code>for</code>) or firing (sent to the Alertmanager).</p>
        <SimControls />
        <AlertsView />
      </main>
    </>
  );
}
