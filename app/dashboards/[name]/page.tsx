import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { builtInDashboard, DashboardByName, DASHBOARD_NAMES, type DashboardName } from '@/components/dashboards';
import { SiteHeader } from '@/components/shell/SiteHeader';

export const dynamicParams = false;

export function generateStaticParams(): { name: string }[] {
  return DASHBOARD_NAMES.map((name) => ({ name }));
}

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }): Promise<Metadata> {
  const { name } = await params;
  return { title: `${builtInDashboard(name)?.title ?? 'Dashboard'} · Prometheus Playground` };
}

export default async function DashboardPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const dashboard = builtInDashboard(name);
  if (!dashboard) notFound();
  return (
    <>
      <SiteHeader />
      <main className="page wide">
        <p className="dash-breadcrumb"><Link href="/dashboards">Dashboards</Link> /</p>
        <h1 className="page-title">{dashboard.title}</h1>
        <p className="dash-muted dash-description">{dashboard.description}</p>
        <DashboardByName name={name as DashboardName} keepEdits />
      </main>
    </>
  );
}
