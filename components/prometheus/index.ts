/**
 * Prometheus's own pages for the simulated world: targets, service
 * discovery, configuration, TSDB status, the Pushgateway and the scrape
 * timeline. Each is a client component that reaches the engine through
 * useEngine(); none takes the engine as a prop.
 */
import './prometheus.css';

export { TargetsView } from './targets/TargetsView';
export { ExpositionView } from './targets/ExpositionView';
export { ServiceDiscoveryView } from './sd/ServiceDiscoveryView';
export { ConfigEditor } from './config/ConfigEditor';
export { ConfigPage } from './config/ConfigPage';
export { TsdbStatusView } from './tsdb/TsdbStatusView';
export { PushForm } from './pushgateway/PushForm';
export { PushGroups } from './pushgateway/PushGroups';
export { PushgatewayPage } from './pushgateway/PushgatewayPage';
export { ScrapeTimeline } from './timeline/ScrapeTimeline';
