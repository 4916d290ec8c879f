/** Loading is the placeholder a live lesson component shows while its code loads. */
export function Loading({ what }: { readonly what: string }) {
  return (
    <div className="mdx-loading muted" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}
