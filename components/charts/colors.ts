/** A categorical palette readable on light and dark backgrounds (Prometheus's graph colours). */
const PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#5ab4ac', '#d8b365', '#8c6bb1', '#e34a33', '#4daf4a', '#377eb8',
];

/** colorFor gives series `index` its colour; colours repeat after the palette runs out. */
export function colorFor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
