import type { Value } from '@/engine/index';

/** Messages between the page and the engine worker. Every request has an id; the reply carries it back. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: 'instant'; readonly query: string; readonly timeMs: number }
  | { readonly id: number; readonly kind: 'range'; readonly query: string; readonly startMs: number; readonly endMs: number; readonly stepMs: number }
  | { readonly id: number; readonly kind: 'cancel'; readonly target: number }
  | { readonly id: number; readonly kind: 'info' };

export interface WorldInfo {
  readonly minTimeMs: number;
  readonly maxTimeMs: number;
  readonly numSeries: number;
  readonly metricNames: readonly string[];
}

export interface QueryReply {
  readonly value: Value;
  /** Annotation texts as the HTTP API shows them (`PromQL info: ... (1:6)`). */
  readonly warnings: readonly string[];
  readonly infos: readonly string[];
  readonly evalMs: number;
}

export interface WorkerError {
  readonly type: string;
  readonly message: string;
  /** 0-based character range in the query, when the error has one. */
  readonly pos?: { readonly start: number; readonly end: number };
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly kind: 'query'; readonly reply: QueryReply }
  | { readonly id: number; readonly ok: true; readonly kind: 'info'; readonly info: WorldInfo }
  | { readonly id: number; readonly ok: false; readonly error: WorkerError };
