import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The dependency rule, checked on every run: app → components → engine, and
 * the engine never reaches for React, Next, d3, the DOM or Node (outside its
 * cli/ entry points).
 */

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) specs.push((m[1] ?? m[2] ?? m[3])!);
  return specs;
}

const engineFiles = sourceFiles(join(root, 'engine')).filter((f) => !f.endsWith('.test.ts'));

describe('engine dependency rules', () => {
  it('finds the engine sources', () => {
    expect(engineFiles.length).toBeGreaterThan(10);
  });

  it('imports nothing from React, Next, d3, app/ or components/', () => {
    const bad: string[] = [];
    for (const file of engineFiles) {
      for (const spec of importsOf(file)) {
        if (/^(react|react-dom|next|d3)(\/|$)/.test(spec) || /(^|\/)(app|components)\//.test(spec) || spec.startsWith('@/app') || spec.startsWith('@/components')) {
          bad.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses Node built-ins only in engine/cli', () => {
    const bad: string[] = [];
    for (const file of engineFiles) {
      if (relative(root, file).startsWith('engine/cli/')) continue;
      for (const spec of importsOf(file)) {
        if (spec.startsWith('node:') || /^(fs|path|http|https|os|zlib|url|child_process|worker_threads)$/.test(spec)) {
          bad.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  /** projectImportsOutside lists the imports of files in `dir` that reach project code other than `dir` and `allowed`. */
  function projectImportsOutside(dir: string, allowed: readonly string[]): string[] {
    return engineFiles
      .filter((f) => relative(root, f).startsWith(dir + '/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.startsWith('.') || s.startsWith('@/'))
          .filter((s) => {
            const target = relative(root, join(f, '..', s));
            return ![dir, ...allowed].some((d) => target === d || target.startsWith(d + '/'));
          })
          .map((s) => `${relative(root, f)} imports ${s}`),
      );
  }

  it('keeps engine/util a leaf: it imports nothing else from the project', () => {
    expect(projectImportsOutside('engine/util', [])).toEqual([]);
  });

  it('lets engine/gotemplate import nothing from the project but engine/util', () => {
    expect(projectImportsOutside('engine/gotemplate', ['engine/util'])).toEqual([]);
  });

  it('never imports the TSDB from the PromQL evaluator', () => {
    const bad = engineFiles
      .filter((f) => relative(root, f).startsWith('engine/promql/'))
      .flatMap((f) => importsOf(f).filter((s) => /\/tsdb(\/|$)/.test(s)).map((s) => `${relative(root, f)} imports ${s}`));
    expect(bad).toEqual([]);
  });
});
