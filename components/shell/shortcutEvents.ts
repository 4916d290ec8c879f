/**
 * Page-wide commands the keyboard shortcuts send, as DOM events on window,
 * so the shell needs no reference to the panels that answer them.
 */
export const RUN_ALL_EVENT = 'pp:run-all';

/** runAllPanels asks every query panel on the page to run its query. */
export function runAllPanels(): void {
  dispatchEvent(new Event(RUN_ALL_EVENT));
}
