'use client';
import { formatDuration } from '@/engine/util/duration';
import { PanelView } from '../mdx/PanelView';
import { EmbedShell } from './EmbedShell';

/** PanelEmbed is one Grafana-style panel inside the embed frame, configured by the URL. */
export function PanelEmbed() {
  return (
    <EmbedShell>
      {(c) => <PanelView type={c.panel.type} title={c.panel.title} query={c.query} unit={c.panel.unit} legend={c.panel.legend || undefined} range={formatDuration(c.rangeMs)} />}
    </EmbedShell>
  );
}
