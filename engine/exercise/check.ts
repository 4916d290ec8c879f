import { SystemConfigError, DEFAULT_RULES_FILE, DEFAULT_RULES_YAML } from '../system/index';
import type { Value } from '../promql/index';
import { compareResults } from './compare';
import type { ConfigExercise, ExerciseSpec, LessonWorld, QueryExercise, Verdict } from './types';
import { variantsOf } from './variants';

/** ExerciseWorld is a built world the checker queries; it never changes while checked. */
export interface ExerciseWorld {
  readonly nowMs: number;
  query(q: string, tMs: number): Promise<Value>;
  queryRange(q: string, startMs: number, endMs: number, stepMs: number): Promise<Value>;
}

/**
 * CheckEnv builds (or reuses) worlds. A rejected config file rejects with
 * the engine's SystemConfigError; the host decides how worlds are built
 * (the browser worker yields between steps; tests build directly).
 */
export interface CheckEnv {
  world(setup: LessonWorld): Promise<ExerciseWorld>;
}

const DEFAULT_AFTER_MS = 5 * 60_000;
const SCRAPE_INTERVAL_MS = 15_000;
/** About this many steps per compared range. */
const RANGE_STEPS = 60;

/**
 * checkExercise runs the learner's answer and the exercise's solution on
 * the lesson's world and on `variantCount` hidden variants and compares the
 * results (see compareResults). The first difference is the verdict; one
 * found only on a variant says so, because it usually means a hard-coded
 * value.
 */
export async function checkExercise(spec: ExerciseSpec, answer: string, world: LessonWorld, env: CheckEnv, variantCount = 2): Promise<Verdict> {
  if (answer.trim() === '') return { ok: false, message: spec.kind === 'query' ? 'Write a query first.' : 'The file is empty.' };
  const worlds = [world, ...variantsOf(world, variantCount)];
  for (let i = 0; i < worlds.length; i++) {
    const verdict = spec.kind === 'query' ? await checkQuery(spec, answer, worlds[i]!, env) : await checkConfig(spec, answer, worlds[i]!, env);
    if (!verdict.ok) return i === 0 ? verdict : onVariant(verdict, worlds[i]!);
  }
  return { ok: true, message: variantCount > 0 ? `Correct — your ${spec.kind === 'query' ? 'query' : 'file'} gives the expected result here and on ${variantCount} hidden variants of this world.` : 'Correct.' };
}

async function checkQuery(spec: QueryExercise, answer: string, setup: LessonWorld, env: CheckEnv): Promise<Verdict> {
  const w = await env.world(setup);
  const run = (q: string) => (spec.rangeMs ? w.queryRange(q, w.nowMs - spec.rangeMs, w.nowMs, rangeStepMs(spec.rangeMs)) : w.query(q, w.nowMs));
  const expected = await solutionResult(() => run(spec.solution));
  let actual: Value;
  try {
    actual = await run(answer);
  } catch (e) {
    return { ok: false, message: `Your query fails: ${errorText(e)}` };
  }
  return compareResults(expected, actual, { ...(spec.tolerance !== undefined ? { tolerance: spec.tolerance } : {}), ...(spec.ordered ? { ordered: true } : {}) });
}

async function checkConfig(spec: ConfigExercise, text: string, base: LessonWorld, env: CheckEnv): Promise<Verdict> {
  let learner: ExerciseWorld;
  try {
    learner = await env.world(configWorld(spec, text, base));
  } catch (e) {
    if (e instanceof SystemConfigError) return { ok: false, message: `Your file is rejected: ${configErrorText(e)}` };
    throw e;
  }
  const reference = await env.world(configWorld(spec, spec.solution, base));
  for (const probe of spec.probes) {
    const expected = await solutionResult(() => reference.query(probe, reference.nowMs));
    let actual: Value;
    try {
      actual = await learner.query(probe, learner.nowMs);
    } catch (e) {
      return { ok: false, message: `The probe \`${probe}\` fails on your world: ${errorText(e)}` };
    }
    const v = compareResults(expected, actual, spec.tolerance !== undefined ? { tolerance: spec.tolerance } : {});
    if (!v.ok) return { ok: false, message: `After ${formatDuration(spec.afterMs ?? DEFAULT_AFTER_MS)} with your file, \`${probe}\` differs: ${v.message}` };
  }
  return { ok: true, message: 'Correct.' };
}

/** configWorld is the world a config check runs: the lesson's, with the file replaced and only `afterMs` of history. */
export function configWorld(spec: ConfigExercise, text: string, base: LessonWorld): LessonWorld {
  const world: LessonWorld = { ...base, historyMs: spec.afterMs ?? DEFAULT_AFTER_MS };
  switch (spec.file) {
    case 'prometheus':
      return { ...world, prometheusYml: text };
    case 'alertmanager':
      return { ...world, alertmanagerYml: text };
    case 'rules':
      return { ...world, ruleFiles: { ...(base.ruleFiles ?? { [DEFAULT_RULES_FILE]: DEFAULT_RULES_YAML }), [spec.ruleFile ?? DEFAULT_RULES_FILE]: text } };
  }
}

/** rangeStepMs picks a step that is a multiple of the scrape interval, about RANGE_STEPS per range. */
export function rangeStepMs(rangeMs: number): number {
  return Math.max(SCRAPE_INTERVAL_MS, Math.ceil(rangeMs / RANGE_STEPS / SCRAPE_INTERVAL_MS) * SCRAPE_INTERVAL_MS);
}

async function solutionResult(run: () => Promise<Value>): Promise<Value> {
  try {
    return await run();
  } catch (e) {
    throw new Error(`internal error: the exercise's own solution fails: ${errorText(e)}`);
  }
}

function onVariant(v: Verdict, world: LessonWorld): Verdict {
  return {
    ok: false,
    message: `Right on this world, but not on a hidden variant (seed ${world.seed ?? 1}, incidents shifted in time): ${v.message} Avoid hard-coded numbers and label values that only fit this world.`,
  };
}

function configErrorText(e: SystemConfigError): string {
  return e.issues
    .map((i) => {
      const where = i.line !== undefined ? ` (line ${i.line}${i.column !== undefined ? `, column ${i.column}` : ''})` : '';
      return `${i.message}${where}`;
    })
    .join('; ');
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function formatDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}
