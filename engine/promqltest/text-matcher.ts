/** Matching error and annotation texts against `msg:` / `regex:` expectations. */
import type { TextMatcher } from './script';

/** matchText: 'any' accepts everything, 'msg' needs the exact text, 'regex' an unanchored match. */
export function matchText(m: TextMatcher, text: string): boolean {
  switch (m.kind) {
    case 'any':
      return true;
    case 'msg':
      return m.text === text;
    case 'regex':
      return m.re.test(text);
  }
}

/** describeMatcher renders a matcher for messages. */
export function describeMatcher(m: TextMatcher): string {
  switch (m.kind) {
    case 'any':
      return 'any text';
    case 'msg':
      return JSON.stringify(m.text);
    case 'regex':
      return `pattern ${JSON.stringify(m.source)}`;
  }
}
