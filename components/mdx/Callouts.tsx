import type { ReactNode } from 'react';

/** Note is a side remark in a lesson. */
export function Note({ children }: { readonly children?: ReactNode }) {
  return (
    <aside className="callout callout-note" role="note">
      <span className="callout-label">Note</span>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

/** Pitfall highlights a common mistake. */
export function Pitfall({ children }: { readonly children?: ReactNode }) {
  return (
    <aside className="callout callout-pitfall" role="note">
      <span className="callout-label">Pitfall</span>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

/** DeepDive is an optional detour, collapsed until opened (a native <details>: no script needed). */
export function DeepDive({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <details className="callout callout-deep">
      <summary>
        <span className="callout-label">Deep dive</span> {title}
      </summary>
      <div className="callout-body">{children}</div>
    </details>
  );
}
