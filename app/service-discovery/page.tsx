import type { Metadata } from 'next';
import { ServiceDiscoveryView } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Service discovery · Prometheus Playground' };

export default function ServiceDiscoveryPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Service discovery</h1>
        <p className="muted page-intro">What service discovery found, and what relabel_configs made of it: the discovered labels of every target beside the labels it is scraped with, or why it was dropped.</p>
        <ServiceDiscoveryView />
      </main>
    </>
  );
}
