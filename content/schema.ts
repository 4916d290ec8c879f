/**
 * The typed data behind a lesson: the world it starts in, the queries its
 * "open in the playground" link carries, and its exercises with references.
 * Each lesson folder has `index.mdx` (the text) and `lesson.ts`
 * (`export default defineLesson({...})`).
 */
import type { WorldSetup } from '@/components/system/protocol';

export interface LessonFrontmatter {
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  /** Estimated minutes to complete. */
  readonly minutes: number;
}

export interface LessonData {
  /** The lesson's starting world (defaults: seed 1, 1 h of history, the default configs). */
  readonly world?: Partial<WorldSetup>;
  /** Queries the "open in the playground" link opens. */
  readonly queries?: readonly string[];
  /** Exercises by id; the MDX places each with `<Exercise id="…" />`. */
  readonly exercises?: Readonly<Record<string, ExerciseSpec>>;
}

export type ExerciseSpec = QueryExercise | ConfigExercise;

/** WrongAnswer documents a typical mistake; tests check it fails with a message containing `says`. */
export interface WrongAnswer {
  readonly answer: string;
  readonly says: string;
}

interface ExerciseBase {
  /** The task, one or two sentences (Markdown inline syntax allowed: `code`, **bold**). */
  readonly prompt: string;
  /** Hints revealed one at a time. */
  readonly hints: readonly string[];
  /** The revealable solution (a query, or a config text). */
  readonly solution: string;
  readonly wrongAnswers?: readonly WrongAnswer[];
}

/**
 * A query exercise: the learner's query and `solution` run on the lesson's
 * world and on hidden variants (other seeds and incident timings); results
 * are compared as label sets and values within `tolerance`.
 */
export interface QueryExercise extends ExerciseBase {
  readonly kind: 'query';
  /** Compare instant results at the world's now (default) or range results over the last `rangeMs`. */
  readonly rangeMs?: number;
  /** Relative tolerance for values (default 1e-3). */
  readonly tolerance?: number;
  /** When true, series order matters (sort, topk). */
  readonly ordered?: boolean;
}

/**
 * A config exercise: the learner's file is applied to a fresh copy of the
 * world (and to hidden variants), time advances by `afterMs`, and each probe
 * query's result must match what the solution's file produces.
 */
export interface ConfigExercise extends ExerciseBase {
  readonly kind: 'config';
  readonly file: 'prometheus' | 'rules' | 'alertmanager';
  /** The text the editor starts with. */
  readonly starter: string;
  readonly probes: readonly string[];
  /** Virtual time to simulate after applying (default 5m). */
  readonly afterMs?: number;
  readonly tolerance?: number;
}

/** defineLesson types a lesson's data (and keeps lesson.ts files free of boilerplate). */
export function defineLesson(data: LessonData): LessonData {
  return data;
}
