import { describe, expect, it } from 'vitest';
import { parseOpenMetrics, parseText, type MetricFamily } from '../exposition/index';
import { createRandom, type SimRequest } from '../sim/index';
import { MlService, type MlSignals } from './ml-service';
import { sampleValue, steadyMl, sumValues, T0 } from './testing';

const req = (tMs: number, accept = ''): SimRequest => ({ method: 'GET', path: '/metrics', query: {}, headers: { Accept: accept }, body: '', tMs });
const ml = (signals: (t: number) => MlSignals = () => steadyMl()): MlService => new MlService({ startMs: T0, random: createRandom(5).fork('ml'), signals });
const scrape = (e: MlService, tMs: number): MetricFamily[] => parseText(e.handle(req(tMs)).body);

describe('MlService', () => {
  it('exposes the golden signals of model serving', () => {
    const f = scrape(ml(), T0 + 120_000);
    const types = Object.fromEntries(f.map((x) => [x.name, x.type]));
    expect(types).toMatchObject({
      model_inference_duration_seconds: 'histogram',
      model_predictions_total: 'counter',
      model_prediction_feedback_total: 'counter',
      model_inference_queue_depth: 'gauge',
      model_feature_drift_score: 'gauge',
      gpu_utilization_ratio: 'gauge',
      gpu_memory_used_bytes: 'gauge',
      gpu_memory_total_bytes: 'gauge',
      inference_server_build_info: 'gauge',
      go_goroutines: 'gauge',
    });
    expect(sampleValue(f, 'model_predictions_total', { model: 'recommender', version: 'v12', outcome: 'success' })!).toBeGreaterThan(0);
    expect(sampleValue(f, 'gpu_memory_used_bytes', { gpu: '0' })!).toBeLessThan(sampleValue(f, 'gpu_memory_total_bytes', { gpu: '0' })!);
    expect(parseOpenMetrics(ml().handle(req(T0 + 15_000, 'application/openmetrics-text;version=1.0.0')).body).length).toBe(f.length);
  });

  it('follows inference traffic with GPU utilisation, and times out past saturation', () => {
    let s = steadyMl({ rps: 8, saturation: 0.2 });
    const e = ml(() => s);
    const a = scrape(e, T0 + 300_000);
    s = steadyMl({ rps: 60, saturation: 1.5 });
    const b = scrape(e, T0 + 600_000);
    expect(sampleValue(b, 'gpu_utilization_ratio', { gpu: '0' })!).toBeGreaterThan(sampleValue(a, 'gpu_utilization_ratio', { gpu: '0' })! + 0.5);
    expect(sumValues(a, 'model_predictions_total', { outcome: 'timeout' })).toBe(0);
    expect(sumValues(b, 'model_predictions_total', { outcome: 'timeout' })).toBeGreaterThan(1_000);
    expect(sampleValue(b, 'model_inference_queue_depth', { model: 'recommender' })!).toBeGreaterThan(5);
  });

  it('shows model drift in the drift score and in incorrect feedback', () => {
    let drift: Record<string, number> = {};
    const e = ml(() => steadyMl({ drift }));
    const a = scrape(e, T0 + 1_200_000);
    drift = { recommender: 0.8 };
    const b = scrape(e, T0 + 2_400_000);
    const score = (f: MetricFamily[]) => sampleValue(f, 'model_feature_drift_score', { model: 'recommender', feature: 'basket_value' })!;
    expect(score(a)).toBeLessThan(0.1);
    expect(score(b)).toBeGreaterThan(0.5);
    const wrong = (f: MetricFamily[]) => sampleValue(f, 'model_prediction_feedback_total', { model: 'recommender', verdict: 'incorrect' })!;
    const all = (f: MetricFamily[]) => sumValues(f, 'model_prediction_feedback_total', { model: 'recommender' });
    expect((wrong(b) - wrong(a)) / (all(b) - all(a))).toBeGreaterThan(0.3);
    expect(wrong(a) / all(a)).toBeLessThan(0.15);
    expect(sampleValue(b, 'model_feature_drift_score', { model: 'fraud-detector', feature: 'amount' })!).toBeLessThan(0.1);
  });
});
