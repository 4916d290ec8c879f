import type { Metadata } from 'next';
import { AlertmanagerView, SimControls } from '@/components/alerting';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/alerting/alerting.css';

export const metadata: Metadata = { title: 'Alertmanager · Prometheus Playground' };

export default function AlertmanagerPage() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1 className="page-title">Alertmanager</h1>
        <p className="muted">Alert groups, silences, receivers and status of the simulated Alertmanager.</p>
        <SimControls />
        <AlertmanagerView />
      </main>
    </>
  );
}
