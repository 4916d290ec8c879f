/**
 * The transport-neutral shapes of the HTTP API: a request as plain data in,
 * a response as plain data out. No Node or DOM types, so the same handlers
 * run behind node:http (engine/cli/serve.ts) and inside a Web Worker.
 */
import type { AbortSignalLike } from '../platform';

/** ApiRequest is one HTTP request, already read in full. */
export interface ApiRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The request target as sent: path plus optional `?query`, still percent-encoded. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The request body decoded as UTF-8 ('' when none). */
  readonly body: string;
  /** Aborted when the client goes away; the query is then canceled. */
  readonly signal?: AbortSignalLike;
}

/** ApiResponse is what the adapter writes back; header names in canonical case. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string;
  /** True when the adapter may gzip the body (Prometheus compresses API responses only). */
  readonly compressible: boolean;
}

/**
 * FormValues is the read side of Go's url.Values: an ordered multimap.
 * `get` returns the first value ('' when absent), as Go's FormValue does.
 */
export interface FormValues {
  get(name: string): string;
  getAll(name: string): readonly string[];
}
