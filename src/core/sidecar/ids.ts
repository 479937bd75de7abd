// Claim ids: short, random, never reused. Random rather than derived from the text, because the text changes while
// the id must not, and two editors annotating the same article on two branches must not mint the same id.

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32: no i, l, o, u — safe to read aloud and type
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** Source of randomness; injectable so tests are deterministic. Defaults to the Web Crypto API (browser and Node). */
export type RandomBytes = (length: number) => Uint8Array;

const webCryptoBytes: RandomBytes = length => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** A new id like `c-7f3k2q9x1m`, distinct from every id in `taken`. 50 random bits: collisions are astronomically rare,
 *  and `taken` rules out the rest. */
export function newClaimId(taken: ReadonlySet<string> = new Set(), randomBytes: RandomBytes = webCryptoBytes): string {
  for (;;) {
    const bytes = randomBytes(10);
    let id = 'c-';
    for (const byte of bytes) id += ALPHABET[byte & 31];
    if (!taken.has(id)) return id;
  }
}

/** What a hand-written id may look like: a letter or digit, then letters, digits and `_ . : -`, at most 64 chars. */
export function isValidClaimId(id: string): boolean {
  return ID_PATTERN.test(id);
}
