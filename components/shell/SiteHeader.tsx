import Link from 'next/link';
import { Logo } from '../brand/Logo';
import { NavLinks } from './NavLinks';
import { THEME_SCRIPT } from './theme';
import { ThemeToggle } from './ThemeToggle';

/**
 * SiteHeader is the navigation bar on every page. Its inline script applies
 * the stored theme before the page paints, so a dark page never flashes white.
 */
export function SiteHeader() {
  return (
    <header className="header">
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <Link href="/" className="brand" prefetch={false}><Logo /> Prometheus Playground</Link>
      <NavLinks />
      <span className="spacer" />
      <ThemeToggle />
    </header>
  );
}
