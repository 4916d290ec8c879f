/**
 * Receiving alerts the way POST /api/v2/alerts does: fill startsAt/endsAt
 * (resolve_timeout for alerts without endsAt), drop empty labels, validate
 * with Alertmanager's messages, and merge with the stored alert of the same
 * fingerprint when their activity ranges overlap.
 */
import { fingerprintHex } from './fingerprint';
import { parseRfc3339 } from './time';
import type { Alert, LabelSet, PostableAlert } from './types';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** ReceiveResult lists the accepted alerts and the validation errors of the rejected ones. */
export interface ReceiveResult {
  readonly accepted: readonly Alert[];
  readonly errors: readonly string[];
  /** How many posted alerts (valid or not) were firing or already resolved, as alertmanager_alerts_received_total counts them. */
  readonly firing: number;
  readonly resolved: number;
}

/** toAlerts converts posted alerts at `nowMs`; invalid ones become error texts. */
export function toAlerts(posted: readonly PostableAlert[], nowMs: number, resolveTimeoutMs: number): ReceiveResult {
  const accepted: Alert[] = [];
  const errors: string[] = [];
  let firing = 0;
  for (const p of posted) {
    const labels = cleanSet(p.labels);
    const annotations = cleanSet(p.annotations);
    let startsAtMs = p.startsAt === undefined || p.startsAt === '' ? null : parseRfc3339(p.startsAt);
    let endsAtMs = p.endsAt === undefined || p.endsAt === '' ? null : parseRfc3339(p.endsAt);
    if (startsAtMs === null) startsAtMs = endsAtMs ?? nowMs;
    // Without endsAt the alert resolves by itself unless it is re-sent within resolve_timeout.
    const timeout = endsAtMs === null;
    if (endsAtMs === null) endsAtMs = nowMs + resolveTimeoutMs;
    if (endsAtMs > nowMs) firing++;
    const err = validate(labels, annotations, startsAtMs, timeout ? null : endsAtMs);
    if (err !== null) {
      errors.push(err);
      continue;
    }
    accepted.push({
      fingerprint: fingerprintHex(labels), labels, annotations, startsAtMs, endsAtMs,
      generatorURL: p.generatorURL ?? '', updatedAtMs: nowMs, timeout,
    });
  }
  return { accepted, errors, firing, resolved: posted.length - firing };
}

/** mergeAlert combines a stored alert with a newer copy as Alertmanager's Alert.Merge does. */
export function mergeAlert(old: Alert, next: Alert): Alert {
  if (next.updatedAtMs < old.updatedAtMs) return mergeAlert(next, old);
  let startsAtMs = next.startsAtMs;
  let endsAtMs = next.endsAtMs;
  // The earliest start wins.
  if (old.startsAtMs < next.startsAtMs) startsAtMs = old.startsAtMs;
  const nextResolved = next.endsAtMs <= next.updatedAtMs;
  if (nextResolved) {
    if (old.endsAtMs <= old.updatedAtMs && old.endsAtMs > next.endsAtMs) endsAtMs = old.endsAtMs;
  } else if (old.endsAtMs > next.endsAtMs && !old.timeout) {
    // An explicit end time beats a resolve_timeout guess.
    endsAtMs = old.endsAtMs;
  }
  return { ...next, startsAtMs, endsAtMs };
}

/** overlaps reports whether the new alert's range overlaps the stored one's, the condition for merging. */
export function overlaps(old: Alert, next: Alert): boolean {
  return (next.endsAtMs > old.startsAtMs && next.endsAtMs < old.endsAtMs) ||
    (next.startsAtMs > old.startsAtMs && next.startsAtMs < old.endsAtMs);
}

function validate(labels: LabelSet, annotations: LabelSet, startsAtMs: number, endsAtMs: number | null): string | null {
  if (endsAtMs !== null && endsAtMs < startsAtMs) return 'start time must be before end time';
  for (const name of Object.keys(labels)) {
    if (!LABEL_NAME.test(name)) return `invalid label set: invalid name ${JSON.stringify(name)}`;
  }
  if (Object.keys(labels).length === 0) return 'at least one label pair required';
  for (const name of Object.keys(annotations)) {
    if (!LABEL_NAME.test(name)) return `invalid annotations: invalid name ${JSON.stringify(name)}`;
  }
  return null;
}

function cleanSet(raw: Readonly<Record<string, unknown>> | undefined): LabelSet {
  const out: Record<string, string> = {};
  if (raw === undefined || raw === null) return out;
  for (const [k, v] of Object.entries(raw)) {
    // Alertmanager removes empty label values before validating.
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}
