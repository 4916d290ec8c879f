import type { Metadata } from 'next';
import { QueryEmbed } from '@/components/embed/QueryEmbed';

export const metadata: Metadata = { title: 'Prometheus Playground (embedded query)', robots: { index: false } };

export default function EmbedQueryPage() {
  return <QueryEmbed />;
}
