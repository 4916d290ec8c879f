import { readCatalog, type LessonEntry, type TrackEntry } from '@/content/catalog';
import { LESSON_DATA } from '@/content/lessons.generated';
import type { LessonData } from '@/content/schema';
import { compileLesson, type CompiledLesson } from './_mdx/compileLesson';

/**
 * The build-time lesson loader: the catalog from the content folder, each
 * lesson's data from the generated index and its text compiled with
 * mdx-bundler. Server only (it reads files); pages are generated statically.
 */

/** LessonRef is what navigation needs about a lesson. */
export interface LessonRef {
  readonly id: string;
  readonly track: string;
  readonly lesson: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  readonly exerciseIds: readonly string[];
}

export interface TrackRef {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly lessons: readonly LessonRef[];
}

export interface LoadedLesson extends CompiledLesson {
  readonly entry: LessonEntry;
  readonly data: LessonData;
  readonly track: TrackRef;
  readonly prev?: LessonRef;
  readonly next?: LessonRef;
}

let catalog: TrackEntry[] | undefined;

function tracks(): TrackEntry[] {
  catalog ??= readCatalog();
  return catalog;
}

/** lessonData returns a lesson's lesson.ts data; a folder missing from the generated index is an error. */
export function lessonData(id: string): LessonData {
  const data = LESSON_DATA[id];
  if (!data) throw new Error(`content/${id}: not in content/lessons.generated.ts — run \`npx tsx content/build-index.ts\``);
  return data;
}

function toRef(e: LessonEntry): LessonRef {
  return {
    id: e.id,
    track: e.track,
    lesson: e.lesson,
    title: e.frontmatter.title,
    summary: e.frontmatter.summary,
    minutes: e.frontmatter.minutes,
    exerciseIds: Object.keys(lessonData(e.id).exercises ?? {}),
  };
}

/** curriculum lists every track with its lessons, in order. */
export function curriculum(): TrackRef[] {
  return tracks().map((t) => ({ slug: t.slug, title: t.title, summary: t.summary, lessons: t.lessons.map(toRef) }));
}

/** lessonParams lists the route params of every lesson page. */
export function lessonParams(): { track: string; lesson: string }[] {
  return tracks().flatMap((t) => t.lessons.map((l) => ({ track: t.slug, lesson: l.lesson })));
}

/**
 * loadLesson compiles one lesson and checks it against its data: every
 * `<Exercise id>` must exist in lesson.ts and every exercise must be placed.
 */
export async function loadLesson(track: string, lesson: string): Promise<LoadedLesson | undefined> {
  const all = tracks().flatMap((t) => t.lessons);
  const i = all.findIndex((l) => l.track === track && l.lesson === lesson);
  if (i < 0) return undefined;
  const entry = all[i]!;
  const data = lessonData(entry.id);
  const compiled = await compileLesson(entry.source, entry.dir, `content/${entry.id}/index.mdx`);
  const mismatch = exerciseMismatch(compiled.exerciseIds, Object.keys(data.exercises ?? {}));
  if (mismatch) throw new Error(`content/${entry.id}: ${mismatch}`);
  const trackRef = curriculum().find((t) => t.slug === track)!;
  return {
    ...compiled,
    entry,
    data,
    track: trackRef,
    ...(i > 0 ? { prev: toRef(all[i - 1]!) } : {}),
    ...(i < all.length - 1 ? { next: toRef(all[i + 1]!) } : {}),
  };
}

/** exerciseMismatch says which exercise ids the MDX and lesson.ts disagree on (undefined when they agree). */
export function exerciseMismatch(placed: readonly string[], defined: readonly string[]): string | undefined {
  const problems: string[] = [];
  const unknown = placed.filter((id) => !defined.includes(id));
  const unplaced = defined.filter((id) => !placed.includes(id));
  const twice = placed.filter((id, i) => placed.indexOf(id) !== i);
  if (unknown.length) problems.push(`<Exercise id> not defined in lesson.ts: ${unknown.join(', ')}`);
  if (unplaced.length) problems.push(`exercises in lesson.ts never placed with <Exercise id>: ${unplaced.join(', ')}`);
  if (twice.length) problems.push(`exercises placed twice: ${[...new Set(twice)].join(', ')}`);
  return problems.length ? problems.join('; ') : undefined;
}

/** allLessonsForEmbeds lists every lesson's id, title, world and exercises (for the exercise embed). */
export function allLessonsForEmbeds(): { id: string; title: string; world: NonNullable<LessonData['world']>; exercises: NonNullable<LessonData['exercises']> }[] {
  return tracks().flatMap((t) =>
    t.lessons.map((e) => {
      const data = lessonData(e.id);
      return { id: e.id, title: e.frontmatter.title, world: data.world ?? {}, exercises: data.exercises ?? {} };
    }),
  );
}
