/** The dashboards' public surface: what lessons, embeds and routes use. */
export { DashboardByName } from './DashboardByName';
export { DashboardIndex } from './DashboardIndex';
export { DashboardView } from './DashboardView';
export { ImportView } from './ImportView';
export { BUILT_IN_DASHBOARDS, DASHBOARD_NAMES, builtInDashboard, type DashboardName } from './builtIn';
