/** Reading the exposition text a target returns, line by line, for the response view. */

export type LineKind = 'help' | 'type' | 'unit' | 'comment' | 'eof' | 'sample' | 'blank';

/** lineKind classifies one line of the text (or OpenMetrics) format. */
export function lineKind(line: string): LineKind {
  if (line.trim() === '') return 'blank';
  if (!line.startsWith('#')) return 'sample';
  if (/^# HELP /.test(line)) return 'help';
  if (/^# TYPE /.test(line)) return 'type';
  if (/^# UNIT /.test(line)) return 'unit';
  if (line.trimEnd() === '# EOF') return 'eof';
  return 'comment';
}

/** expositionLines splits a body into lines, without the empty line after the final newline. */
export function expositionLines(body: string): string[] {
  const lines = body.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** countSamples counts the sample lines in a body. */
export function countSamples(body: string): number {
  return expositionLines(body).filter((l) => lineKind(l) === 'sample').length;
}
