import type { Metadata } from 'next';
import { DashboardEmbed } from '@/components/embed/DashboardEmbed';
import '@/components/dashboards/dashboards.css';

export const metadata: Metadata = { title: 'Prometheus Playground (embedded dashboard)', robots: { index: false } };

export default function EmbedDashboardPage() {
  return <DashboardEmbed />;
}
