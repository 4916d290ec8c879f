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
 * DeliveryProbe checks a config by what the Alertmanager delivered: which
 * inboxes (Slack channel or DM, e-mail address, webhook URL) got a firing
 * notification about which alerts, in how many notifications, and when —
 * never the text. The learner's world must match the solution's.
 */
export interface DeliveryProbe {
  readonly kind: 'deliveries';
  /** Only alerts with all these label values count, e.g. `{ alertname: 'ServiceADown' }` (default: every alert). */
  readonly alerts?: Readonly<Record<string, string>>;
  /** How far a first notification may arrive from the solution's, earlier or later, ms (default 1 min). */
  readonly toleranceMs?: number;
}

/** ConfigProbe is a PromQL query (its result must match) or a delivery check. */
export type ConfigProbe = string | DeliveryProbe;

/**
 * ConfigScenario changes the lesson's world for a config check: the
 * incidents to run forward (replacing the lesson's, relative to the end of
 * `afterMs`) and files the check needs besides the edited one (rule files
 * are added to the lesson's, replacing those of the same name).
 */
export interface ConfigScenario {
  readonly incidents?: readonly LessonIncident[];
  readonly ruleFiles?: Readonly<Record<string, string>>;
  readonly prometheusYml?: string;
  readonly alertmanagerYml?: string;
}

/**
 * ConfigExercise: the learner's file and the solution's are each applied to
 * fresh worlds (the lesson's, changed by `scenario`, and variants) that then
 * run for `afterMs`; every probe must give the same result in both.
 */
export interface ConfigExercise extends ExerciseBase {
  readonly kind: 'config';
  readonly file: ConfigFile;
  /** For `file: 'rules'`: the rule file the text becomes (default `rules/default.yml`). */
  readonly ruleFile?: string;
  /** The text the editor starts with. */
  readonly starter: string;
  readonly probes: readonly ConfigProbe[];
  /** Virtual time simulated after applying, ms (default 5 min). */
  readonly afterMs?: number;
  readonly scenario?: ConfigScenario;
}

export type ExerciseSpec = QueryExercise | ConfigExercise;

/** Destination is one simulated inbox: a Slack channel or DM, an e-mail address, a webhook URL. */
export interface Destination {
  readonly kind: 'slack-channel' | 'slack-dm' | 'email' | 'webhook';
  /** `#alerts`, `@admin`, `admin@example.org`, `http://…`. */
  readonly name: string;
}

/** DeliverySummary is what reached one destination: alerts by name, messages, and how soon. */
export interface DeliverySummary {
  /** Alert names with how many distinct alerts of each, in order of first arrival. */
  readonly alerts: readonly { readonly name: string; readonly count: number }[];
  /** Firing notifications (messages) that arrived. */
  readonly notifications: number;
  /** When the first notification arrived, ms after the check's world began (with the file in place). */
  readonly sinceStartMs: number;
  /** From that alert starting to fire to its first notification here, ms. */
  readonly afterFiringMs: number;
}

/** DeliveryRow compares one destination: the solution's deliveries and the learner's (null: nothing arrived). */
export interface DeliveryRow {
  readonly destination: Destination;
  readonly expected: DeliverySummary | null;
  readonly actual: DeliverySummary | null;
  readonly ok: boolean;
}

/** Verdict is a check's outcome; `message` is for the learner (inline Markdown backticks). */
export interface Verdict {
  readonly ok: boolean;
  readonly message: string;
  /** For delivery probes: what reached each inbox, expected and actual (on the world the verdict is about). */
  readonly deliveries?: readonly DeliveryRow[];
}
