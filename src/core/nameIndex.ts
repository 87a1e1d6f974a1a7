/**
 * Finding window names that occur more than once, among up to 10^6 names. A JS Map of 10^6 strings, or any table
 * indexed by hash, costs more than a full sort of the rows: nearly all of it cache misses, one per name, into
 * megabytes. So the names' 32-bit hashes are kept in one typed array and sorted out the way a radix sort would:
 * counted and scattered into about n/512 buckets by their top bits (sequential passes), then each bucket, small
 * enough for the processor's first-level cache, is checked for equal hashes. Only names with an equal hash (the
 * real duplicates and a few chance collisions) are compared as strings, which the caller gives again on request.
 */
import type { Steps } from './steps';

/**
 * FNV-1a over UTF-16 code units with a final mix, so names differing in one digit (窗口17, 窗口18) spread. In three
 * parts so that the row loop can hash a name in the same scan that screens it (rowKinds.ts).
 */
export const HASH_START = 0x811c9dc5;

export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hashEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

export function hashOf(key: string): number {
  let h = HASH_START;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return hashEnd(h);
}

const PER_BUCKET = 512;

/**
 * Groups of entries whose keys are equal, for keys that occur more than once: each group in entry order, the
 * groups in the order of their first entry. `hashes[i]` is hashOf(entry i's key); `keyOf` gives the key again.
 * Yields between its passes over the hashes, which on a cold page take tens of milliseconds each at 10^5 names.
 */
export function* repeatedGroups(hashes: Uint32Array, keyOf: (entry: number) => string): Steps<number[][]> {
  let bits = 0;
  while (bits < 20 && hashes.length >>> bits > PER_BUCKET) bits++;
  const start = bucketStarts(hashes, bits);
  yield;
  const byBucket = scatter(hashes, start, bits);
  yield;
  const shared = equalInBuckets(start, byBucket);
  yield;
  const entries = new Map<string, number[]>();
  for (const i of shared) {
    const key = keyOf(i);
    const list = entries.get(key);
    if (list) list.push(i);
    else entries.set(key, [i]);
  }
  return [...entries.values()].filter((list) => list.length > 1);
}

// One loop (nest) per function: V8 optimises a long loop while it runs, and code after it that has not run yet
// would throw that optimised code away on every call.

function bucketOf(h: number, bits: number): number {
  return bits === 0 ? 0 : h >>> (32 - bits);
}

/** start[b] .. start[b + 1] is bucket b's share of the entries once sorted by bucket. */
function bucketStarts(hashes: Uint32Array, bits: number): Uint32Array {
  const buckets = 1 << bits;
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < hashes.length; i++) start[bucketOf(hashes[i], bits) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  return start;
}

/**
 * Entry numbers and their hashes sorted by bucket (a counting sort: sequential reads, one write stream per
 * bucket), so that the bucket pass reads both in order instead of looking hashes up all over the array.
 */
function scatter(hashes: Uint32Array, start: Uint32Array, bits: number): { entries: Uint32Array; hashes: Uint32Array } {
  const next = start.slice(0, start.length - 1);
  const entries = new Uint32Array(hashes.length);
  const sorted = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const at = next[bucketOf(hashes[i], bits)]++;
    entries[at] = i;
    sorted[at] = hashes[i];
  }
  return { entries, hashes: sorted };
}

/** Within each bucket, an open-addressing table on the hash's low bits; `owner` says which bucket filled a slot. */
function equalInBuckets(start: Uint32Array, byBucket: { entries: Uint32Array; hashes: Uint32Array }): number[] {
  const { entries, hashes } = byBucket;
  const buckets = start.length - 1;
  let largest = 0;
  for (let b = 0; b < buckets; b++) largest = Math.max(largest, start[b + 1] - start[b]);
  let size = 16;
  while (size < largest * 2) size *= 2;
  const mask = size - 1;
  const slotAt = new Uint32Array(size);
  const owner = new Int32Array(size).fill(-1);
  const shared = new Uint8Array(hashes.length);
  for (let b = 0; b < buckets; b++) {
    for (let k = start[b]; k < start[b + 1]; k++) {
      const h = hashes[k];
      for (let s = h & mask; ; s = (s + 1) & mask) {
        if (owner[s] !== b) {
          owner[s] = b;
          slotAt[s] = k;
          break;
        }
        if (hashes[slotAt[s]] === h) {
          shared[entries[slotAt[s]]] = 1;
          shared[entries[k]] = 1;
          break;
        }
      }
    }
  }
  return sharedEntries(shared);
}

function sharedEntries(shared: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < shared.length; i++) if (shared[i] === 1) out.push(i);
  return out;
}
