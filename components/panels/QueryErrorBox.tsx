import type { PosRange, WorkerError } from '../system/protocol';

/** markerLines returns the query line holding `pos` and a `^~~~` line under the range. */
export function markerLines(query: string, pos: PosRange): [string, string] {
  const lineStart = query.lastIndexOf('\n', Math.max(0, pos.start - 1)) + 1;
  const nl = query.indexOf('\n', lineStart);
  const lineEnd = nl === -1 ? query.length : nl;
  const line = query.slice(lineStart, lineEnd);
  const col = pos.start - lineStart;
  const width = Math.max(1, Math.min(pos.end, lineEnd) - pos.start);
  return [line, ' '.repeat(Math.max(0, col)) + '^' + '~'.repeat(width - 1)];
}

/** errorHint explains, in a sentence, what a stopped query means for the user; undefined when the message says it all. */
export function errorHint(error: WorkerError): string | undefined {
  if (error.type === 'canceled') return 'You stopped this query; nothing else was affected.';
  if (error.type === 'timeout') return 'The query ran past the panel’s time limit and was stopped: narrow the selector, shorten the range or raise the step.';
  if (error.message.includes('too many samples')) return 'The query would read more samples than this tab allows: narrow the selector, shorten the range or raise the step.';
  return undefined;
}

/** QueryErrorBox shows the engine's error in Prometheus's wording, with the query and a marker under the position. */
export function QueryErrorBox({ error, query }: { error: WorkerError; query: string }) {
  const marker = error.pos ? markerLines(query, error.pos) : null;
  return (
    <div className="error" role="alert" data-error-type={error.type}>
      <div>{error.message}</div>
      {errorHint(error) && <div className="error-hint">{errorHint(error)}</div>}
      {marker && (
        <pre className="error-marker" data-start={error.pos!.start} data-end={error.pos!.end}>
          {marker[0]}{'\n'}<span className="caret">{marker[1]}</span>
        </pre>
      )}
    </div>
  );
}
