/**
 * The simulated network that joins the world together: exporters, the
 * Pushgateway and other HTTP services register endpoints under a host:port,
 * and the scrape loop (or a push from a batch job) sends requests to them.
 * Everything happens in virtual time; nothing touches a real socket.
 */

/** SimRequest is one HTTP request in virtual time. */
export interface SimRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path without query string, e.g. `/metrics`. */
  readonly path: string;
  /** Query parameters (`params` of a scrape config), each possibly repeated. */
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Virtual time the request is made, ms. */
  readonly tMs: number;
}

/** SimResponse is an endpoint's answer; `durationMs` is how long it took in virtual time. */
export interface SimResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body; an endpoint that also gives `samples` may print it only when it is first read. */
  readonly body: string;
  readonly durationMs: number;
  /** The body's sample values, for in-process clients that need not read the text (see SampleValues). */
  readonly samples?: SampleValues;
}

/**
 * SampleValues is an exposition body as the values of its sample lines, in
 * line order. `layout` stands for everything else in the body (comments,
 * series text, order): two responses with the same layout object differ only
 * in these values. A client that read one such body as text can take the
 * next one's values directly; the text in `body` remains the truth.
 */
export interface SampleValues {
  readonly layout: object;
  readonly values: readonly number[];
}

/** SimEndpoint serves requests for one host:port. */
export interface SimEndpoint {
  handle(req: SimRequest): SimResponse;
}

/** NetworkError is what a client sees when no answer comes (host down, refused, timeout). */
export interface NetworkError {
  readonly error: string;
  /** Virtual time spent before the failure was noticed, ms. */
  readonly durationMs: number;
}

/** Network routes requests by `host:port`. */
export interface Network {
  register(hostPort: string, endpoint: SimEndpoint): void;
  unregister(hostPort: string): void;
  /** request sends a request; `timeoutMs` bounds the virtual duration (a slower answer becomes a timeout error). */
  request(hostPort: string, req: SimRequest, timeoutMs: number): SimResponse | NetworkError;
}

export function isNetworkError(r: SimResponse | NetworkError): r is NetworkError {
  return 'error' in r;
}
