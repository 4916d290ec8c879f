'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NavMenu } from './NavMenu';
import { isActive, NAV } from './routes';

/** NavLinks marks the current section. Prefetch is off: the playground's editor chunk is large. */
export function NavLinks() {
  const path = usePathname() ?? '/';
  return (
    <nav className="nav" aria-label="Main">
      {NAV.map((item) => ('href' in item
        ? <Link key={item.href} href={item.href} prefetch={false} aria-current={isActive(item.href, path) ? 'page' : undefined}>{item.label}</Link>
        : <NavMenu key={item.label} group={item} path={path} />))}
    </nav>
  );
}
