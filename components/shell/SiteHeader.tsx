import Link from 'next/link';
import { Logo } from '../brand/Logo';
import { BuildingBar } from '../world/BuildingBar';
import { ClockControls } from '../world/ClockControls';
import { NavLinks } from './NavLinks';
import { Shortcuts } from './Shortcuts';
import { THEME_SCRIPT } from './theme';
import { ThemeToggle } from './ThemeToggle';

/**
 * SiteHeader is the navigation bar on every page, with the world's virtual
 * clock (the world runs in the tab whichever page is open) and its build
 * progress. Its inline script applies the stored theme before the page
 * paints, so a dark page never flashes white.
 */
export function SiteHeader() {
  return (
    <>
      <header className="header">
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <Link href="/" className="brand" prefetch={false}><Logo /> <span className="brand-name">Prometheus Playground</span></Link>
        <NavLinks />
        <span className="spacer" />
        <ClockControls compact />
        <ThemeToggle />
        <Shortcuts />
      </header>
      <BuildingBar />
    </>
  );
}
