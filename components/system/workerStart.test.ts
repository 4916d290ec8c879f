import { describe, expect, it } from 'vitest';
import { readWorkerStart, workerName } from './workerStart';

describe('the worker start carried in its name', () => {
  it('round-trips a setup and clock', () => {
    const start = { setup: { seed: 3, historyMs: 5_400_000, alertmanagerYml: 'route: {}\n', incidents: [{ kind: 'instance-down' as const, options: { target: 'node-3', atMs: 1 } }] }, clock: { speed: 60, paused: true } };
    expect(readWorkerStart(workerName(start))).toEqual(start);
  });

  it('reads nothing from the default name or a malformed one', () => {
    expect(workerName()).toBe('engine');
    expect(readWorkerStart('engine')).toBeUndefined();
    expect(readWorkerStart('engine:{not json')).toBeUndefined();
    expect(readWorkerStart('engine:{"setup":{"seed":"1"}}')).toBeUndefined();
    expect(readWorkerStart('engine:{"setup":{"seed":1},"clock":{"speed":"fast","paused":true}}')).toEqual({ setup: { seed: 1 }, clock: { paused: true } });
  });
});
