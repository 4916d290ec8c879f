/**
 * A binary heap over an array with Go's container/heap algorithms, so that
 * the order of equal elements (which topk/bottomk/limitk expose in instant
 * query results) comes out exactly as in Prometheus.
 */
export type Less<T> = (a: T, b: T) => boolean;

/** heapPush adds x, like Go's heap.Push. */
export function heapPush<T>(h: T[], x: T, less: Less<T>): void {
  h.push(x);
  up(h, h.length - 1, less);
}

/** heapFix restores the heap after h[i] changed. */
export function heapFix<T>(h: T[], i: number, less: Less<T>): void {
  if (!down(h, i, h.length, less)) up(h, i, less);
}

function up<T>(h: T[], j: number, less: Less<T>): void {
  for (;;) {
    const i = Math.trunc((j - 1) / 2);
    if (i === j || !less(h[j]!, h[i]!)) break;
    swap(h, i, j);
    j = i;
  }
}

function down<T>(h: T[], i0: number, n: number, less: Less<T>): boolean {
  let i = i0;
  for (;;) {
    const j1 = 2 * i + 1;
    if (j1 >= n || j1 < 0) break;
    let j = j1;
    const j2 = j1 + 1;
    if (j2 < n && less(h[j2]!, h[j1]!)) j = j2;
    if (!less(h[j]!, h[i]!)) break;
    swap(h, i, j);
    i = j;
  }
  return i > i0;
}

function swap<T>(h: T[], i: number, j: number): void {
  const t = h[i]!;
  h[i] = h[j]!;
  h[j] = t;
}

/**
 * goSort sorts like Go's sort.Sort for the small slices topk produces:
 * insertion sort (stable) up to 12 elements, a stable merge sort beyond.
 */
export function goSort<T>(a: T[], less: Less<T>): void {
  if (a.length <= 12) {
    for (let i = 1; i < a.length; i++) {
      for (let j = i; j > 0 && less(a[j]!, a[j - 1]!); j--) swap(a, j, j - 1);
    }
    return;
  }
  const sorted = [...a].sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
  for (let i = 0; i < a.length; i++) a[i] = sorted[i]!;
}
