import type { IncidentKind, IncidentOptions } from '../world/index';

/**
 * The exercise vocabulary shared by lessons (content/schema.ts re-exports
 * it), the worker's checker and the tests. Plain data: a spec travels from
 * the lesson page to the worker in a message.
 */

/** ConfigFile names the file a config exercise edits. */
export type ConfigFile = 'prometheus' | 'rules' | 'alertmanager';

/**
 * LessonWorld is everything that determines a lesson's world, written
 * relative to the lesson's "now" (the end of the history) so hidden variants
 * can shift incidents in time.
 */
export interface LessonWorld {
  /** Default 1. */
  readonly seed?: number;
  /** Virtual history simulated before the lesson's now, ms (default 1 h). */
  readonly historyMs?: number;
  readonly prometheusYml?: string;
  /** Rule files, name → YAML (default: `rules/default.yml`). */
  readonly ruleFiles?: Readonly<Record<string, string>>;
  readonly alertmanagerYml?: string;
  readonly incidents?: readonly LessonIncident[];
}

export interface LessonIncident {
  readonly kind: IncidentKind;
  readonly options?: Omit<IncidentOptions, 'atMs'>;
  /** How long before the end of the history the incident began, ms (default 0; clamped to the history). */
  readonly startedAgoMs?: number;
}

/** WrongAnswer documents a typical mistake; tests check it fails with a message containing `says`. */
export interface WrongAnswer {
  readonly answer: string;
  readonly says: string;
}

interface ExerciseBase {
  /** The task, one or two sentences (inline Markdown: `code`, **bold**). */
  readonly prompt: string;
  /** Hints revealed one at a time. */
  readonly hints: readonly string[];
  /** The revealable solution (a query, or a whole config file). */
  readonly solution: string;
  readonly wrongAnswers?: readonly WrongAnswer[];
  /** Relative tolerance for values (default 1e-3). */
  readonly tolerance?: number;
}

/**
 * QueryExercise: the learner's query and `solution` run on the lesson's
 * world and on hidden variants; results are compared as label sets and
 * values within `tolerance`.
 */
export interface QueryExercise extends ExerciseBase {
  readonly kind: 'query';
  /** Compare range results over the last `rangeMs` instead of instant results at now. */
  readonly rangeMs?: number;
  /** Series order matters (sort, topk). */
  readonly ordered?: boolean;
}

/**
 * ConfigExercise: the learner's file and the solution's are each applied to
 * fresh worlds (the lesson's and variants) that then run for `afterMs`; every
 * probe query must give the same result in both.
 */
export interface ConfigExercise extends ExerciseBase {
  readonly kind: 'config';
  readonly file: ConfigFile;
  /** For `file: 'rules'`: the rule file the text becomes (default `rules/default.yml`). */
  readonly ruleFile?: string;
  /** The text the editor starts with. */
  readonly starter: string;
  readonly probes: readonly string[];
  /** Virtual time simulated after applying, ms (default 5 min). */
  readonly afterMs?: number;
}

export type ExerciseSpec = QueryExercise | ConfigExercise;

/** Verdict is a check's outcome; `message` is for the learner (inline Markdown backticks). */
export interface Verdict {
  readonly ok: boolean;
  readonly message: string;
}
