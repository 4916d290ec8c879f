/**
 * The control API of a served world, under /api/sim/: the clock (read,
 * speed, pause, advance), incidents (list, start, stop), the inboxes, the
 * event feed, the simulated targets, the relabel trace and the configuration
 * files. Answers are JSON; bad input gets a 400 with `{"status":"error","error":…}`.
 */
import type { ApiRequest, ApiResponse } from '../api/index';
import { parseDuration } from '../config/index';
import { SystemConfigError, type ConfigKind, type System } from '../system/index';
import { yieldToHost } from '../platform';
import { notificationChain } from './notification-chain';
import { QueryParams } from './params';
import { poolTrace } from './relabel-trace';

export function json(status: number, value: unknown): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) + '\n', compressible: true };
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): ApiResponse {
  return json(status, { status: 'error', error, ...extra });
}

function methodNotAllowed(allowed: readonly string[]): ApiResponse {
  return { ...jsonError(405, `method not allowed; use ${allowed.join(', ')}`), headers: { 'Content-Type': 'application/json', Allow: allowed.join(', ') } };
}

/** params merges the URL query with a form-encoded body, as Go's ParseForm does. */
function params(req: ApiRequest, query: QueryParams): QueryParams {
  const merged = new QueryParams();
  for (const [k, v] of query) merged.append(k, v);
  if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of QueryParams.parse(req.body)) merged.append(k, v);
  }
  return merged;
}

/** Virtual ms simulated between two yields to the event loop during /api/sim/advance. */
const ADVANCE_CHUNK_MS = 60_000;

const CONFIG_KINDS: Readonly<Record<string, ConfigKind>> = { prometheus: 'prometheus', 'prometheus.yml': 'prometheus', rules: 'rules', alertmanager: 'alertmanager', 'alertmanager.yml': 'alertmanager' };

/** handleSimControl serves one /api/sim/… request; `sub` is the path below /api/sim. */
export async function handleSimControl(system: System, req: ApiRequest, sub: string, query: QueryParams): Promise<ApiResponse> {
  const p = params(req, query);
  const m = req.method;
  if (sub === '/clock') {
    if (m === 'GET') return json(200, system.clockState());
    if (m !== 'POST' && m !== 'PUT') return methodNotAllowed(['GET', 'POST']);
    const speed = p.get('speed');
    const paused = p.get('paused');
    if (speed === null && paused === null) return jsonError(400, 'give speed=N (1…3600) and/or paused=true|false');
    if (speed !== null) {
      const n = Number(speed);
      if (speed === '' || !(n >= 1 && n <= 3600)) return jsonError(400, `invalid speed ${JSON.stringify(speed)}: must be a number within 1…3600`);
      system.setSpeed(n);
    }
    if (paused !== null) {
      if (paused !== 'true' && paused !== 'false') return jsonError(400, `invalid paused ${JSON.stringify(paused)}: must be true or false`);
      system.setPaused(paused === 'true');
    }
    return json(200, system.clockState());
  }
  if (sub === '/advance') {
    if (m !== 'POST') return methodNotAllowed(['POST']);
    const by = p.get('by') ?? '';
    let ms: number;
    try {
      ms = parseDuration(by);
    } catch (e) {
      return jsonError(400, `invalid by: ${(e as Error).message} (use a Prometheus duration such as 30s, 5m or 1h)`);
    }
    if (ms > 7 * 86_400_000) return jsonError(400, 'invalid by: at most 7d at a time');
    // A minute at a time, yielding to the event loop in between, so other requests are answered meanwhile.
    for (let left = ms; left > 0; left -= ADVANCE_CHUNK_MS) {
      await system.advance(Math.min(left, ADVANCE_CHUNK_MS));
      await yieldToHost();
    }
    return json(200, system.clockState());
  }
  if (sub === '/incidents') {
    if (m === 'GET') return json(200, { incidents: system.incidents() });
    if (m !== 'POST') return methodNotAllowed(['GET', 'POST']);
    // Kinds are hyphenated; accept instance_down as well, which is easier to type in a URL.
    const kind = (p.get('kind') ?? '').replace(/_/g, '-');
    if (kind === '') return jsonError(400, 'missing kind (e.g. kind=instance-down)');
    const duration = p.get('duration');
    let durationMs: number | undefined;
    if (duration !== null) {
      try {
        durationMs = parseDuration(duration);
      } catch (e) {
        return jsonError(400, `invalid duration: ${(e as Error).message}`);
      }
    }
    const extra: Record<string, string | number> = {};
    for (const [k, v] of p) if (!['kind', 'target', 'duration'].includes(k)) extra[k] = v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    try {
      const target = p.get('target');
      const id = system.startIncident(kind, { ...(target !== null ? { target } : {}), ...(durationMs !== undefined ? { durationMs } : {}), params: extra });
      return json(201, system.incidents().find((i) => i.id === id));
    } catch (e) {
      return jsonError(400, (e as Error).message);
    }
  }
  if (sub.startsWith('/incidents/')) {
    if (m !== 'DELETE') return methodNotAllowed(['DELETE']);
    const id = decodeURIComponent(sub.slice('/incidents/'.length));
    try {
      system.stopIncident(id);
    } catch (e) {
      return jsonError(404, (e as Error).message);
    }
    return json(200, system.incidents().find((i) => i.id === id));
  }
  if (sub === '/inbox') return m === 'GET' ? json(200, system.inbox()) : methodNotAllowed(['GET']);
  if (sub === '/notifications') return m === 'GET' ? json(200, { notifications: system.notifications() }) : methodNotAllowed(['GET']);
  if (sub.startsWith('/notifications/')) {
    if (m !== 'GET') return methodNotAllowed(['GET']);
    // One notification with the rule-side history of its alerts: the "why now?" chain.
    const id = Number(decodeURIComponent(sub.slice('/notifications/'.length)));
    const n = system.notifications().find((r) => r.id === id);
    if (n === undefined) return jsonError(404, `no notification ${JSON.stringify(sub.slice('/notifications/'.length))}`);
    return json(200, notificationChain(n, system.rules.timeline()));
  }
  if (sub === '/events') {
    if (m !== 'GET') return methodNotAllowed(['GET']);
    const since = p.get('since');
    const limit = p.get('limit');
    if ((since !== null && !Number.isFinite(Number(since))) || (limit !== null && !Number.isInteger(Number(limit)))) return jsonError(400, 'since must be ms since the epoch, limit an integer');
    return json(200, { events: system.events(since === null ? undefined : Number(since), limit === null ? undefined : Number(limit)) });
  }
  if (sub === '/targets') return m === 'GET' ? json(200, { targets: system.targets() }) : methodNotAllowed(['GET']);
  if (sub === '/relabel') {
    // The relabel trace per scrape pool: ?pool=<job> for one pool, &index=<i> for one of its targets.
    if (m !== 'GET') return methodNotAllowed(['GET']);
    const pool = p.get('pool');
    const index = p.get('index');
    const pools = system.scrape.pools().filter((x) => pool === null || x.job === pool);
    if (pool !== null && pools.length === 0) return jsonError(404, `no scrape pool ${JSON.stringify(pool)}`);
    const traces = pools.map(poolTrace);
    if (index === null) return json(200, { pools: traces });
    const i = Number(index);
    const target = pool === null || !Number.isInteger(i) ? undefined : traces[0]!.targets[i];
    if (target === undefined) return jsonError(400, pool === null ? 'index needs pool' : `invalid index ${JSON.stringify(index)}: pool ${pool} has ${traces[0]!.targets.length} targets`);
    return json(200, { scrapePool: pool, rules: traces[0]!.rules, target });
  }
  if (sub.startsWith('/config/')) {
    const kind = CONFIG_KINDS[sub.slice('/config/'.length)];
    if (kind === undefined) return jsonError(404, `unknown config ${JSON.stringify(sub.slice(8))}; use prometheus, rules or alertmanager`);
    const file = p.get('file') ?? undefined;
    if (m === 'GET') return { status: 200, headers: { 'Content-Type': 'text/yaml; charset=utf-8' }, body: system.configText(kind, file), compressible: true };
    if (m !== 'PUT' && m !== 'POST') return methodNotAllowed(['GET', 'PUT']);
    try {
      system.applyConfig(kind, req.body, file);
    } catch (e) {
      if (e instanceof SystemConfigError) return jsonError(400, e.message, { issues: e.issues });
      throw e;
    }
    return json(200, { status: 'success' });
  }
  return jsonError(404, `no such control endpoint /api/sim${sub}`);
}
