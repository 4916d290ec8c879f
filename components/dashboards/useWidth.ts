'use client';
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * useWidth follows an element's content width in whole pixels (0 until
 * measured). Measured before the first paint, so a chart that mounts is
 * drawn in the same frame instead of showing empty for one.
 */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    ro.observe(el);
    setWidth(Math.floor(el.getBoundingClientRect().width));
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
