/**
 * Build metadata of the simulated services, in the shape of
 * prometheus/common/version's `<program>_build_info` labels.
 */

/** revisionOf derives a stable fake git revision from a version string. */
export function revisionOf(version: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < version.length; i++) h = Math.imul(h ^ version.charCodeAt(i), 0x01000193) >>> 0;
  return (h.toString(16).padStart(8, '0') + 'a3c9e1f07b').slice(0, 12);
}
