import type { TargetHealth } from './targetsModel';

/** HealthBadge shows a target's health as Prometheus's UI does: UP green, DOWN red, UNKNOWN grey. */
export function HealthBadge({ health }: { health: TargetHealth }) {
  return <span className={`health-badge health-${health}`} data-health={health}>{health.toUpperCase()}</span>;
}
