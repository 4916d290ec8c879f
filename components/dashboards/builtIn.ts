import { BATCH_JOBS } from './batchJobs';
import { GOLDEN_SIGNALS } from './goldenSignals';
import { ML_SERVING } from './mlServing';
import type { Dashboard } from './model';
import { NODE_OVERVIEW } from './nodeOverview';

/** The names lessons and embeds use for the built-in dashboards. */
export type DashboardName = 'golden-signals' | 'ml-serving' | 'node-overview' | 'batch-jobs';

/** BUILT_IN_DASHBOARDS in the order the index lists them; each uid is its DashboardName. */
export const BUILT_IN_DASHBOARDS: readonly Dashboard[] = [GOLDEN_SIGNALS, ML_SERVING, NODE_OVERVIEW, BATCH_JOBS];

export const DASHBOARD_NAMES: readonly DashboardName[] = ['golden-signals', 'ml-serving', 'node-overview', 'batch-jobs'];

/** builtInDashboard finds a built-in dashboard by name (undefined for unknown names). */
export function builtInDashboard(name: string): Dashboard | undefined {
  return BUILT_IN_DASHBOARDS.find((d) => d.uid === name);
}
