import Link from 'next/link';
import { encodeState } from '../playground/urlState';
import { newPanel } from '../panels/panelState';

/**
 * playgroundHref opens the lesson's queries in the playground, in its own
 * URL format (`g0.expr=…&lesson=track/lesson`). The playground sets up the
 * lesson's world (seed, configs, incidents); a tab already running it keeps
 * it as the learner left it.
 */
export function playgroundHref(queries: readonly string[], lessonId: string): string {
  const panels = (queries.length > 0 ? queries : ['up']).map((q) => newPanel(q));
  return `/playground?${encodeState({ panels, clock: {}, lesson: lessonId })}`;
}

/** PlaygroundLink is the lesson's "Open this in the playground" link. */
export function PlaygroundLink({ queries, lessonId }: { readonly queries: readonly string[]; readonly lessonId: string }) {
  return (
    <Link className="button secondary small playground-link" href={playgroundHref(queries, lessonId)} prefetch={false}>
      Open this in the playground ↗
    </Link>
  );
}
