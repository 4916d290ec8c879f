'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The alerting pages, in the order an alert travels through them. */
const PAGES: readonly [href: string, label: string][] = [
  ['/rules', 'Rules'],
  ['/alerts', 'Alerts'],
  ['/alertmanager', 'Alertmanager'],
  ['/inbox', 'Inbox'],
];

/** AlertingNav links the alerting pages to each other (client-side, so the tab's world keeps running). */
export function AlertingNav() {
  const path = usePathname();
  return (
    <nav className="al-nav" aria-label="Alerting">
      {PAGES.map(([href, label], i) => (
        <span key={href}>
          {i > 0 && <span className="al-nav-arrow" aria-hidden="true">→</span>}
          <Link href={href} prefetch={false} aria-current={path.startsWith(href) ? 'page' : undefined}>{label}</Link>
        </span>
      ))}
    </nav>
  );
}
