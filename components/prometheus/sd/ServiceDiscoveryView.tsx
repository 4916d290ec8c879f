'use client';
import type { EngineClient } from '../../system/engineClient';
import { getJson } from '../shared/http';
import { usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';
import type { TargetsData } from '../targets/targetsModel';
import { PoolDiscovery } from './PoolDiscovery';
import type { PoolTrace } from './sdModel';

interface SdData {
  readonly pools: readonly PoolTrace[];
  readonly droppedTargetCounts: Readonly<Record<string, number>>;
}

async function loadSd(client: EngineClient, signal: AbortSignal): Promise<SdData> {
  const [trace, dropped] = await Promise.all([
    getJson<{ pools: PoolTrace[] }>(client, '/api/sim/relabel', signal),
    getJson<TargetsData>(client, '/api/v1/targets?state=dropped', signal),
  ]);
  return { pools: trace.pools, droppedTargetCounts: dropped.droppedTargetCounts ?? {} };
}

/**
 * ServiceDiscoveryView is Prometheus's service-discovery page: per scrape
 * pool the discovered labels of every target beside its labels after
 * relabeling (or "Dropped"), and on demand what each relabel rule did.
 */
export function ServiceDiscoveryView() {
  const { data, error, loading } = usePolled('sd', loadSd);
  if (loading) return <LoadingLine what="Loading service discovery…" />;
  if (!data) return <ErrorLine message={error ?? 'no answer'} />;
  const totalDropped = Object.values(data.droppedTargetCounts).reduce((a, b) => a + b, 0);
  return (
    <div className="sd-view" data-testid="sd-view">
      <p className="muted">
        {data.pools.length} scrape pools; {totalDropped} discovered target{totalDropped === 1 ? '' : 's'} dropped by relabeling.
        {' '}Pools: {data.pools.map((p, i) => <span key={p.scrapePool}>{i > 0 && ', '}<a href={`#pool-${p.scrapePool}`}>{p.scrapePool}</a></span>)}
      </p>
      {error && <ErrorLine message={`Refresh failed: ${error}`} />}
      {data.pools.map((p) => (
        <div key={p.scrapePool} id={`pool-${p.scrapePool}`}>
          <PoolDiscovery trace={p} droppedCount={data.droppedTargetCounts[p.scrapePool] ?? 0} />
        </div>
      ))}
    </div>
  );
}
