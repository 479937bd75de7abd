import { type DecodedLines, LINE_HASH_PRIME, LINE_HASH_SEED } from '../lexicon/frontCoded';

// The claim model's words looked up by their text, straight from the model file's decoded bytes: an open-addressing
// table of word ids keyed by a hash of each word's UTF-8, which decoding the file's front-coded word list gives
// (../lexicon/frontCoded.ts). Reading the list as 34,000 strings and entering them in a Map took a cold process about
// 15 ms and left 34,000 strings for the collector, where a scan of one article meets a few hundred of the words.

// FNV-1a, as a signed 32-bit integer, over a word's UTF-8 bytes: for a word of ASCII they are its code units. Read
// once into module constants: where modules are CommonJS (tests) every read of an imported name is a getter call.
const HASH_SEED = LINE_HASH_SEED;
const FNV_PRIME = LINE_HASH_PRIME;

export class ModelWords {
  /** id + 1 of the word in each slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Where each word starts in the text; starts[id + 1] - 1 is where it ends (its line feed). */
  private readonly starts: Int32Array;
  private readonly text: Uint8Array;
  private encoder: { encode(text: string): Uint8Array } | undefined;

  /** The words are the first `count` of `lines`. */
  constructor(lines: DecodedLines, count: number) {
    if (count > lines.hashes.length) throw new Error('not a claim model file (claim-model.bin): the word list does not match the header');
    ({ text: this.text, starts: this.starts, hashes: this.hashes } = lines);
    let size = 1024;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    const { slots, mask, hashes } = this;
    for (let id = 0; id < count; id++) {
      let slot = hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
  }

  /** The id of `word`, or -1 when the model has no such word. */
  idOf(word: string): number {
    let hash = HASH_SEED;
    let ascii = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      ascii = ascii && c < 128;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    if (!ascii) return this.idOfBytes((this.encoder ??= new TextEncoder()).encode(word));
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

  /** The id of the word whose UTF-8 is `bytes` (a word with accents or another script), or -1. */
  private idOfBytes(bytes: Uint8Array): number {
    let hash = HASH_SEED;
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    const { slots, mask, hashes, starts, text } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] - 1;
      if (id < 0) return -1;
      if (hashes[id] !== hash || starts[id + 1] - 1 - starts[id] !== bytes.length) continue;
      const start = starts[id];
      let k = 0;
      while (k < bytes.length && text[start + k] === bytes[k]) k++;
      if (k === bytes.length) return id;
    }
  }
}
