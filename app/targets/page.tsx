import type { Metadata } from 'next';
import { TargetsView } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Targets · Prometheus Playground' };

export default function TargetsPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Targets</h1>
        <p className="muted page-intro">Every endpoint Prometheus scrapes, grouped by scrape pool (job). Open a target’s response to see exactly what Prometheus reads from it.</p>
        <TargetsView />
      </main>
    </>
  );
}
