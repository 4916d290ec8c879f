import { DEFAULT_TIMESERIES, type Dashboard } from './model';

const SEL = 'job="ml",model=~"$model"';
const RATE = '$__rate_interval';
const buckets = (by: string) => `sum by (${by}) (rate(model_inference_duration_seconds_bucket{${SEL}}[${RATE}]))`;

/**
 * ML_SERVING watches the inference service (job `ml`, six pods, models
 * `recommender` and `fraud-detector`): the four golden signals plus what
 * only models have — input drift and the mix of predictions.
 */
export const ML_SERVING: Dashboard = {
  uid: 'ml-serving',
  title: 'ML model serving',
  description: 'The inference service’s golden signals per model, plus feature drift and the prediction mix: a model can be fast, available and still wrong.',
  tags: ['ml', 'golden-signals'],
  rangeMs: 3_600_000,
  refreshMs: 15_000,
  variables: [{ kind: 'query', name: 'model', label: 'Model', query: 'label_values(model_predictions_total{job="ml"}, model)', multi: true, includeAll: true }],
  rows: [
    {
      title: 'Latency and traffic',
      panels: [
        {
          id: 'ml-latency', type: 'timeseries', title: 'Inference latency p50 / p99 by model', unit: 's', w: 12, h: 8,
          description: 'Time from dequeue to answer per model: p99 is what the slowest callers wait.',
          explain: 'histogram_quantile over model_inference_duration_seconds buckets, summed by (le, model) so each model keeps its own distribution.',
          legendCalcs: ['last', 'max'],
          timeseries: DEFAULT_TIMESERIES,
          queries: [
            { expr: `histogram_quantile(0.5, ${buckets('le, model')})`, legend: 'p50 {{model}}' },
            { expr: `histogram_quantile(0.99, ${buckets('le, model')})`, legend: 'p99 {{model}}' },
          ],
        },
        {
          id: 'ml-traffic', type: 'timeseries', title: 'Predictions per second', unit: 'reqps', w: 12, h: 8,
          description: 'Demand per model, stacked: the total is the service’s load.',
          explain: 'rate(model_predictions_total) counts every answer, whatever its outcome; sum by (model) adds the pods.',
          timeseries: { ...DEFAULT_TIMESERIES, stacking: 'normal', fillOpacity: 30 },
          legendCalcs: ['last', 'mean'],
          queries: [{ expr: `sum by (model) (rate(model_predictions_total{${SEL}}[${RATE}]))`, legend: '{{model}}' }],
        },
      ],
    },
    {
      title: 'Errors and saturation',
      panels: [
        {
          id: 'ml-error-ratio', type: 'timeseries', title: 'Failed predictions (error + timeout)', unit: 'percentunit', w: 8, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.02, color: 'red' }],
          description: 'The share of requests that got no prediction: errors and timeouts, per model.',
          explain: 'outcome!="success" over all outcomes: timeouts come from queueing past the deadline when the GPU saturates, errors from the model server itself.',
          timeseries: { ...DEFAULT_TIMESERIES, thresholdsStyle: 'area' },
          queries: [{ expr: `sum by (model) (rate(model_predictions_total{${SEL},outcome!="success"}[${RATE}])) / sum by (model) (rate(model_predictions_total{${SEL}}[${RATE}]))`, legend: '{{model}}' }],
        },
        {
          id: 'ml-gpu', type: 'gauge', title: 'GPU utilisation', unit: 'percentunit', w: 5, h: 8, min: 0, max: 1,
          thresholds: [{ value: null, color: 'green' }, { value: 0.75, color: 'orange' }, { value: 0.9, color: 'red' }],
          description: 'How busy the GPUs are on average: near 100% requests start to queue.',
          explain: 'gpu_utilization_ratio is a gauge (0–1) per GPU; avg over all pods gives the fleet’s utilisation.',
          queries: [{ expr: 'avg(gpu_utilization_ratio{job="ml"})' }],
        },
        {
          id: 'ml-queue', type: 'timeseries', title: 'Inference queue depth', unit: 'short', w: 6, h: 8,
          description: 'Requests waiting for a GPU slot per model: the first sign of saturation.',
          explain: 'model_inference_queue_depth is a gauge; sum by (model) adds the pods. A queue that does not drain means more demand than capacity.',
          timeseries: { ...DEFAULT_TIMESERIES, drawStyle: 'bars', fillOpacity: 60 },
          queries: [{ expr: `sum by (model) (model_inference_queue_depth{${SEL}})`, legend: '{{model}}' }],
        },
        {
          id: 'ml-gpu-mem', type: 'bargauge', title: 'GPU memory used', unit: 'percentunit', w: 5, h: 8, min: 0, max: 1,
          thresholds: [{ value: null, color: 'green' }, { value: 0.85, color: 'red' }],
          description: 'GPU memory in use per pod: a full GPU cannot load a bigger batch or a second model.',
          explain: 'used ÷ total, matched one to one on the pod’s labels and gpu.',
          queries: [{ expr: 'gpu_memory_used_bytes{job="ml"} / gpu_memory_total_bytes{job="ml"}', legend: '{{pod}}' }],
        },
      ],
    },
    {
      title: 'Model quality',
      panels: [
        {
          id: 'ml-drift', type: 'timeseries', title: 'Feature drift (PSI)', unit: 'none', w: 12, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.2, color: 'red' }],
          description: 'How far live inputs have moved from the training data per feature; above 0.2 the model is guessing outside what it learned.',
          explain: 'model_feature_drift_score is a population stability index per feature; max by (model, feature) takes the worst pod. The dashed line is the usual 0.2 “significant drift” threshold.',
          timeseries: { ...DEFAULT_TIMESERIES, thresholdsStyle: 'line' },
          legendCalcs: ['last', 'max'],
          queries: [{ expr: `max by (model, feature) (model_feature_drift_score{${SEL}})`, legend: '{{model}} / {{feature}}' }],
        },
        {
          id: 'ml-mix', type: 'timeseries', title: 'Prediction mix by outcome', unit: 'reqps', w: 6, h: 8,
          description: 'What the service answered: successes, errors and timeouts, stacked.',
          explain: 'sum by (outcome) of the predictions counter. A model can keep serving fast while its mix shifts — that is why quality gets its own row.',
          timeseries: { ...DEFAULT_TIMESERIES, stacking: 'normal', fillOpacity: 50, drawStyle: 'bars' },
          queries: [{ expr: `sum by (outcome) (rate(model_predictions_total{${SEL}}[${RATE}]))`, legend: '{{outcome}}' }],
        },
        {
          id: 'ml-incorrect', type: 'stat', title: 'Incorrect predictions (ground truth)', unit: 'percentunit', w: 6, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.1, color: 'orange' }, { value: 0.2, color: 'red' }],
          description: 'Of the predictions whose true answer came back later, the share that was wrong, per model.',
          explain: 'model_prediction_feedback_total{verdict="incorrect"} over all verdicts. Ground truth arrives late and for a sample only, so this lags drift.',
          queries: [{ expr: `sum by (model) (rate(model_prediction_feedback_total{${SEL},verdict="incorrect"}[${RATE}])) / sum by (model) (rate(model_prediction_feedback_total{${SEL}}[${RATE}]))`, legend: '{{model}}' }],
        },
      ],
    },
  ],
};
