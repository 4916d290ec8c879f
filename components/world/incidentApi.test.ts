import { describe, expect, it } from 'vitest';
import { startIncidentUrl } from './incidentApi';

describe('incident control requests', () => {
  it('asks the control API with the kind, the target and a Prometheus duration', () => {
    expect(startIncidentUrl({ kind: 'instance-down', target: 'node-3', durationMs: 900_000 })).toBe('/api/sim/incidents?kind=instance-down&target=node-3&duration=15m');
  });

  it('leaves the target to the kind’s default and the end open when not given', () => {
    expect(startIncidentUrl({ kind: 'traffic-spike' })).toBe('/api/sim/incidents?kind=traffic-spike');
    expect(startIncidentUrl({ kind: 'traffic-spike', target: '' })).toBe('/api/sim/incidents?kind=traffic-spike&target=');
  });
});
