import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { parseInline, parseMarkdown, safeHref } from './markdown';
import { MarkdownView } from './MarkdownView';

const html = (md: string) => renderToStaticMarkup(createElement(MarkdownView, { source: md }));

describe('markdown for text panels', () => {
  it('reads headings, lists, quotes, code and inline styles', () => {
    expect(parseMarkdown('# Title\n\nSome **bold** and *em*\ntext.\n\n- a\n- `b`\n\n1. one\n\n> note\n\n```\nx < y\n```').map((b) => b.kind))
      .toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code']);
    expect(html('Some **bold** and *em* and `up`')).toBe('<div class="dash-markdown"><p>Some <strong>bold</strong> and <em>em</em> and <code>up</code></p></div>');
  });

  it('renders raw HTML as text, never as markup', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps only safe link targets', () => {
    expect(safeHref('https://prometheus.io')).toBe('https://prometheus.io');
    expect(safeHref('/dashboards')).toBe('/dashboards');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'click' }, { kind: 'text', text: ')' }]);
    expect(html('[docs](https://prometheus.io/docs)')).toContain('<a href="https://prometheus.io/docs" target="_blank" rel="noopener noreferrer nofollow">docs</a>');
  });
});
