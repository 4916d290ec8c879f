'use client';
import { useEffect, useState } from 'react';

/** useHashTarget is the page's `#fragment` (without '#'), following hash changes; '' when none. */
export function useHashTarget(): string {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const read = () => setHash(decodeURIComponent(window.location.hash.slice(1)));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return hash;
}
