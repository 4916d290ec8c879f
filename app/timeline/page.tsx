import type { Metadata } from 'next';
import { ScrapeTimeline } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Scrape timeline · Prometheus Playground' };

export default function TimelinePage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Scrape timeline</h1>
        <p className="muted page-intro">Pull versus push on the virtual clock: Prometheus scrapes every target on its interval (ticks), jobs push to the Pushgateway when they finish (diamonds).</p>
        <ScrapeTimeline />
      </main>
    </>
  );
}
