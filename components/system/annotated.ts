import { formatAnnotation, type Annotation } from '@/engine/index';
import type { Annotated } from './protocol';

/** annotated formats a result's annotations of one severity as the HTTP API shows them, keeping their positions. */
export function annotated(list: readonly Annotation[], severity: Annotation['severity'], query: string): Annotated[] {
  return list.filter((a) => a.severity === severity).map((a) => ({ text: formatAnnotation(a, query), pos: a.pos }));
}
