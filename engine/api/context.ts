import type { ApiDeps } from './deps';
import type { HandlerResult } from './envelope';
import type { ApiRequest, FormValues } from './types';

/** HandlerContext is what every endpoint handler receives. */
export interface HandlerContext {
  readonly req: ApiRequest;
  readonly deps: ApiDeps;
  /** Body and URL parameters merged as Go's Request.Form (body first). */
  readonly form: FormValues;
  /** Go's ParseForm error text, reported by the endpoints that call ParseForm themselves. */
  readonly formError?: string;
  /** Only the URL's query parameters (Go's r.URL.Query()). */
  readonly urlQuery: FormValues;
  /** Route parameters such as `name` in /label/:name/values, already decoded. */
  readonly params: Readonly<Record<string, string>>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;
