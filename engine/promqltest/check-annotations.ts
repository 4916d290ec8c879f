/**
 * checkAnnotations applies the `expect warn` / `expect info` /
 * `expect no_warn` / `expect no_info` rules of FORMAT.md §8 to the
 * annotations of one query run.
 */
import { formatAnnotation, type Annotation } from '../promql/annotations';
import type { AnnotationExpectation, EvalCommand } from './script';
import { describeMatcher, matchText } from './text-matcher';

/** checkAnnotations returns a description of the first violation, or undefined. */
export function checkAnnotations(cmd: EvalCommand, annotations: readonly Annotation[], query: string): string | undefined {
  return (
    checkSeverity(cmd.warn, 'warning', annotations, query) ??
    checkSeverity(cmd.info, 'info', annotations, query)
  );
}

function checkSeverity(
  exp: AnnotationExpectation,
  severity: Annotation['severity'],
  annotations: readonly Annotation[],
  query: string,
): string | undefined {
  if (exp.mode === 'unchecked') return undefined;
  // Texts are matched as the HTTP API shows them: prefix, message, " (line:col)".
  const texts = annotations.filter((a) => a.severity === severity).map((a) => formatAnnotation(a, query));
  const plural = severity === 'warning' ? 'warnings' : 'infos';
  if (exp.mode === 'none') {
    return texts.length === 0 ? undefined : `unexpected ${plural}: ${JSON.stringify(texts)}`;
  }
  if (texts.length === 0) return `expected ${plural} but got none`;
  for (const m of exp.matchers) {
    if (!texts.some((t) => matchText(m, t))) return `expected ${severity} ${describeMatcher(m)} but got ${JSON.stringify(texts)}`;
  }
  for (const t of texts) {
    if (!exp.matchers.some((m) => matchText(m, t))) return `unexpected ${severity} ${JSON.stringify(t)}`;
  }
  return undefined;
}
