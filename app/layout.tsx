import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Prometheus Playground',
  description: 'A complete Prometheus world in your browser tab: PromQL, TSDB, scraping, alerting and dashboards to learn with.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
