import type { Metadata } from 'next';
import { DashboardIndex } from '@/components/dashboards';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/dashboards/dashboards.css';

export const metadata: Metadata = { title: 'Dashboards · Prometheus Playground' };

export default function DashboardsPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Dashboards</h1>
        <p className="dash-muted">Grafana-style dashboards over the simulated world, refreshed in its virtual time. Every panel can be explained, edited, inspected and exported as Grafana JSON.</p>
        <DashboardIndex />
      </main>
    </>
  );
}
