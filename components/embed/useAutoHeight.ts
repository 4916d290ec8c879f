'use client';
import { useEffect } from 'react';

/** The message an embed posts to its parent page whenever its content height changes. */
export const HEIGHT_MESSAGE = 'prometheus-playground:height';

/**
 * useAutoHeight reports the document's height to the parent window, so the
 * host page can size the iframe (see the /embed docs page for the snippet).
 * Only a number leaves the frame; nothing from the parent is read.
 */
export function useAutoHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    const report = () => {
      const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, '*');
    };
    const ro = new ResizeObserver(report);
    ro.observe(document.body);
    report();
    return () => ro.disconnect();
  }, [enabled]);
}
