import { Fragment, type ReactNode } from 'react';

/**
 * emailBodyElements renders an e-mail's HTML body as React elements built
 * from an inert parse: only a fixed set of formatting tags survive, with no
 * attributes at all (links become underlined text whose target shows on
 * hover). Scripts, styles, event handlers and images never reach the page,
 * and nothing is assigned as HTML.
 */

const KEPT = new Set(['p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'pre', 'code', 'blockquote', 'div', 'span']);
/** Elements dropped with everything inside them. */
const DROPPED = new Set(['head', 'title', 'style', 'script', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math']);
const VOID = new Set(['br', 'hr']);

export function emailBodyElements(html: string): ReactNode {
  // DOMParser documents are inert: scripts do not run and nothing loads.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return convert(doc.body, 'b');
}

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = [...el.childNodes].map((c, i) => convert(c, `${key}.${i}`));
  if (tag === 'a') return <span key={key} className="al-mail-link" title={el.getAttribute('href') ?? ''}>{children}</span>;
  if (!KEPT.has(tag)) return <Fragment key={key}>{children}</Fragment>;
  const Tag = tag as 'p';
  return VOID.has(tag) ? <Tag key={key} /> : <Tag key={key}>{children}</Tag>;
}
