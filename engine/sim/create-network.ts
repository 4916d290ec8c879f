import { goMethod, requestUrl } from './http';
import type { Network, NetworkError, SimEndpoint, SimRequest, SimResponse } from './network';

/**
 * SimNetwork is the `Network` plus the knobs incidents and lessons turn:
 * stopping a process (its port refuses connections), taking a whole host
 * down (nothing answers; clients wait out their timeout) and adding latency.
 */
export interface SimNetwork extends Network {
  /** stopEndpoint makes `hostPort` refuse connections (process down) until `startEndpoint`. */
  stopEndpoint(hostPort: string): void;
  startEndpoint(hostPort: string): void;
  /** setHostDown makes every port of `host` (a name without port) silent: requests time out. */
  setHostDown(host: string, down: boolean): void;
  /** setLatency adds `ms` of round-trip time to every request to `hostPort` (0 removes it). */
  setLatency(hostPort: string, ms: number): void;
  /** setAddress pins the IPv4 address `host` resolves to (a Kubernetes node's InternalIP, say). */
  setAddress(host: string, ip: string): void;
  /** addressOf is the IPv4 address the network resolves `host` to, or undefined for an unknown name. */
  addressOf(host: string): string | undefined;
  /** endpoints lists the registered host:port keys in registration order. */
  endpoints(): readonly string[];
  isUp(hostPort: string): boolean;
  /** revision counts changes to what is registered and up, so callers can cache derived views. */
  readonly revision: number;
}

/** Virtual ms a refused connection or failed lookup costs the client. */
const REFUSED_MS = 1;
const LOOKUP_FAIL_MS = 2;
/** The cluster DNS server named in lookup errors (kube-dns's usual ClusterIP). */
const DNS_SERVER = '10.96.0.10:53';

/**
 * createNetwork returns an empty network. Error texts are the ones Go's
 * net/http client produces, which is what Prometheus shows as a target's
 * last error:
 * - unknown host name: `Get "http://x:9100/metrics": dial tcp: lookup x on 10.96.0.10:53: no such host`
 * - known host, nothing listening (or process stopped): `…: dial tcp 10.0.0.3:9100: connect: connection refused`
 * - host down, or the answer slower than the timeout: `…: context deadline exceeded`
 * Host names get addresses 10.0.0.1, 10.0.0.2… in order of first registration;
 * IPv4 literals resolve to themselves.
 */
export function createNetwork(): SimNetwork {
  const endpoints = new Map<string, SimEndpoint>();
  const stopped = new Set<string>();
  const downHosts = new Set<string>();
  const latency = new Map<string, number>();
  const addresses = new Map<string, string>();
  let assigned = 0;
  let revision = 0;

  const fail = (hostPort: string, req: SimRequest, cause: string, durationMs: number): NetworkError => ({
    error: `${goMethod(req.method)} "${requestUrl(hostPort, req)}": ${cause}`,
    durationMs,
  });

  const net: SimNetwork = {
    register(hostPort, endpoint) {
      revision++;
      const host = splitHost(hostPort);
      if (!addresses.has(host)) addresses.set(host, isIPv4(host) ? host : nextAddress(assigned++));
      endpoints.set(hostPort, endpoint);
    },
    unregister(hostPort) {
      revision++;
      endpoints.delete(hostPort);
      stopped.delete(hostPort);
      latency.delete(hostPort);
    },
    request(hostPort, req, timeoutMs): SimResponse | NetworkError {
      const host = splitHost(hostPort);
      const port = hostPort.slice(host.length + 1);
      const ip = addresses.get(host) ?? (isIPv4(host) ? host : undefined);
      if (ip === undefined) return fail(hostPort, req, `dial tcp: lookup ${host} on ${DNS_SERVER}: no such host`, LOOKUP_FAIL_MS);
      // A down host drops packets: the client only gives up at its deadline.
      if (downHosts.has(host)) return fail(hostPort, req, 'context deadline exceeded', timeoutMs);
      const endpoint = endpoints.get(hostPort);
      if (endpoint === undefined || stopped.has(hostPort)) {
        return fail(hostPort, req, `dial tcp ${ip}:${port}: connect: connection refused`, REFUSED_MS);
      }
      const res = endpoint.handle(req);
      const total = res.durationMs + (latency.get(hostPort) ?? 0);
      if (total > timeoutMs) return fail(hostPort, req, 'context deadline exceeded', timeoutMs);
      return total === res.durationMs ? res : new DelayedResponse(res, total);
    },
    stopEndpoint(hostPort) {
      revision++;
      stopped.add(hostPort);
    },
    startEndpoint(hostPort) {
      revision++;
      stopped.delete(hostPort);
    },
    setHostDown(host, down) {
      revision++;
      if (down) downHosts.add(host);
      else downHosts.delete(host);
    },
    setLatency(hostPort, ms) {
      if (ms > 0) latency.set(hostPort, ms);
      else latency.delete(hostPort);
    },
    setAddress(host, ip) {
      addresses.set(host, ip);
    },
    addressOf(host) {
      return addresses.get(host) ?? (isIPv4(host) ? host : undefined);
    },
    endpoints() {
      return [...endpoints.keys()];
    },
    get revision() {
      return revision;
    },
    isUp(hostPort) {
      return endpoints.has(hostPort) && !stopped.has(hostPort) && !downHosts.has(splitHost(hostPort));
    },
  };
  return net;
}

/**
 * DelayedResponse is an answer that took longer to arrive (added latency).
 * It reads through to the original, so a lazily printed body (an exporter's)
 * is still printed only if someone reads it.
 */
class DelayedResponse implements SimResponse {
  constructor(
    private readonly res: SimResponse,
    readonly durationMs: number,
  ) {}

  get status(): number {
    return this.res.status;
  }

  get headers(): Readonly<Record<string, string>> {
    return this.res.headers;
  }

  get body(): string {
    return this.res.body;
  }

  get samples(): SimResponse['samples'] {
    return this.res.samples;
  }
}

/** splitHost returns the host part of `host:port` (the whole string when there is no port). */
export function splitHost(hostPort: string): string {
  if (hostPort.startsWith('[')) {
    const end = hostPort.indexOf(']');
    return end < 0 ? hostPort : hostPort.slice(0, end + 1);
  }
  const colon = hostPort.lastIndexOf(':');
  return colon < 0 ? hostPort : hostPort.slice(0, colon);
}

function isIPv4(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/** nextAddress hands out 10.0.0.1, 10.0.0.2, … 10.0.0.254, 10.0.1.1, … */
function nextAddress(n: number): string {
  return `10.0.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}
