/**
 * Alert fingerprints as Alertmanager (Prometheus common/model) computes them:
 * FNV-1a 64 over the label pairs sorted by name, each name and value followed
 * by the separator byte 0xff. Printed as 16 lower-case hex digits, the form
 * that appears in the API (`fingerprint`), in webhook bodies and in
 * `inhibitedBy`.
 */
import { compareStrings } from '../model/labels';
import type { LabelSet } from './types';

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const SEPARATOR = 0xff;

/** fingerprintHex is the 16-digit hex fingerprint of a label set. */
export function fingerprintHex(labels: LabelSet): string {
  let h = OFFSET;
  const add = (byte: number): void => {
    h = ((h ^ BigInt(byte)) * PRIME) & MASK;
  };
  for (const name of sortedNames(labels)) {
    // Go hashes the UTF-8 bytes of the strings.
    for (const b of utf8Bytes(name)) add(b);
    add(SEPARATOR);
    for (const b of utf8Bytes(labels[name] ?? '')) add(b);
    add(SEPARATOR);
  }
  return h.toString(16).padStart(16, '0');
}

/** sortedNames lists label names in Go's byte order. */
export function sortedNames(labels: LabelSet): string[] {
  return Object.keys(labels).sort(compareStrings);
}

/** utf8Bytes encodes a string as UTF-8 (the engine has no TextEncoder without DOM libs). */
function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}
