import type { Metadata } from 'next';
import { RulesView, SimControls } from '@/components/alerting';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/alerting/alerting.css';

export const metadata: Metadata = { title: 'Rules · Prometheus Playground' };

export default function RulesPage() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1 className="page-title">Rules</h1>
        <p className="muted">Recording and alerting rules loaded from the rule files, evaluated on the virtual clock.</p>
        <SimControls />
        <RulesView />
      </main>
    </>
  );
}
