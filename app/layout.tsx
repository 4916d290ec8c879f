import type { Metadata } from 'next';
import { CONTENT_SECURITY_POLICY } from './csp';
import './globals.css';
import '@/components/shell/shell.css';
import '@/components/world/world.css';
import '@/components/panels/panels.css';

export const metadata: Metadata = {
  title: 'Prometheus Playground',
  description: 'A complete Prometheus world in your browser tab: PromQL, TSDB, scraping, alerting and dashboards to learn with.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* A static host sends no headers of ours: the policy travels in the page itself. */}
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
      </head>
      <body>{children}</body>
    </html>
  );
}
