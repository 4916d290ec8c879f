import { MarkdownView } from './MarkdownView';

/** TextBody is Grafana's text panel in Markdown mode, rendered without any HTML from the source. */
export function TextBody({ content, height }: { readonly content: string; readonly height: number }) {
  return (
    <div className="dash-text" style={{ maxHeight: height }} data-testid="text-panel">
      <MarkdownView source={content} />
    </div>
  );
}
