/**
 * Exercise checking by result, not by text: compare query results
 * (compareResults), derive hidden variant worlds and run a learner's answer
 * against an exercise's solution on them (checkExercise); config exercises
 * are probed by PromQL and by what the Alertmanager delivered to the
 * simulated inboxes. Pure: the host supplies the worlds.
 */
export { compareResults, valuesEqual, type CompareOptions } from './compare';
export { checkExercise, configWorld, rangeStepMs, type CheckEnv, type ExerciseWorld } from './check';
export { variantsOf, worldKey } from './variants';
export type {
  ConfigExercise, ConfigFile, ConfigProbe, ConfigScenario, DeliveryProbe, DeliveryRow, DeliverySummary, Destination, ExerciseSpec, LessonIncident, LessonWorld,
  QueryExercise, Verdict, WrongAnswer,
} from './types';
