import type { DeliveryRow } from '@/engine/index';
import { DeliveryTable } from './DeliveryTable';
import { InlineMarkdown } from './InlineMarkdown';

export type CheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'verdict'; readonly ok: boolean; readonly message: string; readonly deliveries?: readonly DeliveryRow[] }
  | { readonly kind: 'error'; readonly message: string };

/** Verdict shows the checker's answer: what matched, or the first difference and a nudge; for delivery checks, the inboxes side by side. */
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
        <div className={`exercise-verdict ${state.ok ? 'ok' : 'wrong'}`} role="status">
          <p className="exercise-verdict-message">
            <strong>{state.ok ? '✓ ' : 'Not yet: '}</strong>
            <InlineMarkdown text={state.message} />
          </p>
          {state.deliveries && state.deliveries.length > 0 && <DeliveryTable rows={state.deliveries} />}
        </div>
      );
    case 'error':
      return (
        <p className="error" role="alert">
          The check could not run: {state.message}
        </p>
      );
  }
}
