import type { Metadata } from 'next';
import { ExplainQueryForm } from '@/components/explain/ExplainQueryForm';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const metadata: Metadata = { title: 'Explain a query · Prometheus Playground' };

export default function ExplainPage() {
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <h1 className="page-title">Explain a query</h1>
        <p className="muted">See how the engine evaluates each part of a query: the samples its selectors read, how rate() extrapolates, which series match and how they group.</p>
        <ExplainQueryForm />
      </main>
    </>
  );
}
