import { hashString } from '../../sim';

/**
 * Deterministic names and ids in Kubernetes's shapes: ReplicaSet hashes and
 * pod suffixes use the alphabet of Kubernetes's rand.SafeEncodeString, uids
 * look like UUIDs. All derive from a counter and a name, never from time.
 */

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** safeSuffix returns `n` characters in Kubernetes's name alphabet derived from `key`. */
export function safeSuffix(key: string, n: number): string {
  let h = hashString(key, 0x51ed27);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i % 5 === 0 && i > 0) h = hashString(key + i, h);
    out += ALPHABET[h % ALPHABET.length];
    h = Math.floor(h / ALPHABET.length);
  }
  return out;
}

/** podTemplateHash names a deployment revision's ReplicaSet suffix (10 characters like `7d9f8c6b5d`). */
export function podTemplateHash(namespace: string, deployment: string, revision: number): string {
  return safeSuffix(`${namespace}/${deployment}@${revision}`, 10);
}

/** uid returns a UUID-shaped id from a key. */
export function uid(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => hashString(key, i + 1).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
