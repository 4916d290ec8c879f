/** Starting points over the simulated world, one idea each. */
export const EXAMPLES: readonly [label: string, query: string][] = [
  ['Request rate by status code', 'sum by (code) (rate(http_requests_total[5m]))'],
  ['Error ratio', 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))'],
  ['99th percentile latency by handler', 'histogram_quantile(0.99, sum by (le, handler) (rate(http_request_duration_seconds_bucket[5m])))'],
  ['Targets up per job', 'sum by (job) (up)'],
  ['CPU busy per node', '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))'],
  ['Data disk free', 'node_filesystem_avail_bytes{mountpoint="/var/lib/data"} / node_filesystem_size_bytes{mountpoint="/var/lib/data"}'],
  ['Inference p95 by model', 'histogram_quantile(0.95, sum by (le, model) (rate(model_inference_duration_seconds_bucket[5m])))'],
];

/** ExampleQueries opens a new panel with a ready-made query. */
export function ExampleQueries({ onPick }: { onPick: (query: string) => void }) {
  return (
    <div className="examples" aria-label="Example queries">
      <span className="muted">Try:</span>
      {EXAMPLES.map(([label, query]) => (
        <button key={label} type="button" className="button secondary small" title={query} onClick={() => onPick(query)}>{label}</button>
      ))}
    </div>
  );
}
