/** Starting points over the demo data, one idea each. */
const EXAMPLES: readonly [label: string, query: string][] = [
  ['Request rate by status code', 'sum by (code) (rate(http_requests_total[5m]))'],
  ['Error ratio', 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))'],
  ['99th percentile latency', 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))'],
  ['CPU busy per host', '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))'],
  ['Memory available', 'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes'],
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
