'use client';
import { formatDuration } from '@/engine/util/duration';
import { QueryPanel } from '../console';
import { EmbedShell } from './EmbedShell';

/** QueryEmbed is the playground's query panel inside the embed frame, configured by the URL. */
export function QueryEmbed() {
  return <EmbedShell>{(c) => <QueryPanel query={c.query} view={c.view} range={formatDuration(c.rangeMs)} editable={c.editor && !c.readOnly} />}</EmbedShell>;
}
