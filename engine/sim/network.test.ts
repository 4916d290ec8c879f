import { describe, expect, it } from 'vitest';
import { createNetwork } from './create-network';
import { isNetworkError, type SimRequest, type SimResponse } from './network';

const get = (path = '/metrics', tMs = 0): SimRequest => ({ method: 'GET', path, query: {}, headers: {}, body: '', tMs });
const ok = (durationMs: number) => ({ handle: (): SimResponse => ({ status: 200, headers: {}, body: 'up 1\n', durationMs }) });

describe('createNetwork', () => {
  it('routes a request to the endpoint registered at host:port', () => {
    const net = createNetwork();
    net.register('node-1:9100', ok(20));
    const r = net.request('node-1:9100', get(), 10_000);
    expect(isNetworkError(r)).toBe(false);
    expect(r).toMatchObject({ status: 200, body: 'up 1\n', durationMs: 20 });
  });

  it('answers an unknown host name with a DNS error, as Go does', () => {
    const net = createNetwork();
    const r = net.request('nope:9100', get(), 10_000);
    expect(r).toEqual({ error: 'Get "http://nope:9100/metrics": dial tcp: lookup nope on 10.96.0.10:53: no such host', durationMs: 2 });
  });

  it('refuses connections on a port nothing listens on, and on a stopped process', () => {
    const net = createNetwork();
    net.register('node-1:9100', ok(5));
    expect(net.addressOf('node-1')).toBe('10.0.0.1');
    const wrongPort = net.request('node-1:9200', get(), 10_000);
    expect(isNetworkError(wrongPort) && wrongPort.error).toBe('Get "http://node-1:9200/metrics": dial tcp 10.0.0.1:9200: connect: connection refused');
    net.stopEndpoint('node-1:9100');
    expect(net.isUp('node-1:9100')).toBe(false);
    const stopped = net.request('node-1:9100', get(), 10_000);
    expect(isNetworkError(stopped) && stopped.error).toMatch(/connect: connection refused$/);
    net.startEndpoint('node-1:9100');
    expect(isNetworkError(net.request('node-1:9100', get(), 10_000))).toBe(false);
  });

  it('lets a request to a down host wait out its timeout', () => {
    const net = createNetwork();
    net.register('node-2:9100', ok(5));
    net.setHostDown('node-2', true);
    expect(net.request('node-2:9100', { ...get(), query: { 'collect[]': ['cpu', 'meminfo'] } }, 10_000)).toEqual({
      error: 'Get "http://node-2:9100/metrics?collect%5B%5D=cpu&collect%5B%5D=meminfo": context deadline exceeded',
      durationMs: 10_000,
    });
  });

  it('turns an answer slower than the timeout into context deadline exceeded', () => {
    const net = createNetwork();
    net.register('slow:8080', ok(9_000));
    expect(isNetworkError(net.request('slow:8080', get(), 10_000))).toBe(false);
    net.setLatency('slow:8080', 2_000);
    const r = net.request('slow:8080', get(), 10_000);
    expect(r).toEqual({ error: 'Get "http://slow:8080/metrics": context deadline exceeded', durationMs: 10_000 });
    net.setLatency('slow:8080', 0);
    expect(net.request('slow:8080', get(), 10_000)).toMatchObject({ durationMs: 9_000 });
  });

  it('adds latency to an answer without printing its body before it is read', () => {
    const net = createNetwork();
    let printed = 0;
    const samples = { layout: {}, values: [1] };
    net.register('lazy:8080', {
      handle: (): SimResponse => ({
        status: 200,
        headers: { 'Content-Type': 'text/plain' },
        get body() {
          printed++;
          return 'up 1\n';
        },
        durationMs: 5,
        samples,
      }),
    });
    net.setLatency('lazy:8080', 100);
    const r = net.request('lazy:8080', get(), 10_000);
    if (isNetworkError(r)) throw new Error(r.error);
    expect([r.status, r.headers['Content-Type'], r.durationMs, r.samples]).toEqual([200, 'text/plain', 105, samples]);
    expect(printed).toBe(0);
    expect(r.body).toBe('up 1\n');
    expect(printed).toBe(1);
  });

  it('resolves IP literals to themselves and pinned names to their address', () => {
    const net = createNetwork();
    net.setAddress('node-3', '10.0.1.3');
    net.register('node-3:9100', ok(1));
    net.register('10.244.1.3:8080', ok(1));
    expect(net.addressOf('node-3')).toBe('10.0.1.3');
    expect(net.addressOf('10.244.1.3')).toBe('10.244.1.3');
    expect(net.endpoints()).toEqual(['node-3:9100', '10.244.1.3:8080']);
    net.unregister('node-3:9100');
    const r = net.request('node-3:9100', get(), 1_000);
    expect(isNetworkError(r) && r.error).toMatch(/dial tcp 10\.0\.1\.3:9100: connect: connection refused/);
  });
});
