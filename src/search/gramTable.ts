// The index builder's map from gram to a dense number (its slot), by open addressing over the
// two small integers of a gram key (grams.ts): a Map keyed by the key itself, a number above
// 2^31, made building a month's shard several times slower.

const EMPTY = -1;

export class GramTable {
  /** The gram of each slot: its key's two parts (grams.ts, forEachGramPair). */
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  size = 0;
  private table = new Int32Array(4096).fill(EMPTY);
  private mask = 4095;

  /** The slot of gram (a, b), added if new. */
  slotOf(a: number, b: number): number {
    let at = hash(a, b) & this.mask;
    for (;;) {
      const slot = this.table[at];
      if (slot === EMPTY) break;
      if (this.a[slot] === a && this.b[slot] === b) return slot;
      at = (at + 1) & this.mask;
    }
    const slot = this.size++;
    if (slot >= this.a.length) {
      this.a = grow(this.a, this.a.length * 2);
      this.b = grow(this.b, this.b.length * 2);
    }
    this.a[slot] = a;
    this.b[slot] = b;
    this.table[at] = slot;
    if (this.size * 2 > this.table.length) this.rehash();
    return slot;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(EMPTY);
    const mask = table.length - 1;
    for (let slot = 0; slot < this.size; slot++) {
      let at = hash(this.a[slot], this.b[slot]) & mask;
      while (table[at] !== EMPTY) at = (at + 1) & mask;
      table[at] = slot;
    }
    this.table = table;
    this.mask = mask;
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return h ^ (h >>> 15);
}

/** A copy of `array` with room for `length` entries. */
export function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
