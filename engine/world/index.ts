/**
 * The simulated production system Prometheus watches: topology, load model,
 * incidents, and `createWorld` that wires them to the exporters.
 */
export { createWorld } from './create-world';
export type { World, WorldOptions } from './create-world';
export { DEFAULT_TOPOLOGY, nodeTargets } from './topology';
export type { AppDeployment, NodeHost, Topology } from './topology';
export { createLoadModel } from './load-model';
export type { LoadModel, LoadModelOptions } from './load-model';
export { Incidents } from './incidents';
export type { Incident, IncidentHooks, IncidentOptions, IncidentState, IncidentView } from './incidents';
export { INCIDENT_KINDS, isIncidentKind } from './incident-kinds';
export type { IncidentKind, IncidentKindInfo, IncidentParams } from './incident-kinds';
export { targetMatches } from './targets';
export type { SimTarget, TargetKind } from './targets';
