/** The query console: a query panel lessons, embeds and the home page can drop in. */
export { QueryPanel, type QueryPanelProps } from './QueryPanel';
