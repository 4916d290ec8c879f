import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/app/learn/_mdx/compileLesson';
import { exerciseMismatch } from '@/app/learn/lessons';
import { CONTENT_DIR, lessonIds, parseFrontmatter, readCatalog } from '@/content/catalog';
import { INDEX_FILE, LOADERS_FILE, renderIndex, renderLoaders } from '@/content/build-index';
import { LESSON_LOADERS } from '@/content/lessonLoaders.generated';
import { LESSON_DATA } from '@/content/lessons.generated';
import { createExerciseEnv } from '@/components/system/exerciseHandler';
import { checkExercise } from '@/engine/index';

/**
 * Every lesson, end to end: its folder is in the generated index, its
 * frontmatter is valid, its MDX compiles with only the lesson vocabulary,
 * its exercises match the `<Exercise>` tags, and each exercise's solution
 * passes on the lesson's world and hidden variants while each documented
 * wrong answer fails with the documented message.
 */

// Each lesson is tested on its own, so one broken lesson does not hide the others' results.
const ids = lessonIds();
// Worlds are built once per setup and shared by all exercises of a lesson.
const env = createExerciseEnv(async () => {});
/** Building a lesson's world and two variants takes a while on a busy machine. */
const WORLD_TIMEOUT_MS = 300_000;

describe('the lesson catalog', () => {
  it('reads every track and lesson', () => {
    expect(readCatalog().flatMap((t) => t.lessons).map((l) => l.id)).toEqual(ids);
  });

  it('has every lesson folder in content/lessons.generated.ts (run `npx tsx content/build-index.ts`)', () => {
    for (const id of ids) expect(existsSync(join(CONTENT_DIR, id, 'lesson.ts')), `content/${id}/lesson.ts`).toBe(true);
    expect(Object.keys(LESSON_DATA).sort()).toEqual([...ids].sort());
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(renderIndex(ids));
    expect(readFileSync(LOADERS_FILE, 'utf8')).toBe(renderLoaders(ids));
  });

  it('loads each lesson lazily to the same data as the static map', async () => {
    expect(Object.keys(LESSON_LOADERS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await LESSON_LOADERS[id]!()).toBe(LESSON_DATA[id]);
  });

  it('rejects frontmatter with missing or mistyped fields, naming the file', () => {
    expect(() => parseFrontmatter('# no frontmatter', 'x.mdx')).toThrow(/x\.mdx: missing frontmatter/);
    expect(() => parseFrontmatter('---\ntitle: T\nsummary: S\nobjectives: [a: b]\nminutes: 0\n---\n', 'x.mdx')).toThrow(/objective 1 .*put the text in quotes.*minutes/s);
    expect(() => parseFrontmatter('---\ntitle: T\nsummary: S\nobjectives: [a]\nminutes: 5\nauthor: me\n---\n', 'x.mdx')).toThrow(/unknown field "author"/);
    expect(parseFrontmatter('---\ntitle: T\nsummary: S\nobjectives: [a]\nminutes: 5\n---\n', 'x.mdx')).toEqual({ title: 'T', summary: 'S', objectives: ['a'], minutes: 5 });
  });
});

describe('lesson compilation', () => {
  it('fails on an unknown component with file, line and column', async () => {
    await expect(compileLesson('Text\n\n<Bogus query="up" />\n', CONTENT_DIR, 'content/x/index.mdx')).rejects.toThrow(/content\/x\/index\.mdx:3:1: unknown component <Bogus>/);
  });

  it('fails on an exercise without a literal id', async () => {
    await expect(compileLesson('<Exercise id={"a"} />\n', CONTENT_DIR, 'x.mdx')).rejects.toThrow(/needs a literal id/);
  });

  it('turns pipe tables into tables', async () => {
    const { code } = await compileLesson('| A | B |\n|---|--:|\n| `x|y` | **b** |\n', CONTENT_DIR, 'x.mdx');
    expect(code).toMatch(/\.table\b/);
    expect(code).toContain('"x|y"');
    expect(code).toContain('textAlign:"right"');
  });

  it('reports exercises placed but not defined, and defined but not placed', () => {
    expect(exerciseMismatch(['a', 'b'], ['a', 'b'])).toBeUndefined();
    expect(exerciseMismatch(['a', 'c'], ['a', 'b'])).toBe('<Exercise id> not defined in lesson.ts: c; exercises in lesson.ts never placed with <Exercise id>: b');
  });
});

describe.each(ids)('lesson %s', (id) => {
  const file = `content/${id}/index.mdx`;
  const source = () => readFileSync(join(CONTENT_DIR, id, 'index.mdx'), 'utf8');

  it('has valid frontmatter', () => {
    parseFrontmatter(source(), file);
  });

  it('compiles, with its exercises placed exactly once', async () => {
    const { exerciseIds } = await compileLesson(source(), join(CONTENT_DIR, id), file);
    expect(exerciseMismatch(exerciseIds, Object.keys(LESSON_DATA[id]?.exercises ?? {}))).toBeUndefined();
  });

  const data = LESSON_DATA[id];
  const exercises = Object.entries(data?.exercises ?? {});
  if (exercises.length === 0) return;

  it.each(exercises)('exercise %s: the solution passes and every wrong answer fails as documented', async (_exId, spec) => {
    const world = data!.world ?? {};
    const right = await checkExercise(spec, spec.solution, world, env);
    expect(right, `solution of ${id}`).toMatchObject({ ok: true });
    for (const wrong of spec.wrongAnswers ?? []) {
      const v = await checkExercise(spec, wrong.answer, world, env);
      expect(v.ok, `wrong answer ${JSON.stringify(wrong.answer)} should fail`).toBe(false);
      expect(v.message.toLowerCase(), `message for ${JSON.stringify(wrong.answer)}`).toContain(wrong.says.toLowerCase());
    }
  }, WORLD_TIMEOUT_MS);
});
