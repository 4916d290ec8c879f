'use client';
import { DashboardByName } from '../dashboards';
import { EmbedShell } from './EmbedShell';

/** DashboardEmbed is a built-in dashboard inside the embed frame. */
export function DashboardEmbed() {
  return <EmbedShell>{(c) => <DashboardByName name={c.dashboard} />}</EmbedShell>;
}
