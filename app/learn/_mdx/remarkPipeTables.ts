import type { MdxNode } from './remarkKnownComponents';

/**
 * remarkPipeTables turns GitHub-style pipe tables into mdast tables, the
 * one GFM feature lessons need (remark-gfm is not a dependency). Without
 * GFM the parser leaves a table as one paragraph whose text lines start
 * with `|`; this finds such paragraphs (second line a `|---|` separator)
 * and rebuilds them as table → tableRow → tableCell, keeping inline code,
 * emphasis and links inside cells.
 */
export function remarkPipeTables() {
  return (tree: MdxNode) => {
    transform(tree);
  };
}

type Align = 'left' | 'right' | 'center' | null;
const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;

function transform(node: MdxNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const table = child.type === 'paragraph' ? toTable(child) : undefined;
    if (table) children[i] = table;
    else transform(child);
  }
}

function toTable(p: MdxNode): MdxNode | undefined {
  const lines = splitLines(p.children ?? []);
  if (lines.length < 2 || !lines.every((l) => plain(l).trim().startsWith('|'))) return undefined;
  const separator = splitCells(lines[1]!).map((c) => plain(c));
  if (separator.length === 0 || !separator.every((c) => SEPARATOR_CELL.test(c))) return undefined;
  const align: Align[] = separator.map((c) => {
    const s = c.trim();
    return s.startsWith(':') && s.endsWith(':') ? 'center' : s.endsWith(':') ? 'right' : s.startsWith(':') ? 'left' : null;
  });
  const rows = [lines[0]!, ...lines.slice(2)].map((line) => {
    const cells = splitCells(line);
    while (cells.length < align.length) cells.push([]);
    return { type: 'tableRow', children: cells.slice(0, align.length).map((c) => ({ type: 'tableCell', children: c })) };
  });
  return { type: 'table', align, children: rows, ...(p.position ? { position: p.position } : {}) } as MdxNode;
}

/** splitLines cuts a paragraph's inline nodes at the newlines inside its text nodes. */
function splitLines(nodes: readonly MdxNode[]): MdxNode[][] {
  const lines: MdxNode[][] = [[]];
  for (const n of nodes) {
    if (n.type !== 'text') {
      lines[lines.length - 1]!.push(n);
      continue;
    }
    const parts = (n.value ?? '').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ type: 'text', value: part });
    });
  }
  return lines.filter((l) => plain(l).trim() !== '');
}

/** splitCells cuts one line at the pipes in its text nodes (pipes inside inline code stay) and trims each cell. */
function splitCells(line: readonly MdxNode[]): MdxNode[][] {
  const cells: MdxNode[][] = [[]];
  for (const n of line) {
    if (n.type !== 'text') {
      cells[cells.length - 1]!.push(n);
      continue;
    }
    (n.value ?? '').split('|').forEach((part, i) => {
      if (i > 0) cells.push([]);
      if (part !== '') cells[cells.length - 1]!.push({ type: 'text', value: part });
    });
  }
  if (plain(cells[0]!).trim() === '') cells.shift();
  if (cells.length > 0 && plain(cells[cells.length - 1]!).trim() === '') cells.pop();
  return cells.map(trimCell);
}

function trimCell(cell: MdxNode[]): MdxNode[] {
  const out = cell.map((n) => ({ ...n }));
  const first = out[0];
  if (first?.type === 'text') first.value = first.value!.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value!.replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** plain is a line's text with non-text nodes as a placeholder character (enough to test its shape). */
function plain(nodes: readonly MdxNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value ?? '' : 'x')).join('');
}
