'use client';
import { useEffect, useRef } from 'react';
import type { EmbedKind } from './embedParams';
import { BASE_PATH } from './embedUrl';
import { HEIGHT_MESSAGE } from './useAutoHeight';

/**
 * EmbedExample shows a live embed in an iframe exactly as an author's page
 * would (sandboxed, sized from the frame's height messages), with its URL.
 */
export function EmbedExample({ kind, search, title }: { kind: EmbedKind; search: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const src = `${BASE_PATH}/embed/${kind}${search}`;
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const f = frame.current;
      if (!f || e.source !== f.contentWindow) return;
      const data = e.data as { type?: unknown; height?: unknown };
      if (data?.type === HEIGHT_MESSAGE && typeof data.height === 'number' && data.height > 0 && data.height < 5000) f.style.height = `${data.height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <figure className="embed-example">
      <iframe ref={frame} src={src} title={title} width="100%" height={420} style={{ border: 0 }} loading="lazy" sandbox="allow-scripts allow-same-origin" />
      <figcaption>
        <code>{src}</code>
      </figcaption>
    </figure>
  );
}
