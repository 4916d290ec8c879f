/**
 * The MDX component map: the lesson vocabulary (names in names.ts, checked
 * at build time) bound to components. Live views load on demand in the
 * browser (live.tsx); callouts render as static HTML.
 */
import { DeepDive, Note, Pitfall } from './Callouts';
import { Exercise } from './Exercise';
import {
  Alertmanager, Alerts, Architecture, Clock, ConfigEditor, Dashboard, Exposition, Inbox, Incident, Panel, PushForm, Query, ScrapeTimeline,
  ServiceDiscovery, Targets,
} from './live';
import type { MdxComponentName } from './names';

export const mdxComponents = {
  Query,
  Panel,
  Dashboard,
  Exposition,
  ScrapeTimeline,
  Targets,
  ServiceDiscovery,
  ConfigEditor,
  PushForm,
  Alerts,
  Alertmanager,
  Inbox,
  Clock,
  Incident,
  Architecture,
  Note,
  Pitfall,
  DeepDive,
  Exercise,
} satisfies Record<MdxComponentName, unknown>;

export { LessonProvider, type LessonInfo } from './LessonContext';
export { MDX_COMPONENT_NAMES } from './names';
