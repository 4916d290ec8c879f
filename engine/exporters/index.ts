/**
 * Simulated exporters: endpoints on the simulated network whose state
 * advances with virtual time and which render real exposition text.
 */
export { SteppedExporter, DEFAULT_STEP_MS } from './exporter';
export type { SimExporter } from './exporter';
export { NodeExporter } from './node-exporter';
export type { NodeExporterOptions } from './node-exporter';
export type { NodeSignals } from './node-signals';
export type { NodeIdentity } from './node-static';
export { ApiService, API_ROUTES } from './api-service';
export type { ApiRoute, ApiServiceOptions, ApiSignals } from './api-service';
export { MlService, ML_MODELS } from './ml-service';
export type { MlModel, MlServiceOptions, MlSignals } from './ml-service';
export { scheduleBatchJob, DEFAULT_BATCH_JOBS } from './batch-job';
export type { BatchJobSpec, BatchRun } from './batch-job';
export { pushgatewayEndpoint } from './pushgateway-endpoint';
