import { ParseError, QueryError, SystemConfigError } from '@/engine/index';
import type { WorkerError } from './protocol';

/**
 * toWorkerError turns what a handler threw into the reply's error: the
 * user's mistakes keep the engine's type and position, anything else is
 * reported as an internal error.
 */
export function toWorkerError(err: unknown): WorkerError {
  if (err instanceof ParseError) return { type: 'bad_data', message: err.message, pos: err.pos };
  if (err instanceof QueryError) return { type: err.type, message: err.message, pos: err.pos };
  if (err instanceof SystemConfigError || err instanceof RangeError) return { type: 'bad_data', message: err.message };
  return { type: 'internal', message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
}
