// Sorted word lists stored front-coded: each word as the number of leading characters it shares with the word before
// it (one digit, at most 9) and then the rest of it. The generated name and vocabulary lists are the bulk of every
// bundle that detects people; shared beginnings ("abandon", "abandoned", "abandoning") make them about 40% smaller
// compressed than the words joined by "|", in each of the four bundles.
//
// A list may instead count from the end, as the claim model's lines do (below): each word as the number of characters
// of the word before it to drop (one digit; 9: all of it) and then the rest of it, the list marked by a leading "~".
// An inflected vocabulary's codes then repeat whatever the stem's length ("0ed", "2ing", "3s"), which deflate finds:
// COMMON_WORDS takes 1.3 KB less of the compressed .vsix so. Each list is written the shorter way, which counting from
// the end is where long stems share more than nine characters (December 2026: COMMON_WORDS and two short lists).

const ZERO = 48;
const MAX_SHARED = 9;
/** The first character of a list whose words count from the end (a list counted from the start opens with a digit). */
const FROM_THE_END = '~';
/** From the end, the digit that drops the whole word before: a longer drop is written as this and the whole word. */
const DROP_ALL = 9;
/** One entry: its digit and the characters up to the next digit. */
const ENTRY = /\d\D*/g;

/** `words` front-coded, whichever way is shorter. Law: `frontCodedWords(frontCode(words))` is `words` whenever no word
 *  holds a digit. */
export function frontCode(words: readonly string[]): string {
  const fromStart = codedFromTheStart(words);
  const fromEnd = FROM_THE_END + codedFromTheEnd(words);
  return fromEnd.length < fromStart.length ? fromEnd : fromStart;
}

function sharedStart(word: string, previous: string): number {
  if (/\d/.test(word)) throw new Error(`a front-coded word holds no digit: "${word}"`);
  let shared = 0;
  while (shared < word.length && word[shared] === previous[shared]) shared++;
  return shared;
}

/** Each word as how many characters it shares with the word before (at most MAX_SHARED), then the rest of it. */
function codedFromTheStart(words: readonly string[]): string {
  let previous = '';
  let coded = '';
  for (const word of words) {
    const shared = Math.min(sharedStart(word, previous), MAX_SHARED);
    coded += shared + word.slice(shared);
    previous = word;
  }
  return coded;
}

/** Each word as how many characters of the word before it drops (DROP_ALL: all of them), then the rest of it. */
function codedFromTheEnd(words: readonly string[]): string {
  let previous = '';
  let coded = '';
  for (const word of words) {
    const shared = sharedStart(word, previous);
    const dropped = previous.length - shared;
    coded += dropped < DROP_ALL ? dropped + word.slice(shared) : DROP_ALL + word;
    previous = word;
  }
  return coded;
}

/** The words of a front-coded list (see `frontCode`), in order. */
export function frontCodedWords(coded: string): string[] {
  // a regular expression cuts the entries natively: a per-character loop here runs cold, once, over 150,000 characters
  const entries = coded.match(ENTRY) ?? [];
  const words = new Array<string>(entries.length);
  let previous = '';
  if (coded.startsWith(FROM_THE_END)) {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const dropped = entry.charCodeAt(0) - ZERO;
      previous = (dropped === DROP_ALL ? '' : previous.slice(0, previous.length - dropped)) + entry.slice(1);
      words[i] = previous;
    }
    return words;
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    previous = previous.slice(0, entry.charCodeAt(0) - ZERO) + entry.slice(1);
    words[i] = previous;
  }
  return words;
}

// The same idea over UTF-8 bytes, for binary files (the claim model's 34,000 words, ../claims/modelFile.ts): each line
// as one byte below 32 and then its last bytes. The byte says how many bytes of the line before to drop from its end
// (31: all of it); the rest of that line comes first. A control byte marks the start of an entry, so a line may hold
// digits and share any length. Counting from the end rather than the start makes the codes of common endings repeat
// ("\x00ed", "\x02ing", "\x03s" whatever the length of the stem), which deflate then finds: 63.3 against 64.0 KB
// compressed for the claim model's words.
//
// Decoding also gives where each line starts and a hash of each (FNV-1a over its UTF-8, a signed 32-bit integer), made
// in the same pass: a cold process pays for every byte a loop touches, and a line's hash resumes from the hash of the
// beginning it keeps, so only the bytes the file holds are hashed, not the 150,000 copied. Decoding and then hashing
// the decoded words cost a cold process about 5 ms more than reading them plain; this pass costs what hashing them did.

/** Lines are never front-coded across more than this many dropped bytes: the code says "start afresh" instead. */
const RESTART = 31;
/** The longest line, in UTF-8 bytes: a line's hash is kept at each length up to it. */
export const MAX_LINE_BYTES = 255;
const LINE_FEED = 10;
export const LINE_HASH_SEED = 0x811c9dc5 | 0;
export const LINE_HASH_PRIME = 0x01000193;

/** Front-coded lines decoded (see frontCodedLines). */
export interface DecodedLines {
  /** The lines in UTF-8, each followed by a line feed. */
  text: Uint8Array;
  /** Where each line starts in text, and then text's length. */
  starts: Int32Array;
  /** The FNV-1a hash of each line's UTF-8 (LINE_HASH_SEED, LINE_HASH_PRIME), without its line feed. */
  hashes: Int32Array;
}

/**
 * `lines` (holding no byte below 32, none longer than MAX_LINE_BYTES) front-coded over their UTF-8. Law:
 * frontCodedLines(frontCodeLines(lines), …).text is the lines, each followed by "\n", in UTF-8.
 */
export function frontCodeLines(lines: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (const line of lines) {
    const bytes = encoder.encode(line);
    if (bytes.some(b => b < 32)) throw new Error(`a front-coded line holds a control character: ${JSON.stringify(line)}`);
    if (bytes.length > MAX_LINE_BYTES) throw new Error(`a front-coded line longer than ${MAX_LINE_BYTES} bytes: ${line.slice(0, 40)}…`);
    let shared = 0;
    while (shared < bytes.length && shared < previous.length && bytes[shared] === previous[shared]) shared++;
    let drop = previous.length - shared;
    if (drop >= RESTART) [drop, shared] = [RESTART, 0];
    parts.push(Uint8Array.of(drop), bytes.subarray(shared));
    previous = bytes;
  }
  const coded = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) { coded.set(part, at); at += part.length; }
  return coded;
}

/**
 * The `count` lines of `coded` (see frontCodeLines), `length` bytes when each is followed by a line feed. Throws an
 * Error when the coded lines are not exactly so many and so long.
 */
export function frontCodedLines(coded: Uint8Array, count: number, length: number): DecodedLines {
  const text = new Uint8Array(length);
  const starts = new Int32Array(count + 1);
  const hashes = new Int32Array(count);
  // the hash after each number of bytes of the line being read; those of the beginning it keeps are the line before's
  const hashAt = new Int32Array(MAX_LINE_BYTES + 2);
  hashAt[0] = LINE_HASH_SEED;
  const fail = (why: string): never => { throw new Error(`front-coded lines ${why}`); };
  const n = coded.length;
  if (n > 0 && coded[0] >= 32) fail('that do not start with a line');
  let o = 0;
  let line = -1;
  let start = 0; // where the line being read starts
  let bytes = 0; // and how many bytes of it are read
  let hash = LINE_HASH_SEED;
  // every byte of a line takes the same steps, so that V8's optimised code for this loop meets no path it has not seen
  for (let i = 0; i < n; i++) {
    const c = coded[i];
    if (c >= 32) {
      text[o++] = c; // a write past the end is dropped, and o says so below
      hash = Math.imul(hash ^ c, LINE_HASH_PRIME);
      hashAt[++bytes] = hash;
      continue;
    }
    // a line begins: end the one before, then copy what it keeps of that one
    if (line >= 0) {
      if (bytes > MAX_LINE_BYTES) fail(`with a line longer than ${MAX_LINE_BYTES} bytes`);
      hashes[line] = hash;
      text[o++] = LINE_FEED;
    }
    if (++line >= count) fail(`that are more than ${count}`);
    const previous = start;
    start = starts[line] = o;
    const keep = c === RESTART ? 0 : bytes - c;
    if (keep < 0 || o + keep > length) fail('that drop more than the line before holds');
    for (let k = 0; k < keep; k++) text[o + k] = text[previous + k];
    o += keep;
    bytes = keep;
    hash = hashAt[keep];
  }
  if (line >= 0) {
    if (bytes > MAX_LINE_BYTES) fail(`with a line longer than ${MAX_LINE_BYTES} bytes`);
    hashes[line] = hash;
    text[o++] = LINE_FEED;
  }
  if (line + 1 !== count) fail(`that are ${line + 1}, not ${count}`);
  if (o !== length) fail(`of ${o} bytes, not ${length}`);
  starts[count] = o;
  return { text, starts, hashes };
}
