import type { Labels } from './apiTypes';
import { formatMatchers, rowsFromLabels } from './silenceForm';

/** SILENCE_FORM_ID is the anchor of the "New silence" form on the Alertmanager page. */
export const SILENCE_FORM_ID = 'new-silence';

/** silenceHref links to the Alertmanager page's silence form, pre-filled with one matcher per label (Alertmanager's `?filter=`). */
export function silenceHref(labels: Labels): string {
  return `/alertmanager?filter=${encodeURIComponent(formatMatchers(rowsFromLabels(labels)))}#${SILENCE_FORM_ID}`;
}
