/**
 * A tiny Markdown reader for text panels. It produces plain data (blocks of
 * inline spans) that MarkdownView turns into React elements, so imported
 * text can never become HTML: a `<script>` stays the text "<script>", and
 * links keep only http(s), mailto and same-site URLs. Supported: headings,
 * paragraphs, bullet and numbered lists, block quotes, fenced code, `code`,
 * **strong**, *emphasis* and [links](https://…).
 */

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6; readonly children: readonly Inline[] }
  | { readonly kind: 'paragraph' | 'quote'; readonly children: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'code'; readonly text: string };

/** safeHref returns the URL when it is http(s), mailto, an anchor or a relative path; otherwise null. */
export function safeHref(url: string): string | null {
  const u = url.trim();
  if (/^(https?:|mailto:)/i.test(u)) return u;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return null; // javascript:, data:, vbscript: …
  return /^[#/.a-z0-9_-]/i.test(u) && !u.startsWith('//') ? u : null;
}

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/;

/** parseInline splits one line of text into spans. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest !== '') {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    const [whole, code, strong1, strong2, em1, em2, label, url] = m;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (strong1 !== undefined || strong2 !== undefined) out.push({ kind: 'strong', children: parseInline(strong1 ?? strong2!) });
    else if (em1 !== undefined || em2 !== undefined) out.push({ kind: 'em', children: parseInline(em1 ?? em2!) });
    else {
      const href = safeHref(url!);
      out.push(href === null ? { kind: 'text', text: label! } : { kind: 'link', href, children: parseInline(label!) });
    }
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}

const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** parseMarkdown reads a document into blocks; anything it does not recognise is paragraph text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push({ kind: 'paragraph', children: parseInline(para.join(' ')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (line.trim() === '') flush();
    else if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1, children: parseInline(heading[2]!) });
    } else if (line.startsWith('>')) {
      flush();
      const quote: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('>'); i++) quote.push(lines[i]!.replace(/^>\s?/, ''));
      i--;
      blocks.push({ kind: 'quote', children: parseInline(quote.join(' ')) });
    } else if (LIST_ITEM.test(line)) {
      flush();
      const ordered = LIST_ITEM.exec(line)![2] !== undefined;
      const items: Inline[][] = [];
      for (; i < lines.length && LIST_ITEM.test(lines[i]!); i++) items.push(parseInline(LIST_ITEM.exec(lines[i]!)![3]!));
      i--;
      blocks.push({ kind: 'list', ordered, items });
    } else para.push(line.trim());
  }
  flush();
  return blocks;
}
