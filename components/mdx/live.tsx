'use client';
import dynamic from 'next/dynamic';
import type { IncidentKind } from '@/engine/index';
import { Loading } from './Loading';

/**
 * The live lesson components: thin wrappers over the app's views, each
 * loaded on demand in the browser (they need the engine worker, which does
 * not exist on the server), so a lesson page only downloads the views its
 * text uses and the first load stays small.
 */

const loading = (what: string) => () => <Loading what={what} />;

export const Query = dynamic<{ query: string; view?: 'graph' | 'table' | 'explain'; range?: string; editable?: boolean }>(
  () => import('@/components/console').then((m) => m.QueryPanel),
  { ssr: false, loading: loading('the query panel') },
);

export const Dashboard = dynamic<{ name: 'golden-signals' | 'ml-serving' | 'node-overview' | 'batch-jobs' }>(
  () => import('@/components/dashboards').then((m) => m.DashboardByName),
  { ssr: false, loading: loading('the dashboard') },
);

export const Exposition = dynamic<{ target: string }>(() => import('@/components/prometheus').then((m) => m.ExpositionView), {
  ssr: false,
  loading: loading('the target’s metrics'),
});

export const ScrapeTimeline = dynamic<Record<string, never>>(() => import('@/components/prometheus').then((m) => m.ScrapeTimeline), {
  ssr: false,
  loading: loading('the scrape timeline'),
});

export const Targets = dynamic<{ job?: string }>(() => import('@/components/prometheus').then((m) => m.TargetsView), {
  ssr: false,
  loading: loading('the targets'),
});

export const ServiceDiscovery = dynamic<Record<string, never>>(() => import('@/components/prometheus').then((m) => m.ServiceDiscoveryView), {
  ssr: false,
  loading: loading('service discovery'),
});

export const ConfigEditor = dynamic<{ file: 'prometheus' | 'rules' | 'alertmanager'; compact?: boolean }>(
  () => import('@/components/prometheus').then((m) => m.ConfigEditor),
  { ssr: false, loading: loading('the config editor') },
);

export const PushForm = dynamic<{ job?: string }>(() => import('@/components/prometheus').then((m) => m.PushForm), {
  ssr: false,
  loading: loading('the push form'),
});

export const Alerts = dynamic<Record<string, never>>(() => import('@/components/alerting').then((m) => m.AlertsView), {
  ssr: false,
  loading: loading('the alerts'),
});

export const Alertmanager = dynamic<Record<string, never>>(() => import('@/components/alerting').then((m) => m.AlertmanagerView), {
  ssr: false,
  loading: loading('the Alertmanager'),
});

export const Inbox = dynamic<Record<string, never>>(() => import('@/components/alerting').then((m) => m.InboxView), {
  ssr: false,
  loading: loading('the inbox'),
});

export const Clock = dynamic<Record<string, never>>(() => import('@/components/world').then((m) => m.ClockControls), {
  ssr: false,
  loading: loading('the clock'),
});

export const Incident = dynamic<{ kind: IncidentKind; target?: string; label?: string }>(
  () => import('@/components/world').then((m) => m.IncidentButton),
  { ssr: false, loading: loading('the incident button') },
);

export const Panel = dynamic<import('./PanelView').PanelViewProps>(() => import('./PanelView').then((m) => m.PanelView), {
  ssr: false,
  loading: loading('the panel'),
});

export const Architecture = dynamic<import('./Architecture').ArchitectureProps>(() => import('./Architecture').then((m) => m.Architecture), {
  ssr: false,
  loading: loading('the architecture diagram'),
});
