import type { IncidentKind, IncidentView } from '@/engine/index';
import type { EngineClient } from '../system/engineClient';
import { formatDuration } from '../panels/timeFormat';

/** The world's incidents through its control API (/api/sim/incidents), exactly as `npm run serve` answers. */

/** IncidentRequestError is a refused request, carrying the API's own message. */
export class IncidentRequestError extends Error {}

async function send(client: EngineClient, method: string, url: string): Promise<unknown> {
  const reply = await client.call('http', { method, url });
  let body: unknown = null;
  try {
    body = JSON.parse(reply.body);
  } catch {
    // Not JSON: the status code tells the story.
  }
  if (reply.status >= 400) {
    const message = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `HTTP ${reply.status}`;
    throw new IncidentRequestError(message);
  }
  return body;
}

/** listIncidents returns every incident, scheduled, active or ended, oldest first. */
export async function listIncidents(client: EngineClient): Promise<IncidentView[]> {
  const body = await send(client, 'GET', '/api/sim/incidents');
  return (body as { incidents: IncidentView[] }).incidents;
}

export interface StartIncident {
  readonly kind: IncidentKind;
  /** undefined = the kind's default target; '' = everything. */
  readonly target?: string;
  /** undefined = until stopped. */
  readonly durationMs?: number;
}

/** startIncidentUrl is the control API request that starts one incident. */
export function startIncidentUrl({ kind, target, durationMs }: StartIncident): string {
  const q = new URLSearchParams({ kind });
  if (target !== undefined) q.set('target', target);
  if (durationMs !== undefined) q.set('duration', formatDuration(durationMs));
  return `/api/sim/incidents?${q}`;
}

export async function startIncident(client: EngineClient, req: StartIncident): Promise<IncidentView> {
  return (await send(client, 'POST', startIncidentUrl(req))) as IncidentView;
}

export async function stopIncident(client: EngineClient, id: string): Promise<void> {
  await send(client, 'DELETE', `/api/sim/incidents/${encodeURIComponent(id)}`);
}
