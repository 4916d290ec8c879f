import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './markdown';

/**
 * MarkdownView renders Markdown as React elements built from parseMarkdown's
 * data: every string reaches the DOM as text, never as HTML, so untrusted
 * text panels (imported dashboards) cannot inject markup or scripts.
 */
export function MarkdownView({ source }: { readonly source: string }) {
  return <div className="dash-markdown">{parseMarkdown(source).map(block)}</div>;
}

function block(b: Block, key: number): ReactNode {
  switch (b.kind) {
    case 'heading': {
      const H = `h${Math.min(6, b.level + 2)}` as 'h3';
      return <H key={key}>{inlines(b.children)}</H>;
    }
    case 'paragraph': return <p key={key}>{inlines(b.children)}</p>;
    case 'quote': return <blockquote key={key}>{inlines(b.children)}</blockquote>;
    case 'code': return <pre key={key}><code>{b.text}</code></pre>;
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{inlines(item)}</li>);
      return b.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
  }
}

function inlines(spans: readonly Inline[]): ReactNode {
  return spans.map((s, i) => {
    switch (s.kind) {
      case 'text': return <Fragment key={i}>{s.text}</Fragment>;
      case 'code': return <code key={i}>{s.text}</code>;
      case 'strong': return <strong key={i}>{inlines(s.children)}</strong>;
      case 'em': return <em key={i}>{inlines(s.children)}</em>;
      case 'link': return <a key={i} href={s.href} target="_blank" rel="noopener noreferrer nofollow">{inlines(s.children)}</a>;
    }
  });
}
