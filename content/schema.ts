/**
 * The typed data behind a lesson: the world it starts in, the queries its
 * "open in the playground" link carries, and its exercises with references.
 * Each lesson folder has `index.mdx` (the text) and `lesson.ts`
 * (`export default defineLesson({...})`). The exercise and world types are
 * the checker's own (engine/exercise), so what a lesson declares is exactly
 * what gets checked.
 */
import type { ExerciseSpec, LessonWorld } from '@/engine/index';

export type { ConfigExercise, ExerciseSpec, LessonIncident, LessonWorld, QueryExercise, WrongAnswer } from '@/engine/index';

/** LessonFrontmatter is the YAML block at the top of index.mdx. */
export interface LessonFrontmatter {
  readonly title: string;
  /** One sentence. */
  readonly summary: string;
  /** What the learner can do afterwards, 1–5 short items. */
  readonly objectives: readonly string[];
  /** Estimated minutes to complete. */
  readonly minutes: number;
}

/** TrackInfo is a track folder's track.json. */
export interface TrackInfo {
  readonly title: string;
  readonly summary: string;
}

export interface LessonData {
  /** The lesson's starting world (defaults: seed 1, 1 h of history, the default configs). */
  readonly world?: LessonWorld;
  /** Queries the "open in the playground" link opens. */
  readonly queries?: readonly string[];
  /** Exercises by id; the MDX places each with `<Exercise id="…" />`. */
  readonly exercises?: Readonly<Record<string, ExerciseSpec>>;
}

/** defineLesson types a lesson's data (and keeps lesson.ts files free of boilerplate). */
export function defineLesson(data: LessonData): LessonData {
  return data;
}
