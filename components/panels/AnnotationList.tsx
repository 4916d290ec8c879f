import type { Annotated } from '../system/protocol';
import { markerLines } from './QueryErrorBox';

function Item({ a, kind, query }: { a: Annotated; kind: 'warning' | 'info'; query: string }) {
  const marker = a.pos && a.pos.end > a.pos.start ? markerLines(query, a.pos) : null;
  return (
    <div className={kind} role="status">
      {a.text}
      {marker && <pre className="annotation-marker">{marker[0]}{'\n'}<span className="caret">{marker[1]}</span></pre>}
    </div>
  );
}

/**
 * AnnotationList shows a result's warnings and infos, which travel beside it
 * and never replace it, each with a marker under the part of the query it is about.
 */
export function AnnotationList({ warnings, infos, query }: { warnings: readonly Annotated[]; infos: readonly Annotated[]; query: string }) {
  if (warnings.length === 0 && infos.length === 0) return null;
  return (
    <div className="annotations">
      {warnings.map((a) => <Item key={`w${a.text}`} a={a} kind="warning" query={query} />)}
      {infos.map((a) => <Item key={`i${a.text}`} a={a} kind="info" query={query} />)}
    </div>
  );
}
