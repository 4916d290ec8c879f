import type { Inbox, NotificationRecord } from '../alertmanager/index';
import { SystemConfigError, DEFAULT_ALERTMANAGER_YAML, DEFAULT_RULES_FILE, DEFAULT_RULES_YAML } from '../system/index';
import type { Value } from '../promql/index';
import { compareResults } from './compare';
import { deliveriesOf } from './deliveries';
import { compareDeliveries } from './deliveryCompare';
import type { ConfigExercise, DeliveryProbe, ExerciseSpec, LessonWorld, QueryExercise, Verdict } from './types';
import { variantsOf } from './variants';

/** ExerciseWorld is a built world the checker queries; it never changes while checked. */
export interface ExerciseWorld {
  readonly nowMs: number;
  query(q: string, tMs: number): Promise<Value>;
  queryRange(q: string, startMs: number, endMs: number, stepMs: number): Promise<Value>;
  /** inbox is everything the Alertmanager delivered (`/api/sim/inbox`). */
  inbox(): Inbox;
  /** notifications are the Alertmanager's records of what it sent, with the alerts each carried. */
  notifications(): readonly NotificationRecord[];
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
/** How far a first notification may arrive from the solution's by default, ms. */
const DEFAULT_DELIVERY_TOLERANCE_MS = 60_000;
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
  const lesson = spec.kind === 'config' ? withScenario(spec, world) : world;
  const worlds = [lesson, ...variantsOf(lesson, variantCount)];
  let shown: Verdict | undefined;
  for (let i = 0; i < worlds.length; i++) {
    const verdict = spec.kind === 'query' ? await checkQuery(spec, answer, worlds[i]!, env) : await checkConfig(spec, answer, worlds[i]!, env);
    if (!verdict.ok) return i === 0 ? verdict : onVariant(verdict, worlds[i]!);
    shown ??= verdict;
  }
  const message = variantCount > 0 ? `Correct — your ${spec.kind === 'query' ? 'query' : 'file'} gives the expected result here and on ${variantCount} hidden variants of this world.` : 'Correct.';
  // What reached the inboxes is shown for the lesson's own world, the one the learner can look at.
  return { ok: true, message, ...(shown?.deliveries ? { deliveries: shown.deliveries } : {}) };
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
  let deliveries: Verdict | undefined;
  for (const probe of spec.probes) {
    if (typeof probe !== 'string') {
      const v = checkDeliveries(spec, probe, text, base, reference, learner);
      if (!v.ok) return { ...v, message: `After ${formatDuration(spec.afterMs ?? DEFAULT_AFTER_MS)} with your file, ${v.message}` };
      deliveries ??= v;
      continue;
    }
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
  return { ok: true, message: 'Correct.', ...(deliveries?.deliveries ? { deliveries: deliveries.deliveries } : {}) };
}

/** checkDeliveries compares what reached the inboxes of the two worlds (see compareDeliveries). */
function checkDeliveries(spec: ConfigExercise, probe: DeliveryProbe, text: string, base: LessonWorld, reference: ExerciseWorld, learner: ExerciseWorld): Verdict {
  const expected = deliveriesOf(reference.inbox(), reference.notifications(), probe.alerts);
  if (expected.length === 0) {
    throw new Error(`internal error: the exercise's own solution delivers no firing notification${probe.alerts ? ` about ${JSON.stringify(probe.alerts)}` : ''} within ${formatDuration(spec.afterMs ?? DEFAULT_AFTER_MS)} — start the scenario's incidents earlier or lengthen afterMs`);
  }
  return compareDeliveries({
    expected,
    actual: deliveriesOf(learner.inbox(), learner.notifications(), probe.alerts),
    alertmanagerYml: spec.file === 'alertmanager' ? text : (base.alertmanagerYml ?? DEFAULT_ALERTMANAGER_YAML),
    solutionAlertmanagerYml: spec.file === 'alertmanager' ? spec.solution : (base.alertmanagerYml ?? DEFAULT_ALERTMANAGER_YAML),
    file: spec.file,
    toleranceMs: probe.toleranceMs ?? DEFAULT_DELIVERY_TOLERANCE_MS,
    startMs: reference.nowMs - (spec.afterMs ?? DEFAULT_AFTER_MS),
  });
}

/**
 * withScenario is the lesson's world changed as the exercise's check needs:
 * its incidents replaced, its rule files added to, its other files replaced.
 */
export function withScenario(spec: ConfigExercise, world: LessonWorld): LessonWorld {
  const s = spec.scenario;
  if (!s) return world;
  return {
    ...world,
    ...(s.incidents ? { incidents: s.incidents } : {}),
    ...(s.ruleFiles ? { ruleFiles: { ...(world.ruleFiles ?? { [DEFAULT_RULES_FILE]: DEFAULT_RULES_YAML }), ...s.ruleFiles } } : {}),
    ...(s.prometheusYml !== undefined ? { prometheusYml: s.prometheusYml } : {}),
    ...(s.alertmanagerYml !== undefined ? { alertmanagerYml: s.alertmanagerYml } : {}),
  };
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
    ...v,
    ok: false,
    message: `Right on this world, but not on a hidden variant (seed ${world.seed ?? 1}, incidents shifted in time): ${midSentence(v.message)} Avoid hard-coded numbers and label values that only fit this world.`,
  };
}

/** midSentence lowers a message's first word ("After 15 min…" → "after 15 min…") to follow a colon; code and names stay as they are. */
function midSentence(message: string): string {
  return /^[A-Z][a-z]+\b/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
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
