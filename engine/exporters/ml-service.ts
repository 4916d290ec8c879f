import type { Random } from '../sim/index';
import { revisionOf } from './build-info';
import { DEFAULT_STEP_MS, SteppedExporter } from './exporter';
import { GoProcess } from './go-process';
import { Histogram } from './histogram';
import { Registry, type Line } from './registry';

/** MlSignals is what happens to one inference replica during a step. */
export interface MlSignals {
  /** Inference requests per second reaching this replica (all models). */
  readonly rps: number;
  /** GPU-bound utilisation, 0…(>1 when overloaded): drives queueing, latency and timeouts. */
  readonly saturation: number;
  readonly errorRatio: number;
  readonly latencyFactor: number;
  /** Extra drift per model name, 0…1 (the model-drift incident). */
  readonly drift: Readonly<Record<string, number>>;
  readonly scrapeDelayMs: number;
}

/** MlModel is one served model. */
export interface MlModel {
  readonly name: string;
  readonly version: string;
  readonly share: number;
  readonly medianS: number;
  readonly features: readonly string[];
  /** Fraction of predictions later judged wrong when inputs look like training data. */
  readonly baseIncorrect: number;
}

export const ML_MODELS: readonly MlModel[] = [
  { name: 'recommender', version: 'v12', share: 0.7, medianS: 0.045, features: ['basket_value', 'session_length', 'user_age_days'], baseIncorrect: 0.08 },
  { name: 'fraud-detector', version: 'v4', share: 0.3, medianS: 0.012, features: ['amount', 'country', 'device_type'], baseIncorrect: 0.02 },
];

export interface MlServiceOptions {
  readonly startMs: number;
  readonly random: Random;
  readonly signals: (tMs: number) => MlSignals;
  /** scrapeDelayMs is `signals(tMs).scrapeDelayMs` alone, which each scrape asks for (default: computed from `signals`). */
  readonly scrapeDelayMs?: (tMs: number) => number;
  readonly models?: readonly MlModel[];
  readonly gpus?: number;
  readonly gpuMemoryBytes?: number;
  readonly stepMs?: number;
}

interface ModelLines {
  readonly model: MlModel;
  readonly duration: Histogram;
  readonly success: Line;
  readonly error: Line;
  readonly timeout: Line;
  readonly correct: Line;
  readonly incorrect: Line;
  readonly queue: Line;
  readonly drift: readonly Line[];
}

/**
 * MlService simulates a model-serving process (a Go inference gateway with
 * client_golang) exposing the golden signals of model serving:
 * - `model_inference_duration_seconds{model,version}` histogram: time from dequeue to answer;
 * - `model_predictions_total{model,version,outcome}` with outcome success | error | timeout;
 * - `model_prediction_feedback_total{model,version,verdict}` correct | incorrect, from delayed ground truth;
 * - `model_inference_queue_depth{model}` requests waiting for a GPU slot;
 * - `model_feature_drift_score{model,feature}` population stability index of live inputs vs training (0 = same; > 0.2 is drift);
 * - `gpu_utilization_ratio{gpu}`, `gpu_memory_used_bytes{gpu}`, `gpu_memory_total_bytes{gpu}`;
 * - `inference_server_build_info{version,…}` and the default Go collectors.
 */
export class MlService extends SteppedExporter {
  private readonly reg = new Registry();
  private readonly models: ModelLines[];
  private readonly gpuUtil: Line[] = [];
  private readonly gpuMem: Line[] = [];
  private readonly go: GoProcess;
  private readonly gpuTotal: number;

  constructor(private readonly o: MlServiceOptions) {
    super(o.startMs, o.stepMs ?? DEFAULT_STEP_MS, true);
    const reg = this.reg;
    const dur = reg.family('model_inference_duration_seconds', 'histogram', 'Time spent running model inference, in seconds.');
    const preds = reg.family('model_predictions_total', 'counter', 'Total number of predictions served, by outcome (success, error, timeout).');
    const feedback = reg.family('model_prediction_feedback_total', 'counter', 'Total number of predictions whose ground truth arrived, by verdict (correct, incorrect).');
    const queue = reg.family('model_inference_queue_depth', 'gauge', 'Number of inference requests waiting for a GPU slot.');
    const drift = reg.family('model_feature_drift_score', 'gauge', 'Population stability index of a live input feature against its training distribution (0 = identical, > 0.2 = drifted).');
    this.models = (o.models ?? ML_MODELS).map((model) => {
      const l = { model: model.name, version: model.version };
      return {
        model,
        duration: new Histogram(dur, l),
        success: preds.line({ ...l, outcome: 'success' }),
        error: preds.line({ ...l, outcome: 'error' }),
        timeout: preds.line({ ...l, outcome: 'timeout' }),
        correct: feedback.line({ ...l, verdict: 'correct' }),
        incorrect: feedback.line({ ...l, verdict: 'incorrect' }),
        queue: queue.line({ model: model.name }),
        drift: model.features.map((feature) => drift.line({ feature, model: model.name })),
      };
    });
    const util = reg.family('gpu_utilization_ratio', 'gauge', 'Fraction of time the GPU was busy over the last sample period (0-1).');
    const used = reg.family('gpu_memory_used_bytes', 'gauge', 'GPU memory in use, in bytes.');
    const total = reg.family('gpu_memory_total_bytes', 'gauge', 'Total GPU memory, in bytes.');
    this.gpuTotal = o.gpuMemoryBytes ?? 24 * 2 ** 30;
    for (let g = 0; g < (o.gpus ?? 1); g++) {
      this.gpuUtil.push(util.line({ gpu: String(g) }));
      this.gpuMem.push(used.line({ gpu: String(g) }));
      total.line({ gpu: String(g) }).value = this.gpuTotal;
    }
    reg.family('inference_server_build_info', 'gauge', "A metric with a constant '1' value labeled by version, revision, branch, goversion from which inference_server was built.")
      .line({ branch: 'main', goversion: 'go1.22.5', revision: revisionOf('2.3.1'), version: '2.3.1' }).value = 1;
    this.go = new GoProcess(reg, o.startMs, 'go1.22.5');
    this.step(o.startMs, 0);
  }

  protected registry(): Registry {
    return this.reg;
  }

  protected step(tMs: number, dtMs: number): void {
    const s = this.o.signals(tMs);
    const r = this.o.random;
    const dt = dtMs / 1000;
    const u = Math.max(0, s.saturation);
    const queueing = 1 / Math.max(0.1, 1 - Math.min(u, 0.92));
    // Past saturation, requests wait in line until their deadline and time out.
    const timeoutShare = u > 1 ? Math.min(0.9, 1 - 1 / u) : Math.max(0, (u - 0.9) * 0.05);
    for (const m of this.models) {
      const n = Math.max(0, s.rps * m.model.share * dt * (1 + 0.05 * r.normal()));
      const timeouts = n * timeoutShare;
      const errors = (n - timeouts) * s.errorRatio;
      m.timeout.addCount(timeouts);
      m.error.addCount(errors);
      m.success.addCount(n - timeouts - errors);
      m.duration.observeBatch(n - timeouts, m.model.medianS * s.latencyFactor * queueing, 0.45);
      const extra = s.drift[m.model.name] ?? 0;
      const incorrect = Math.min(0.95, m.model.baseIncorrect + extra * 0.45);
      // Ground truth arrives for about a tenth of predictions.
      const judged = (n - timeouts - errors) * 0.1;
      m.incorrect.addCount(judged * incorrect);
      m.correct.addCount(judged * (1 - incorrect));
      m.queue.value = u > 0.7 ? Math.round(s.rps * m.model.share * (u - 0.7) * 2 + r.next() * 2) : r.next() < 0.2 ? 1 : 0;
      for (let i = 0; i < m.drift.length; i++) {
        // The first feature drifts most; noise keeps each score alive.
        const base = 0.03 + 0.02 * r.next();
        m.drift[i]!.value = round4(base + extra * (i === 0 ? 1 : 0.35 / i));
      }
    }
    for (let g = 0; g < this.gpuUtil.length; g++) {
      this.gpuUtil[g]!.value = round4(Math.min(1, Math.max(0, 0.04 + 0.9 * Math.min(u, 1.05) + 0.03 * r.normal())));
      this.gpuMem[g]!.value = Math.round((0.42 + 0.35 * Math.min(u, 1)) * this.gpuTotal / 2 ** 20) * 2 ** 20;
    }
    this.go.step(tMs, dtMs, { cpuCores: 0.15 + s.rps * 0.002, heapBytes: 180e6 + s.rps * 2e5, goroutines: 40 + Math.round(s.rps * 0.2), openFds: 30, allocBytesPerSec: 4e6 + s.rps * 1.5e5 });
  }

  protected scrapeDurationMs(tMs: number): number {
    return 4 + (this.o.scrapeDelayMs?.(tMs) ?? this.o.signals(tMs).scrapeDelayMs);
  }

  protected onScrape(): void {
    this.go.countScrape();
  }
}

function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
