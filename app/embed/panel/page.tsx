import type { Metadata } from 'next';
import { PanelEmbed } from '@/components/embed/PanelEmbed';
import '@/components/dashboards/dashboards.css';

export const metadata: Metadata = { title: 'Prometheus Playground (embedded panel)', robots: { index: false } };

export default function EmbedPanelPage() {
  return <PanelEmbed />;
}
