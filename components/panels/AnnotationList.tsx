import type { Annotated } from '../system/protocol';

/** AnnotationList shows a result's warnings and infos, which travel beside it and never replace it. */
export function AnnotationList({ warnings, infos }: { warnings: readonly Annotated[]; infos: readonly Annotated[] }) {
  if (warnings.length === 0 && infos.length === 0) return null;
  return (
    <div className="annotations">
      {warnings.map((w) => <div key={`w${w.text}`} className="warning" role="status">{w.text}</div>)}
      {infos.map((w) => <div key={`i${w.text}`} className="info" role="status">{w.text}</div>)}
    </div>
  );
}
