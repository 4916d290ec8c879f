import type { Value } from '@/engine/index';

/** ArchitectureCounts are the live numbers the diagram shows; undefined = not known (yet). */
export interface ArchitectureCounts {
  /** Per scrape job: targets up and total. */
  readonly jobs: readonly { readonly job: string; readonly up: number; readonly total: number }[];
  readonly pushGroups?: number;
  readonly firingAlerts?: number;
  readonly series?: number;
}

/** jobHealth folds an `up` vector into per-job counts, sorted by job name. */
export function jobHealth(up: Value): ArchitectureCounts['jobs'] {
  if (up.type !== 'vector') return [];
  const byJob = new Map<string, { up: number; total: number }>();
  for (const s of up.samples) {
    const job = s.labels.find((l) => l.name === 'job')?.value ?? '';
    const e = byJob.get(job) ?? { up: 0, total: 0 };
    e.total += 1;
    if (s.v === 1) e.up += 1;
    byJob.set(job, e);
  }
  return [...byJob].sort(([a], [b]) => a.localeCompare(b)).map(([job, e]) => ({ job, ...e }));
}

/** vectorLength counts an instant vector's samples (0 for anything else). */
export function vectorLength(v: Value): number {
  return v.type === 'vector' ? v.samples.length : 0;
}

/** The parts of the diagram a lesson can highlight. */
export const ARCHITECTURE_PARTS = ['batch', 'pushgateway', 'targets', 'exporters', 'discovery', 'prometheus', 'tsdb', 'rules', 'alertmanager', 'receivers', 'grafana', 'clients'] as const;
export type ArchitecturePart = (typeof ARCHITECTURE_PARTS)[number];

/** parseHighlight accepts "a,b" or ["a","b"]; unknown names are ignored. */
export function parseHighlight(h: string | readonly string[] | undefined): ReadonlySet<ArchitecturePart> {
  const names = typeof h === 'string' ? h.split(',') : (h ?? []);
  const out = new Set<ArchitecturePart>();
  for (const n of names) {
    const name = n.trim() === 'exporters' ? 'targets' : n.trim();
    if ((ARCHITECTURE_PARTS as readonly string[]).includes(name)) out.add(name as ArchitecturePart);
  }
  return out;
}
