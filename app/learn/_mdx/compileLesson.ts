import { bundleMDX } from 'mdx-bundler';
import { MDX_COMPONENT_NAMES } from '@/components/mdx/names';
import { remarkKnownComponents } from './remarkKnownComponents';
import { remarkPipeTables } from './remarkPipeTables';

export interface CompiledLesson {
  /** The bundled MDX module (run by getMDXComponent on the server). */
  readonly code: string;
  /** Exercise ids the text places, in order. */
  readonly exerciseIds: readonly string[];
}

/**
 * compileLesson compiles one index.mdx with mdx-bundler at build time. An
 * unknown component, an `<Exercise>` without a literal id or invalid MDX
 * throws with the file and position, failing the build.
 */
export async function compileLesson(source: string, dir: string, file: string): Promise<CompiledLesson> {
  const exerciseIds: string[] = [];
  try {
    const { code } = await bundleMDX({
      source,
      cwd: dir,
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkPipeTables,
          remarkKnownComponents({ file, known: MDX_COMPONENT_NAMES, onExercise: (id) => exerciseIds.push(id) }),
        ];
        return options;
      },
    });
    return { code, exerciseIds };
  } catch (e) {
    throw new Error(`${file}: the lesson does not compile:\n${describe(e)}`);
  }
}

/** describe unwraps esbuild's error list (it wraps plugin errors) into their texts. */
function describe(e: unknown): string {
  const errors = (e as { errors?: { text?: string; location?: { line: number; column: number } | null }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((x) => `${x.location && x.location.line > 0 ? `${x.location.line}:${x.location.column}: ` : ''}${x.text ?? ''}`).join('\n');
  }
  return e instanceof Error ? e.message : String(e);
}
