import type { Metadata } from 'next';
import { ConfigPage } from '@/components/prometheus/index';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Configuration · Prometheus Playground' };

export default function ConfigurationPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Configuration</h1>
        <p className="muted page-intro">The prometheus.yml Prometheus runs with. Edit it (and the rule files and alertmanager.yml) and reload, as you would with a real server.</p>
        <ConfigPage />
      </main>
    </>
  );
}
