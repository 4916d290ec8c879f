import { InlineMarkdown } from './InlineMarkdown';

export type CheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'verdict'; readonly ok: boolean; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

/** Verdict shows the checker's answer: what matched, or the first difference and a nudge. */
export function Verdict({ state }: { readonly state: CheckState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <p className="exercise-verdict muted" role="status">
          <span className="spinner" aria-hidden="true" /> Checking on this lesson’s world and on hidden variants of it (the first check builds them, which takes a few seconds)…
        </p>
      );
    case 'verdict':
      return (
        <p className={`exercise-verdict ${state.ok ? 'ok' : 'wrong'}`} role="status">
          <strong>{state.ok ? '✓ ' : 'Not yet: '}</strong>
          <InlineMarkdown text={state.message} />
        </p>
      );
    case 'error':
      return (
        <p className="error" role="alert">
          The check could not run: {state.message}
        </p>
      );
  }
}
