/**
 * The alerting pages: Prometheus's Rules and Alerts pages, the
 * Alertmanager's UI, the simulated inboxes and the notification timeline.
 * Each is a client component that reaches the engine through useEngine().
 */
export { RulesView } from './RulesView';
export { AlertsView } from './AlertsView';
export { AlertmanagerView } from './AlertmanagerView';
export { InboxView } from './InboxView';
export { NotificationTimeline } from './NotificationTimeline';
export { SimControls } from './SimControls';
