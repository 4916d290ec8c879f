import { UNITS } from '../dashboards/units';
import { DASHBOARD_NAMES, PANEL_TYPES } from './embedParams';

/** One row of the embed parameter reference on the /embed docs page. */
export interface ParamDoc {
  readonly name: string;
  readonly views: string;
  readonly values: string;
  readonly default: string;
  readonly what: string;
}

/** EMBED_PARAM_DOCS documents every parameter parseEmbedParams accepts (a test keeps the two in step). */
export const EMBED_PARAM_DOCS: readonly ParamDoc[] = [
  { name: 'query', views: 'query, panel', values: 'PromQL, up to 2,000 characters', default: 'sum by (code) (rate(http_requests_total[5m]))', what: 'The expression to run.' },
  { name: 'view', views: 'query', values: 'graph, table, explain', default: 'graph', what: 'Which result tab is shown.' },
  { name: 'range', views: 'query, panel, dashboard', values: 'a duration, 1s to 1w', default: '1h', what: 'The graph’s time range, ending at the world’s now.' },
  { name: 'editor', views: 'query', values: '1 or 0', default: '1', what: 'Show the PromQL editor above the result.' },
  { name: 'readonly', views: 'all', values: '1 or 0', default: '0', what: 'No editing and no clock controls: a fixed demo.' },
  { name: 'theme', views: 'all', values: 'light, dark, auto', default: 'auto', what: 'Colours; auto follows the reader’s system setting.' },
  { name: 'height', views: 'all', values: 'auto, or 120 to 2000 (px)', default: 'auto', what: 'auto: the frame posts its height to the host page (see the snippet below).' },
  { name: 'seed', views: 'all', values: 'a whole number', default: '1', what: 'The world’s random seed: same seed, same data.' },
  { name: 'history', views: 'all', values: 'a duration, 1s to 1d', default: '1h', what: 'How much of the world is simulated before the view shows.' },
  { name: 'incident', views: 'all', values: 'kind[:target][@start][+duration], repeatable (up to 5)', default: 'none', what: 'Stages an incident; start is measured from the world’s start, e.g. error-burst:api@40m+10m.' },
  { name: 'type', views: 'panel', values: PANEL_TYPES.join(', '), default: 'timeseries', what: 'The panel type.' },
  { name: 'title', views: 'panel', values: 'text, up to 120 characters', default: 'none', what: 'The panel title (shown as text).' },
  { name: 'unit', views: 'panel', values: UNITS.map((u) => u.id).join(', '), default: 'short', what: 'How values are formatted.' },
  { name: 'legend', views: 'panel', values: 'a legend format, e.g. {{code}}', default: 'the series labels', what: 'Series names in the legend.' },
  { name: 'name', views: 'dashboard', values: DASHBOARD_NAMES.join(', '), default: 'golden-signals', what: 'Which built-in dashboard.' },
  { name: 'lesson', views: 'exercise', values: 'a lesson id, e.g. 03-promql/02-counters', default: 'none', what: 'The lesson the exercise belongs to.' },
  { name: 'exercise', views: 'exercise', values: 'an exercise id from that lesson', default: 'none', what: 'The exercise to show.' },
];

/** HOST_SCRIPT sizes every embed on the host page from the height messages the frames post. */
export const HOST_SCRIPT = `<script>
addEventListener('message', (e) => {
  if (!e.data || e.data.type !== 'prometheus-playground:height') return;
  for (const f of document.querySelectorAll('iframe'))
    if (f.contentWindow === e.source) f.style.height = Number(e.data.height) + 'px';
});
</script>`;
