/** The world's controls: its virtual clock, its incidents and its reset. */
export { ClockControls } from './ClockControls';
export { IncidentPanel } from './IncidentPanel';
export { IncidentButton } from './IncidentButton';
export { BuildingBar } from './BuildingBar';
export { ResetWorld } from './ResetWorld';
export { VirtualTime } from './VirtualTime';
