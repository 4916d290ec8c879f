import type { ExerciseSpec, LessonWorld, Verdict } from '@/engine/index';

/**
 * The `checkExercise` protocol method: the page sends the exercise, the
 * learner's answer and the lesson's world; the worker builds (or reuses)
 * the lesson's world and its hidden variants, runs answer and solution on
 * them and replies with a verdict. A bad answer is a verdict, not an error.
 */
export interface CheckExerciseParams {
  readonly spec: ExerciseSpec;
  /** A query, or a whole config file. */
  readonly answer: string;
  readonly world: LessonWorld;
}

export type CheckExerciseReply = Verdict;
