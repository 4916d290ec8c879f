import type { Metadata } from 'next';
import { PushgatewayPage } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Pushgateway · Prometheus Playground' };

export default function PushgatewayRoutePage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Pushgateway</h1>
        <p className="muted page-intro">Batch jobs that do not live long enough to be scraped push their results to the Pushgateway, which Prometheus scrapes like any other target.</p>
        <PushgatewayPage />
      </main>
    </>
  );
}
