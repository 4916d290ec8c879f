import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportView } from '@/components/dashboards';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Import a Grafana dashboard · Prometheus Playground' };

export default function ImportDashboardPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <p className="dash-breadcrumb"><Link href="/dashboards">Dashboards</Link> /</p>
        <h1 className="page-title">Import a Grafana dashboard</h1>
        <ImportView />
      </main>
    </>
  );
}
