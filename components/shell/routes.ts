/** The site map the header shows: top-level sections, and Prometheus's own pages grouped as in its UI. */

export interface NavLink {
  readonly href: string;
  readonly label: string;
}

export interface NavGroup {
  readonly label: string;
  readonly links: readonly NavLink[];
}

export type NavItem = NavLink | NavGroup;

export const NAV: readonly NavItem[] = [
  { href: '/learn', label: 'Learn' },
  { href: '/playground', label: 'Playground' },
  { href: '/dashboards', label: 'Dashboards' },
  {
    label: 'Tools',
    links: [
      { href: '/explain', label: 'Explain a query' },
      { href: '/dashboards/import', label: 'Import a Grafana dashboard' },
      { href: '/embed', label: 'Embed in your docs' },
    ],
  },
  {
    label: 'Alerting',
    links: [
      { href: '/rules', label: 'Rules' },
      { href: '/alerts', label: 'Alerts' },
      { href: '/alertmanager', label: 'Alertmanager' },
      { href: '/inbox', label: 'Inbox' },
    ],
  },
  {
    label: 'Status',
    links: [
      { href: '/targets', label: 'Targets' },
      { href: '/service-discovery', label: 'Service discovery' },
      { href: '/config', label: 'Configuration' },
      { href: '/tsdb-status', label: 'TSDB status' },
      { href: '/pushgateway', label: 'Pushgateway' },
      { href: '/timeline', label: 'Scrape timeline' },
    ],
  },
];

/** isActive: a section is current on its own path and below it. */
export function isActive(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
