/** HistoryMenu offers past queries (most recent first); picking one loads and runs it. */
export function HistoryMenu({ history, onPick }: { history: readonly string[]; onPick: (query: string) => void }) {
  return (
    <select
      className="history-menu"
      aria-label="Query history"
      value=""
      disabled={history.length === 0}
      onChange={(e) => e.target.value && onPick(e.target.value)}
    >
      <option value="">History</option>
      {history.map((q) => <option key={q} value={q}>{q.length > 80 ? `${q.slice(0, 80)}…` : q}</option>)}
    </select>
  );
}
