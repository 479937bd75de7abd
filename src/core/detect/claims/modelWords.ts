// The claim model's words looked up by their text, straight from the model file's bytes: an open-addressing table of
// word ids keyed by a hash of each word, filled in one pass over the file's word list. Reading the list as 34,000
// strings and entering them in a Map took a cold process about 15 ms and left 34,000 strings for the collector,
// where a scan of one article meets a few hundred of the words.

// FNV-1a over the code units, as a signed 32-bit integer; the model's words are lower case, so a word of ASCII has the
// same hash over its UTF-8 bytes as over its UTF-16 code units
const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LINE_FEED = 10;

export class ModelWords {
  /** id + 1 of the word in each slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Where each word starts in the text; starts[id + 1] - 1 is where it ends (its line feed). */
  private readonly starts: Int32Array;
  /** The few words with other characters than ASCII, by their text. */
  private readonly others = new Map<string, number>();

  /**
   * `text` is the words by id, each followed by a line feed, in UTF-8; throws an Error when it does not hold `count`
   * of them.
   */
  constructor(private readonly text: Uint8Array, count: number) {
    let size = 1024;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(count);
    this.starts = new Int32Array(count + 1);
    const n = text.length;
    let at = 0;
    for (let id = 0; id < count; id++) {
      const start = at;
      let hash = HASH_SEED;
      let ascii = true;
      let c = at < n ? text[at] : LINE_FEED;
      while (c !== LINE_FEED) {
        if (c >= 128) ascii = false;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        c = ++at < n ? text[at] : LINE_FEED;
      }
      if (at >= n) throw new Error('not a claim model file (claim-model.bin): the word list does not match the header');
      at++;
      this.starts[id] = start;
      this.hashes[id] = hash;
      if (ascii) {
        let slot = hash & this.mask;
        while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot] = id + 1;
      } else {
        this.others.set(new TextDecoder('utf-8', { fatal: true }).decode(text.subarray(start, at - 1)), id);
      }
    }
    this.starts[count] = at;
    if (at !== n) throw new Error('not a claim model file (claim-model.bin): the word list does not match the header');
  }

  /** The id of `word`, or -1 when the model has no such word. */
  idOf(word: string): number {
    let hash = HASH_SEED;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 128) return this.others.get(word) ?? -1;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    const { slots, mask, hashes, starts, text } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] - 1;
      if (id < 0) return -1;
      if (hashes[id] !== hash || starts[id + 1] - 1 - starts[id] !== word.length) continue;
      const start = starts[id];
      let k = 0;
      while (k < word.length && text[start + k] === word.charCodeAt(k)) k++;
      if (k === word.length) return id;
    }
  }
}
