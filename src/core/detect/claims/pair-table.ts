/**
 * Word-pair weights in an open-addressing hash table over typed arrays: the hottest lookup of scoring, about twice
 * as fast as a Map with number keys and a fraction of its memory.
 */
export class PairTable {
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(entries: [number, number][]) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Float64Array(size);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      let slot = this.slotOf(key);
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /** Slots in the table: a caller can keep per-entry data (such as "seen in this sentence") in an array this long. */
  get capacity(): number {
    return this.keys.length;
  }

  get(key: number): number {
    const slot = this.find(key);
    return slot < 0 ? 0 : this.values[slot];
  }

  /** The slot holding `key`, or -1 where the table has no entry for it. */
  find(key: number): number {
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot];
      if (found === key) return slot;
      if (found === -1) return -1;
    }
  }

  /** The value in a slot that find returned. */
  valueAt(slot: number): number {
    return this.values[slot];
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
  }
}
