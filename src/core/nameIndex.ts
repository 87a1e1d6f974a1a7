/**
 * Finding window names that occur more than once, among up to 10^6 names. A JS Map of 10^6 strings (or any hash
 * table that large) costs more than a full sort of the rows, nearly all of it cache misses and garbage. Real
 * duplicates are rare, so two cheap passes do instead: the first hashes every name into a table of two-bit
 * counters (seen once, seen twice) small enough to stay in the processor's cache; the second puts only the names
 * whose counter reached two (the duplicates and a few per cent of chance collisions) into a Map, to compare them
 * as strings. No name string is kept in between: the caller gives each one again for the second pass.
 */

/** FNV-1a over UTF-16 code units with a final mix, so names differing in one digit (窗口17, 窗口18) spread. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** About 16 counters per name: four megabits for 2.5 × 10^5 names, chance collisions on a few per cent of names. */
function slotCount(n: number): number {
  let slots = 1024;
  while (slots < n * 16 && slots < 2 ** 30) slots *= 2;
  return slots;
}

export class RepeatFinder {
  private readonly mask: number;
  /** Two bits per slot, 16 slots a word: 01 seen once, 11 seen twice or more. */
  private readonly counters: Uint32Array;
  private slotOf: Uint32Array;
  private count = 0;
  private collisions = 0;

  constructor(expected: number) {
    this.mask = slotCount(expected) - 1;
    this.counters = new Uint32Array((this.mask + 1) / 16);
    this.slotOf = new Uint32Array(Math.max(16, expected));
  }

  /** Records the next entry's key (entries are numbered 0, 1, 2… in the order added). */
  add(key: string): void {
    const slot = hashOf(key) & this.mask;
    if (this.count === this.slotOf.length) {
      const grown = new Uint32Array(this.count * 2);
      grown.set(this.slotOf);
      this.slotOf = grown;
    }
    this.slotOf[this.count++] = slot;
    const word = slot >>> 4;
    const shift = (slot & 15) * 2;
    const state = (this.counters[word] >>> shift) & 3;
    if (state === 3) return;
    this.counters[word] |= (state === 0 ? 1 : 3) << shift;
    if (state === 1) this.collisions++;
  }

  /**
   * Groups of entries whose keys are equal, for keys added more than once: each group in entry order, the groups
   * in the order of their first entry. `keyOf` gives an entry's key again, as it was added.
   */
  groups(keyOf: (entry: number) => string): number[][] {
    if (this.collisions === 0) return [];
    const entries = new Map<string, number[]>();
    for (let i = 0; i < this.count; i++) {
      const slot = this.slotOf[i];
      if (((this.counters[slot >>> 4] >>> ((slot & 15) * 2)) & 3) !== 3) continue;
      const key = keyOf(i);
      const list = entries.get(key);
      if (list) list.push(i);
      else entries.set(key, [i]);
    }
    return [...entries.values()].filter((list) => list.length > 1);
  }
}
