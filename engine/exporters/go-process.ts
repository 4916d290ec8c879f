import { Summary } from './histogram';
import type { Line, Registry } from './registry';

/**
 * The metrics every client_golang program exposes by default — `go_*` from
 * the Go collector, `process_*` from the process collector and
 * `promhttp_metric_handler_*` from promhttp — with names, types and HELP as
 * in node_exporter's real output (see /work/shared/samples).
 */

/** ProcessLoad is what a process did during one step. */
export interface ProcessLoad {
  /** CPU cores in use on average during the step. */
  readonly cpuCores: number;
  /** Live heap, bytes. */
  readonly heapBytes: number;
  readonly goroutines: number;
  readonly openFds: number;
  /** Bytes allocated per second (drives GC cycles and the malloc counters). */
  readonly allocBytesPerSec: number;
}

const MAX_FDS = 1048576;
const GC_TARGET_RATIO = 2; // GOGC=100: the next GC at twice the live heap.

/** GoProcess owns the default collectors' lines of one Go process. */
export class GoProcess {
  private readonly goroutines: Line;
  private readonly threads: Line;
  private readonly gc: Summary;
  private readonly mem: Readonly<Record<string, Line>>;
  private readonly cpu: Line;
  private readonly openFds: Line;
  private readonly rss: Line;
  private readonly vms: Line;
  private readonly scrapes200: Line;
  private readonly inFlight: Line;

  constructor(
    reg: Registry,
    readonly startMs: number,
    goVersion: string,
  ) {
    this.gc = new Summary(reg.family('go_gc_duration_seconds', 'summary', 'A summary of the pause duration of garbage collection cycles.'), {}, [0, 0.25, 0.5, 0.75, 1]);
    this.goroutines = reg.family('go_goroutines', 'gauge', 'Number of goroutines that currently exist.').line();
    reg.family('go_info', 'gauge', 'Information about the Go environment.').line({ version: goVersion }).value = 1;
    const mem: Record<string, Line> = {};
    for (const [suffix, type, help] of MEMSTATS) mem[suffix] = reg.family(`go_memstats_${suffix}`, type, help).line();
    this.mem = mem;
    // Runtime bookkeeping that barely moves in a steady process.
    set(mem, 'buck_hash_sys_bytes', 1445713);
    set(mem, 'gc_sys_bytes', 8271472);
    set(mem, 'mcache_inuse_bytes', 1200 * 4);
    set(mem, 'mcache_sys_bytes', 15600);
    set(mem, 'mspan_inuse_bytes', 51984);
    set(mem, 'mspan_sys_bytes', 65088);
    set(mem, 'other_sys_bytes', 668695);
    this.threads = reg.family('go_threads', 'gauge', 'Number of OS threads created.').line();
    this.cpu = reg.family('process_cpu_seconds_total', 'counter', 'Total user and system CPU time spent in seconds.').line();
    reg.family('process_max_fds', 'gauge', 'Maximum number of open file descriptors.').line().value = MAX_FDS;
    this.openFds = reg.family('process_open_fds', 'gauge', 'Number of open file descriptors.').line();
    this.rss = reg.family('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.').line();
    reg.family('process_start_time_seconds', 'gauge', 'Start time of the process since unix epoch in seconds.').line().value = Math.floor(startMs / 10) / 100;
    this.vms = reg.family('process_virtual_memory_bytes', 'gauge', 'Virtual memory size in bytes.').line();
    reg.family('process_virtual_memory_max_bytes', 'gauge', 'Maximum amount of virtual memory available in bytes.').line().value = 1.8446744073709552e19;
    const errors = reg.family('promhttp_metric_handler_errors_total', 'counter', 'Total number of internal errors encountered by the promhttp metric handler.');
    errors.line({ cause: 'encoding' });
    errors.line({ cause: 'gathering' });
    this.inFlight = reg.family('promhttp_metric_handler_requests_in_flight', 'gauge', 'Current number of scrapes being served.').line();
    // Whenever anyone sees this gauge, it is while their own scrape is being served.
    this.inFlight.value = 1;
    const reqs = reg.family('promhttp_metric_handler_requests_total', 'counter', 'Total number of scrapes by HTTP status code.');
    this.scrapes200 = reqs.line({ code: '200' });
    reqs.line({ code: '500' });
    reqs.line({ code: '503' });
  }

  /** residentBytes is the process's RSS as last set. */
  get residentBytes(): number {
    return this.rss.value;
  }

  /** step accounts `dtMs` of running under `load`, ending at `tMs`. */
  step(tMs: number, dtMs: number, load: ProcessLoad): void {
    const dt = dtMs / 1000;
    const m = this.mem;
    this.cpu.value = round2(this.cpu.value + load.cpuCores * dt);
    this.goroutines.value = Math.round(load.goroutines);
    this.threads.value = Math.max(this.threads.value, 6 + Math.ceil(load.cpuCores * 2));
    this.openFds.value = Math.round(load.openFds);
    const heap = Math.round(load.heapBytes);
    const allocated = Math.round(load.allocBytesPerSec * dt);
    const objSize = 96; // bytes per allocation, a typical Go average
    set(m, 'alloc_bytes', heap);
    set(m, 'heap_alloc_bytes', heap);
    add(m, 'alloc_bytes_total', allocated);
    add(m, 'mallocs_total', Math.round(allocated / objSize));
    set(m, 'frees_total', Math.max(0, get(m, 'mallocs_total') - Math.round(heap / objSize)));
    set(m, 'heap_objects', Math.round(heap / objSize));
    const heapSys = roundPage(heap * 1.35 + 4 * 2 ** 20);
    set(m, 'heap_sys_bytes', heapSys);
    set(m, 'heap_inuse_bytes', roundPage(heap * 1.08));
    set(m, 'heap_idle_bytes', heapSys - get(m, 'heap_inuse_bytes'));
    set(m, 'heap_released_bytes', roundPage(get(m, 'heap_idle_bytes') * 0.6));
    const stack = roundPage(load.goroutines * 8192);
    set(m, 'stack_inuse_bytes', stack);
    set(m, 'stack_sys_bytes', stack);
    set(m, 'next_gc_bytes', roundPage(heap * GC_TARGET_RATIO));
    const sys = heapSys + stack + 14 * 2 ** 20;
    set(m, 'sys_bytes', sys);
    this.rss.value = roundPage(sys * 0.82);
    this.vms.value = roundPage(sys + 1.1e9);
    // One GC cycle per heap's worth of allocation; pauses ~50–400 µs.
    const cycles = Math.floor(allocated / Math.max(heap, 4 * 2 ** 20));
    if (cycles > 0) {
      this.gc.count.value += cycles;
      this.gc.sum.value += cycles * 1.6e-4;
      set(m, 'last_gc_time_seconds', tMs / 1000);
      const q = [3.1e-5, 6.2e-5, 9.8e-5, 1.7e-4, 4.3e-4];
      for (let i = 0; i < q.length; i++) this.gc.quantiles[i]!.value = q[i]!;
    }
  }

  /** countScrape counts a served scrape, as promhttp's instrumentation does after answering. */
  countScrape(): void {
    this.scrapes200.value += 1;
  }
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
function roundPage(v: number): number {
  return Math.round(v / 8192) * 8192;
}
function get(m: Readonly<Record<string, Line>>, k: string): number {
  return m[k]?.value ?? 0;
}
function set(m: Readonly<Record<string, Line>>, k: string, v: number): void {
  const l = m[k];
  if (l !== undefined) l.value = v;
}
function add(m: Readonly<Record<string, Line>>, k: string, v: number): void {
  const l = m[k];
  if (l !== undefined) l.value += v;
}

type MemstatDef = readonly [string, 'gauge' | 'counter', string];

/** The classic go_memstats_* set, as client_golang's Go collector exposes it. */
const MEMSTATS: readonly MemstatDef[] = [
  ['alloc_bytes', 'gauge', 'Number of bytes allocated and still in use.'],
  ['alloc_bytes_total', 'counter', 'Total number of bytes allocated, even if freed.'],
  ['buck_hash_sys_bytes', 'gauge', 'Number of bytes used by the profiling bucket hash table.'],
  ['frees_total', 'counter', 'Total number of frees.'],
  ['gc_sys_bytes', 'gauge', 'Number of bytes used for garbage collection system metadata.'],
  ['heap_alloc_bytes', 'gauge', 'Number of heap bytes allocated and still in use.'],
  ['heap_idle_bytes', 'gauge', 'Number of heap bytes waiting to be used.'],
  ['heap_inuse_bytes', 'gauge', 'Number of heap bytes that are in use.'],
  ['heap_objects', 'gauge', 'Number of allocated objects.'],
  ['heap_released_bytes', 'gauge', 'Number of heap bytes released to OS.'],
  ['heap_sys_bytes', 'gauge', 'Number of heap bytes obtained from system.'],
  ['last_gc_time_seconds', 'gauge', 'Number of seconds since 1970 of last garbage collection.'],
  ['lookups_total', 'counter', 'Total number of pointer lookups.'],
  ['mallocs_total', 'counter', 'Total number of mallocs.'],
  ['mcache_inuse_bytes', 'gauge', 'Number of bytes in use by mcache structures.'],
  ['mcache_sys_bytes', 'gauge', 'Number of bytes used for mcache structures obtained from system.'],
  ['mspan_inuse_bytes', 'gauge', 'Number of bytes in use by mspan structures.'],
  ['mspan_sys_bytes', 'gauge', 'Number of bytes used for mspan structures obtained from system.'],
  ['next_gc_bytes', 'gauge', 'Number of heap bytes when next garbage collection will take place.'],
  ['other_sys_bytes', 'gauge', 'Number of bytes used for other system allocations.'],
  ['stack_inuse_bytes', 'gauge', 'Number of bytes in use by the stack allocator.'],
  ['stack_sys_bytes', 'gauge', 'Number of bytes obtained from system for stack allocator.'],
  ['sys_bytes', 'gauge', 'Number of bytes obtained from system.'],
];
