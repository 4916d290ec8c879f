import Link from 'next/link';
import { encodeState } from '../playground/urlState';
import { newPanel } from '../panels/panelState';

/**
 * playgroundHref opens the lesson's queries in the playground, in its own
 * URL format (`g0.expr=…&seed=…`). Within the tab the playground keeps the
 * running world (the lesson's, incidents included) when the seed matches.
 */
export function playgroundHref(queries: readonly string[], seed: number): string {
  const panels = (queries.length > 0 ? queries : ['up']).map((q) => newPanel(q));
  return `/playground?${encodeState({ panels, clock: {}, seed })}`;
}

/** PlaygroundLink is the lesson's "Open this in the playground" link. */
export function PlaygroundLink({ queries, seed }: { readonly queries: readonly string[]; readonly seed: number }) {
  return (
    <Link className="button secondary small playground-link" href={playgroundHref(queries, seed)} prefetch={false}>
      Open this in the playground ↗
    </Link>
  );
}
