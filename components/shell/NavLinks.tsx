'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The site's sections; Lessons, Dashboards and Alerts join this list when their pages exist. */
const LINKS: readonly [href: string, label: string][] = [
  ['/', 'Home'],
  ['/playground', 'Playground'],
  ['/dashboards', 'Dashboards'],
];

/** NavLinks marks the current section. Prefetch is off: the playground's editor chunk is large. */
export function NavLinks() {
  const path = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {LINKS.map(([href, label]) => {
        const active = href === '/' ? path === '/' : path.startsWith(href);
        return <Link key={href} href={href} prefetch={false} aria-current={active ? 'page' : undefined}>{label}</Link>;
      })}
    </nav>
  );
}
