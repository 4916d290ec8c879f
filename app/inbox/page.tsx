import type { Metadata } from 'next';
import { InboxView, NotificationTimeline, SimControls } from '@/components/alerting';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/alerting/alerting.css';

export const metadata: Metadata = { title: 'Inbox · Prometheus Playground' };

export default function InboxPage() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1 className="page-title">Inbox</h1>
        <p className="muted">Where the notifications land: a Slack workspace, an e-mail inbox and a webhook log — all simulated.</p>
        <SimControls />
        <InboxView />
        <NotificationTimeline />
      </main>
    </>
  );
}
