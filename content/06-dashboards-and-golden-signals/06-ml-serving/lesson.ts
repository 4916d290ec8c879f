import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 60 * 60_000,
    incidents: [{ kind: 'model-drift', startedAgoMs: 35 * 60_000 }],
  },
  queries: ['max by (model) (model_feature_drift_score)', 'sum by (model) (rate(model_prediction_feedback_total{verdict="incorrect"}[10m])) / sum by (model) (rate(model_prediction_feedback_total[10m]))'],
  exercises: {
    'max-drift': {
      kind: 'query',
      prompt: 'For each `model`, return the drift score (PSI) of its most drifted feature, across all inference pods: one series per `model`.',
      hints: ['The metric is `model_feature_drift_score`.', '`max by (model) (…)`.'],
      solution: 'max by (model) (model_feature_drift_score)',
      tolerance: 0.05,
      wrongAnswers: [
        { answer: 'avg by (model) (model_feature_drift_score)', says: 'values differ' },
        { answer: 'max by (model, feature) (model_feature_drift_score)', says: 'still has the' },
      ],
    },
    'incorrect-share': {
      kind: 'query',
      prompt: 'Return, per `model`, the share of predictions judged **incorrect** by ground-truth feedback over the last 10 minutes: one series per `model`.',
      hints: ['Divide the rate of `verdict="incorrect"` feedback by the rate of all feedback, over `[10m]`.', 'Aggregate both sides `by (model)` before dividing.'],
      solution: 'sum by (model) (rate(model_prediction_feedback_total{verdict="incorrect"}[10m])) / sum by (model) (rate(model_prediction_feedback_total[10m]))',
      tolerance: 0.05,
      wrongAnswers: [
        { answer: 'sum by (model) (rate(model_prediction_feedback_total{verdict="incorrect"}[10m])) / sum by (model) (rate(model_predictions_total[10m]))', says: 'values differ' },
      ],
    },
  },
});
