'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { isActive, type NavGroup } from './routes';

/** NavMenu is a header drop-down (Status, Alerting): opens on click, closes on Escape, outside clicks and navigation. */
export function NavMenu({ group, path }: { group: NavGroup; path: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    addEventListener('pointerdown', onDown);
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('pointerdown', onDown);
      removeEventListener('keydown', onKey);
    };
  }, [open]);
  const current = group.links.some((l) => isActive(l.href, path));
  return (
    <div className="nav-menu" ref={root}>
      <button type="button" className={current ? 'nav-menu-button current' : 'nav-menu-button'} aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        {group.label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="nav-menu-list" role="menu" aria-label={group.label}>
          {group.links.map((l) => (
            <li key={l.href} role="none">
              <Link role="menuitem" href={l.href} prefetch={false} aria-current={isActive(l.href, path) ? 'page' : undefined} onClick={() => setOpen(false)}>{l.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
