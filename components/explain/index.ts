/** The Explain tab: how the engine evaluated a query, node by node, from its own trace. */
export { ExplainView, type ExplainViewProps } from './ExplainView';
