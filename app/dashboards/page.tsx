import type { Metadata } from 'next';
import { Dashboards } from '@/components/dashboards/Dashboards';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/dashboards/dashboards.css';

export const metadata: Metadata = { title: 'Dashboards · Prometheus Playground' };

export default function DashboardsPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Dashboards</h1>
        <Dashboards />
      </main>
    </>
  );
}
