import { ParseError, QueryError } from '../promql/errors';
import { ParamError } from './params';

/**
 * API errors: an `errorType` and a message, mapped to HTTP status codes as
 * Prometheus's getDefaultErrorCode does.
 */

export type ApiErrorType = 'timeout' | 'canceled' | 'execution' | 'bad_data' | 'internal' | 'unavailable' | 'not_found' | 'not_acceptable';

export class ApiError extends Error {
  constructor(
    readonly type: ApiErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** STATUS_BY_ERROR_TYPE is Prometheus's default error code table (499 is nginx's "client closed request"). */
export const STATUS_BY_ERROR_TYPE: Readonly<Record<ApiErrorType, number>> = {
  bad_data: 400,
  execution: 422,
  canceled: 499,
  timeout: 503,
  internal: 500,
  not_found: 404,
  not_acceptable: 406,
  // Prometheus has no case for it and falls through to 500.
  unavailable: 500,
};

/** invalidParam wraps a parameter error: `invalid parameter "start": cannot parse ...`. */
export function invalidParam(name: string, err: unknown): ApiError {
  return new ApiError('bad_data', `invalid parameter ${JSON.stringify(name)}: ${messageOf(err)}`);
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * queryPrepareError maps an error raised while parsing or preparing a query
 * (Prometheus's NewInstantQuery/NewRangeQuery) to `invalid parameter "query"`.
 * Returns undefined for errors that belong to execution.
 */
export function queryPrepareError(err: unknown): ApiError | undefined {
  if (err instanceof ParseError) return invalidParam('query', err);
  if (err instanceof QueryError && err.type === 'bad_data') return invalidParam('query', err);
  return undefined;
}

/** queryExecError is Prometheus's returnAPIError for errors raised by Exec. */
export function queryExecError(err: unknown): ApiError {
  if (err instanceof QueryError) {
    switch (err.type) {
      case 'canceled':
        return new ApiError('canceled', err.message);
      case 'timeout':
        return new ApiError('timeout', err.message);
      case 'internal':
        return new ApiError('internal', err.message);
      case 'unavailable':
        return new ApiError('unavailable', err.message);
      default:
        return new ApiError('execution', err.message);
    }
  }
  if (err instanceof ParamError || err instanceof ApiError) return new ApiError('bad_data', err.message);
  // Anything else is a bug in the engine; report it as Prometheus reports storage failures.
  return new ApiError('internal', `internal error: ${messageOf(err)}`);
}
