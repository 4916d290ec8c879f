/**
 * Alert fingerprints as Alertmanager (Prometheus common/model) computes them:
 * FNV-1a 64 over the label pairs sorted by name, each name and value followed
 * by the separator byte 0xff. Printed as 16 lower-case hex digits, the form
 * that appears in the API (`fingerprint`), in webhook bodies and in
 * `inhibitedBy`.
 */
import { compareStrings } from '../model/labels';
import { wtf8Bytes } from '../util/utf8';
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
    for (const b of wtf8Bytes(name)) add(b);
    add(SEPARATOR);
    for (const b of wtf8Bytes(labels[name] ?? '')) add(b);
    add(SEPARATOR);
  }
  return h.toString(16).padStart(16, '0');
}

/** sortedNames lists label names in Go's byte order. */
export function sortedNames(labels: LabelSet): string[] {
  return Object.keys(labels).sort(compareStrings);
}
