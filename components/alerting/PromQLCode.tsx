import { highlightPromQL } from './highlightPromQL';

/** PromQLCode shows an expression read-only, monospace and highlighted (tokens as text, never HTML). */
export function PromQLCode({ expr }: { expr: string }) {
  return (
    <code className="al-promql">
      {highlightPromQL(expr).map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} className={`al-tok-${t.kind}`}>{t.text}</span>))}
    </code>
  );
}
