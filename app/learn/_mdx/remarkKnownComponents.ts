/**
 * remarkKnownComponents fails the compile when a lesson uses a JSX tag
 * outside the vocabulary, or places an exercise id lesson.ts lacks, with the
 * file, line and column, instead of a blank spot (or a runtime error) on the
 * page. It also collects the exercise ids the MDX places.
 */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdxNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

export interface KnownComponentsOptions {
  readonly file: string;
  readonly known: readonly string[];
  /** Receives every `<Exercise id>` in document order. */
  readonly onExercise?: (id: string) => void;
}

export function remarkKnownComponents(opts: KnownComponentsOptions) {
  return () => (tree: MdxNode) => {
    const problems: string[] = [];
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const where = `${opts.file}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
      if (!node.name) return problems.push(`${where}: fragments (<>…</>) are not part of the lesson vocabulary`), undefined;
      // Lowercase tags are plain HTML elements (<br/>, <kbd>); components are capitalised.
      if (/^[a-z]/.test(node.name) && !node.name.includes('.')) return;
      if (!opts.known.includes(node.name)) {
        problems.push(`${where}: unknown component <${node.name}>; lessons may use ${opts.known.map((n) => `<${n}>`).join(', ')}`);
        return;
      }
      if (node.name === 'Exercise') {
        const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string' || id === '') problems.push(`${where}: <Exercise> needs a literal id="…"`);
        else opts.onExercise?.(id);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}

function walk(node: MdxNode, visit: (n: MdxNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}
