import type { Metadata } from 'next';
import { TsdbStatusView } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'TSDB status · Prometheus Playground' };

export default function TsdbStatusPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">TSDB status</h1>
        <p className="muted page-intro">The head block and where its series come from: the metric names, labels and label pairs with the most series.</p>
        <TsdbStatusView />
      </main>
    </>
  );
}
