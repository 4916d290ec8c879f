/**
 * MDX_COMPONENT_NAMES is the lesson vocabulary: the only JSX tags lessons
 * may use. Kept apart from the component map (index.ts) so build-time code
 * can check lessons without importing React components; a test checks the
 * two agree.
 */
export const MDX_COMPONENT_NAMES = [
  'Query',
  'Panel',
  'Dashboard',
  'Exposition',
  'ScrapeTimeline',
  'Targets',
  'ServiceDiscovery',
  'ConfigEditor',
  'PushForm',
  'Alerts',
  'Alertmanager',
  'Inbox',
  'Clock',
  'Incident',
  'Architecture',
  'Note',
  'Pitfall',
  'DeepDive',
  'Exercise',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
