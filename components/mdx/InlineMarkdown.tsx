import type { ReactNode } from 'react';

/**
 * InlineMarkdown renders the inline Markdown of exercise prompts, hints and
 * checker messages: `code`, **bold** and *italic*. It builds React elements
 * (never HTML), so nothing in the text can inject markup.
 */
export function InlineMarkdown({ text }: { readonly text: string }) {
  return <>{renderInline(text)}</>;
}

const TOKEN = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;

export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const tok = m[0];
    if (tok.startsWith('`')) out.push(<code key={i++}>{tok.slice(1, -1)}</code>);
    else if (tok.startsWith('**')) out.push(<strong key={i++}>{tok.slice(2, -2)}</strong>);
    else out.push(<em key={i++}>{tok.slice(1, -1)}</em>);
    last = m.index + tok.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
