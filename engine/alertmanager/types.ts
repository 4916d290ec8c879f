/**
 * Plain data shared by Alertmanager's stages. Times are integer ms since the
 * Unix epoch; `null` stands for Go's zero time ("not set").
 */

/** LabelSet is Alertmanager's model.LabelSet: name → value, no empty values. */
export type LabelSet = Readonly<Record<string, string>>;

/**
 * Alert is one alert as the Alertmanager holds it after receipt. `endsAtMs`
 * is always set: when the client sent none it is receipt + resolve_timeout
 * and `timeout` is true.
 */
export interface Alert {
  readonly fingerprint: string;
  readonly labels: LabelSet;
  readonly annotations: LabelSet;
  readonly startsAtMs: number;
  readonly endsAtMs: number;
  readonly generatorURL: string;
  readonly updatedAtMs: number;
  readonly timeout: boolean;
}

/** PostableAlert is one element of the JSON array POSTed to /api/v2/alerts. */
export interface PostableAlert {
  readonly labels?: Readonly<Record<string, unknown>>;
  readonly annotations?: Readonly<Record<string, unknown>>;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly generatorURL?: string;
}

/** isResolvedAt reports whether the alert has ended at `nowMs` (EndsAt not after now). */
export function isResolvedAt(alert: Alert, nowMs: number): boolean {
  return alert.endsAtMs <= nowMs;
}
