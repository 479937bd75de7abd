// Surface cues that make a sentence worth checking. They explain a flagged claim to the editor (hover text) and are
// also features of the claim model (see ./features.ts), so the explanation and the score come from the same signals.
// Cues are looked up word by word in sets, not with big alternation regexes: one pass over the tokens keeps claim
// scoring well above the engine's 10 MB/s budget.

import { wordSet } from '../../text/wordList';

// "one" is left out: "no one", "one of them" are rarely figures, and it made the number cue noise in hovers.
const SPELLED_NUMBERS = wordSet('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
  + ' sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand'
  + ' thousands million millions billion billions trillion trillions dozen dozens half third quarter percent percentage'
  + ' twice double doubled doubles triple tripled triples tenfold');

const COMPARISON_WORDS = wordSet('more less fewer greater higher lower larger smaller bigger faster slower cheaper better'
  + ' worse than most least best worst largest biggest highest lowest smallest fastest richest poorest deadliest longest'
  + ' oldest newest record unprecedented ever increase increased increases increasing decrease decreased decreases rose'
  + ' risen rising fell fallen grew grown decline declined declining dropped doubled tripled halved surged soared plunged'
  + ' outpaced exceeded');

const ATTRIBUTION_WORDS = wordSet('said says told tells stated states announced reported reports claimed claims noted'
  + ' added stressed emphasized emphasised declared confirmed denied insisted warned acknowledged admitted revealed wrote'
  + ' testified estimated estimates cited quoted showed shows found finds');

/** Reporting verbs after a third-party subject ("the ministry said"): what news attributes to a source. */
const REPORTING_VERBS = wordSet('said says stated noted told announced reported claimed confirmed declared added stressed'
  + ' emphasized emphasised warned denied insisted estimated');
const REPORTING_SUBJECTS = wordSet('he she they it official officials ministry spokesman spokeswoman spokesperson police');

/** Things that happened: the verbs of news events (votes, deaths, deals, rulings). */
const EVENT_WORDS = wordSet('killed died dead wounded injured arrested charged convicted sentenced elected won lost voted'
  + ' passed signed vetoed approved rejected launched attacked invaded bombed fired resigned appointed nominated banned'
  + ' imposed lifted raised cut cuts closed opened built created destroyed seized captured released agreed ruled sued filed'
  + ' paid spent sold bought invested borrowed lent hired');

/** First-person stance and modal advice: the language of opinion and promise rather than of fact. */
const STANCE_VERBS = wordSet('think believe feel hope want wish intend plan propose support oppose will would must should'
  + ' need');
const OPINION_WORDS = wordSet("should ought must let's i'll we'll i'd we'd gonna");

/**
 * Words that cannot stand in the named subject of a deed ("The council approved …"): pronouns, conjunctions and
 * auxiliaries. A sentence whose first words are none of these, then an event verb with an object, states what a named
 * body did — checkable news even when short.
 */
const NOT_IN_SUBJECT = wordSet('i we you he she they it this that there who which what these those my our your his her'
  + ' their its and but or so if as once when while because although though since after before unless then also yes no'
  + ' not never well now here let will would should could can may might must shall is are was were be been being do does'
  + ' did');
/** Event verbs this far into a sentence or further are not the subject's verb. */
const DEED_VERB_BEFORE = 7;

const QUOTE = /["“][^"“”\n]{3,}["”]/;
const QUESTION = /\?["”’)\]]*\s*$/;

// One lookup a word: each word maps to the bit set of the cue lists it is on. AUXILIARY and FIRST_PERSON mark the
// first words of "has said" and "we believe", and four bits from PHRASE_SHIFT the words of two-word phrases ("according
// to", "per cent"), so that readSignals tells them by numbers rather than string compares.
const NUMBER_WORD = 1, COMPARISON_WORD = 2, ATTRIBUTION_WORD = 4, REPORTING_VERB = 8, REPORTING_SUBJECT = 16,
  EVENT_WORD = 32, STANCE_VERB = 64, OPINION_WORD = 128, NOT_SUBJECT_WORD = 256, AUXILIARY = 512, FIRST_PERSON = 1024;
// What readSignals has found so far, as bits of one number.
/** The cue bits of words that state something of a sentence: a change or comparison, a source's saying, an event. */
export const STATEMENT_BITS = COMPARISON_WORD | ATTRIBUTION_WORD | EVENT_WORD;
const NUMBER_FOUND = 1, DIGIT_FOUND = 2, COMPARISON_FOUND = 4, ATTRIBUTION_FOUND = 8, REPORTED_FOUND = 16, EVENT_FOUND = 32,
  OPINION_FOUND = 64;

const PHRASE_SHIFT = 11;
/** A phrase's second word has code n (1-5), its first word n | PHRASE_FIRST. */
const PHRASE_FIRST = 8;
const PHRASES: readonly [first: string, second: string, found: number][] = [
  ['according', 'to', ATTRIBUTION_FOUND | REPORTED_FOUND], ['per', 'cent', NUMBER_FOUND],
  ['laid', 'off', EVENT_FOUND], ['took', 'place', EVENT_FOUND], ['was were', 'held', EVENT_FOUND],
];
/** What each phrase code says when its phrase is complete: the found bits of readSignals, by the second word's code. */
const PHRASE_FOUND = new Array<number>(16).fill(0);
const CUE_BITS = new Map<string, number>();
/**
 * Cue bits take the low 15 bits of a lexicon entry; a caller's lexicon may keep its own data above them (up to 65,535
 * ids, say, in the 16 bits left of a 32-bit integer).
 */
export const CUE_BIT_WIDTH = 15;
const CUE_MASK = (1 << CUE_BIT_WIDTH) - 1;
/** The cue lexicon: word → cue bits. Extend a copy of it to look up your own data in the same pass (see readSignals). */
export const CUE_LEXICON: ReadonlyMap<string, number> = CUE_BITS;

/** What readSignals looks words up in: CUE_LEXICON, a Map extending it, or anything that answers as one. */
export interface Lexicon {
  get(word: string): number | undefined;
}
for (const [list, bit] of [
  [SPELLED_NUMBERS, NUMBER_WORD], [COMPARISON_WORDS, COMPARISON_WORD], [ATTRIBUTION_WORDS, ATTRIBUTION_WORD],
  [REPORTING_VERBS, REPORTING_VERB], [REPORTING_SUBJECTS, REPORTING_SUBJECT], [EVENT_WORDS, EVENT_WORD],
  [STANCE_VERBS, STANCE_VERB], [OPINION_WORDS, OPINION_WORD], [NOT_IN_SUBJECT, NOT_SUBJECT_WORD],
  [wordSet('has have had'), AUXILIARY], [wordSet('i we'), FIRST_PERSON],
] as const) for (const word of list) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | bit);
PHRASES.forEach(([firsts, second, found], k) => {
  const code = k + 1;
  PHRASE_FOUND[code] = found;
  CUE_BITS.set(second, (CUE_BITS.get(second) ?? 0) | (code << PHRASE_SHIFT));
  for (const first of wordSet(firsts)) CUE_BITS.set(first, (CUE_BITS.get(first) ?? 0) | ((code | PHRASE_FIRST) << PHRASE_SHIFT));
});

/** Is the word of this lexicon entry one that cannot stand in a named subject (a pronoun, a conjunction, an auxiliary)? */
export function notInSubject(entry: number): boolean {
  return (entry & NOT_SUBJECT_WORD) !== 0;
}

export interface SentenceSignals {
  /** Lower-cased tokens, numbers as written. */
  tokens: string[];
  /** The lexicon entry of each token as the model sees it (modelWord), 0 where the lexicon has none. */
  entries: number[];
  number: boolean;
  digit: boolean;
  comparison: boolean;
  attribution: boolean;
  reportedSpeech: boolean;
  quote: boolean;
  event: boolean;
  question: boolean;
  opinion: boolean;
  /** Capitalised words after the first: the names, places and organisations facts are about. */
  properNouns: number;
  /** Words of five letters or more ending in "-ed": past tenses and participles, the grammar of things that happened. */
  edForms: number;
  /**
   * A deed of a named subject: the sentence opens with a capitalised subject of ordinary words (no pronoun,
   * conjunction or auxiliary), then an event verb (after "has", "have" or "had" too) and an object — "The council
   * approved a new tram line", "Senator Obama voted against …".
   */
  deed: boolean;
}

// What readSignals needs to know of a code unit, one table read for all of it: a read costs the same in every tier of
// V8, where the calls of small test functions are dear until the scan has been optimised (most of a short run).
const LETTER = 1, UPPER = 2, DIGIT = 4, SYMBOL = 8;
/** Code units from this on are none of the above. */
const CLASSES_END = 0x2100;
// Letters: a-z, A-Z, Latin-1's and Latin Extended-A and B's (U+00C0-U+024F but × and ÷), Greek and Cyrillic
// (U+0370-U+04FF); capitals: A-Z and U+00C0-U+00DE but ×. Filled by ranges, not by a test per code unit: that loop
// over the table's 8,448 entries cost every process 1-2 ms before its first sentence.
const CHAR_CLASS = new Uint8Array(CLASSES_END);
CHAR_CLASS.fill(DIGIT, 48, 58);
CHAR_CLASS.fill(LETTER | UPPER, 65, 91);
CHAR_CLASS.fill(LETTER, 97, 123);
CHAR_CLASS.fill(LETTER | UPPER, 0xc0, 0xdf);
CHAR_CLASS.fill(LETTER, 0xdf, 0x250);
CHAR_CLASS[0xd7] = 0;
CHAR_CLASS[0xf7] = 0;
CHAR_CLASS.fill(LETTER, 0x370, 0x500);
/** $ % € £ ¥ ? ! " “ ” stand as tokens of their own. */
for (const c of '$%€£¥?!"“”') CHAR_CLASS[c.charCodeAt(0)] |= SYMBOL;
/** The class bits of a code unit (0 past the end of a string: charCodeAt gives NaN, which is no index). */
const classOf = (c: number): number => (c < CLASSES_END ? CHAR_CLASS[c] : 0);
const isLetter = (c: number): boolean => (classOf(c) & LETTER) !== 0;
const isDigit = (c: number): boolean => (classOf(c) & DIGIT) !== 0;
const isCurrencyOrPercent = (c: number) => c === 36 || c === 37 || c === 0x20ac || c === 0xa3 || c === 0xa5;

const YEAR = /^(?:1[7-9]|20)\d\d$/;

/** A token as the claim model sees it: years and other numbers folded, curly quotes made straight. */
export function modelWord(token: string): string {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return token.length === 4 && YEAR.test(token) ? '<year>' : '<num>';
  return token === '“' || token === '”' ? '"' : token;
}

/**
 * The lexicon entries of plain words (a-z and apostrophes) in an open-addressing hash table that readSignals probes
 * with a hash built while it scans a word: a word found there needs no slice, no toLowerCase and no Map lookup, and
 * its token is the table's own string. Nine in ten news tokens are such words; any other token takes the ordinary path.
 * The table is filled as words are met — a word looked up in the lexicon once (found there or not) is added — rather
 * than with all of the lexicon up front: the claim model has 34,000 words, a megabyte of news about 9,000 different
 * ones, and entering all 34,000 cost a cold process 40–50 ms before its first sentence.
 * Each slot keeps its word's length, full hash, start in one flat array of characters and lexicon entry side by side in
 * one Int32Array (SLOT_FIELDS numbers a slot), so a probe reads one cache line rather than strings scattered over the
 * heap or four arrays.
 */
const SLOT_FIELDS = 4;
const LENGTH = 0, HASH = 1, OFFSET = 2, ENTRY = 3;
/** Words the table takes at most (a long-lived host reading many articles); later ones are looked up each time. */
const MAX_TABLE_WORDS = 1 << 16;

class WordTable {
  words: (string | undefined)[];
  /** Per slot: LENGTH (0: empty slot), HASH, OFFSET into `chars`, ENTRY (the lexicon's value). */
  slots: Int32Array;
  chars: Uint16Array;
  mask: number;
  private count = 0;
  private used = 0;

  constructor() {
    const size = 1 << 12;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.slots = new Int32Array(size * SLOT_FIELDS);
    this.chars = new Uint16Array(size * 8);
    this.mask = size - 1;
  }

  /** Enters a plain word (as its token reads) with its lexicon entry at `slot`, the empty slot its probe ended on. */
  add(slot: number, hash: number, word: string, entry: number): void {
    if (this.count >= MAX_TABLE_WORDS) return;
    if (this.used + word.length > this.chars.length) {
      const chars = new Uint16Array(this.chars.length * 2);
      chars.set(this.chars);
      this.chars = chars;
    }
    const at = slot * SLOT_FIELDS;
    this.words[slot] = word;
    this.slots[at + LENGTH] = word.length;
    this.slots[at + HASH] = hash;
    this.slots[at + OFFSET] = this.used;
    this.slots[at + ENTRY] = entry;
    for (let k = 0; k < word.length; k++) this.chars[this.used++] = word.charCodeAt(k);
    if (++this.count * 2 > this.words.length) this.grow();
  }

  /** Twice the slots, every word moved to its place in them: the table stays at most half full. */
  private grow(): void {
    const { words, slots } = this;
    const size = words.length * 2;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.slots = new Int32Array(size * SLOT_FIELDS);
    this.mask = size - 1;
    for (let old = 0; old < words.length; old++) {
      if (slots[old * SLOT_FIELDS + LENGTH] === 0) continue;
      let slot = slots[old * SLOT_FIELDS + HASH] & this.mask;
      while (this.slots[slot * SLOT_FIELDS + LENGTH] !== 0) slot = (slot + 1) & this.mask;
      this.words[slot] = words[old];
      this.slots.set(slots.subarray(old * SLOT_FIELDS, (old + 1) * SLOT_FIELDS), slot * SLOT_FIELDS);
    }
  }
}

// FNV-1a over UTF-16 code units, as a signed 32-bit integer: hash = Math.imul(hash ^ code, FNV_PRIME), written out in
// readSignals' loop
const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A table per lexicon, filled on use: a lexicon passed to readSignals must not change afterwards. */
const wordTables = new WeakMap<Lexicon, WordTable>();

function wordTableOf(lexicon: Lexicon): WordTable {
  let table = wordTables.get(lexicon);
  if (table === undefined) wordTables.set(lexicon, (table = new WordTable()));
  return table;
}

/**
 * The slot of text[start, end) in the table, read as readSignals would make the token (lower case, ’ as '), or, when
 * the table lacks it, -1 - the empty slot where it would go. Only called for words of ASCII letters and apostrophes,
 * whose lower case is one bit away.
 */
function findWord(table: WordTable, hash: number, text: string, start: number, end: number): number {
  const length = end - start;
  const { slots, chars, mask } = table;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_FIELDS;
    const slotLength = slots[at + LENGTH];
    if (slotLength === 0) return -1 - slot;
    if (slotLength !== length || slots[at + HASH] !== hash) continue;
    const offset = slots[at + OFFSET];
    let k = 0;
    for (; k < length; k++) {
      // the code unit as the token has it: A-Z lower-cased, ’ made ' (written out: a call per character is dear
      // until this loop is optimised)
      const c = text.charCodeAt(start + k);
      if (chars[offset + k] !== (c === 0x2019 ? 39 : c >= 65 && c <= 90 ? c | 32 : c)) break;
    }
    if (k === length) return slot;
  }
}

/**
 * Reads every cue of a sentence in one pass over its characters. `lexicon` maps words to cue bits (CUE_LEXICON, or
 * an extension of it carrying more data above CUE_BIT_WIDTH): one lookup a token serves both cues and caller.
 */
export function readSignals(sentence: string, lexicon: Lexicon = CUE_BITS): SentenceSignals {
  // the cues found so far as bits of one number, and counts in locals: the object is made once, at the end (a field
  // store per cue costs more than a bit in a register until V8 has optimised this loop, and compiling it is cheaper)
  const tokens: string[] = [];
  const entries: number[] = [];
  let found = 0;
  let properNouns = 0;
  let edForms = 0;
  const table = wordTableOf(lexicon);
  let previousCapitalised = false;
  // the previous tokens' lexicon bits: what "has", "we" or "he" before a word would say is there, without a compare
  let previousBits = 0;
  let beforePreviousBits = 0;
  // the deed's subject: open while every token so far may be part of a named subject; the event verb's token index
  let subjectOpen = true;
  let deedVerb = -1;
  const n = sentence.length;
  for (let i = 0; i < n;) {
    const c = sentence.charCodeAt(i);
    const kind = c < CLASSES_END ? CHAR_CLASS[c] : 0;
    let word: string;
    let entry = -1; // not looked up yet
    let capitalised = false;
    if (kind & LETTER) {
      const start = i;
      let upper = 0;
      // the hash of the word as its token will read; `plain` while it is only ASCII letters and apostrophes
      let hash = HASH_SEED;
      let plain = true;
      for (;;) {
        const d = i < n ? sentence.charCodeAt(i) : 0; // never read past the end: optimised code would be thrown away
        const dKind = d < CLASSES_END ? CHAR_CLASS[d] : 0;
        if (dKind & LETTER) {
          if (dKind & UPPER) upper++;
          if (d < 128) hash = Math.imul(hash ^ (d | 32), FNV_PRIME); else plain = false;
          i++;
          continue;
        }
        // an apostrophe inside a word ("don't", "Ukraine’s") keeps the word together
        if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(sentence.charCodeAt(i + 1))) {
          hash = Math.imul(hash ^ 39, FNV_PRIME);
          i++;
          continue;
        }
        break;
      }
      const slot = plain ? findWord(table, hash, sentence, start, i) : -1;
      if (slot >= 0) {
        word = table.words[slot] as string;
        entry = table.slots[slot * SLOT_FIELDS + ENTRY];
      } else {
        const raw = sentence.slice(start, i);
        word = upper ? raw.toLowerCase() : raw;
        if (word.indexOf('’') >= 0) word = word.replace(/’/g, "'");
        if (plain) table.add(-1 - slot, hash, word, (entry = lexicon.get(word) ?? 0)); // met for the first time
      }
      capitalised = (kind & UPPER) !== 0;
      if (capitalised && tokens.length > 0 && upper < i - start) properNouns++;
      if (i - start > 4 && (sentence.charCodeAt(i - 1) | 32) === 100 && (sentence.charCodeAt(i - 2) | 32) === 101) edForms++;
    } else if (kind & DIGIT) {
      const start = i;
      for (;;) {
        const d = i < n ? sentence.charCodeAt(i) : 0;
        if (isDigit(d)) { i++; continue; }
        if ((d === 46 || d === 44 || d === 58 || d === 47) && i + 1 < n && isDigit(sentence.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
      word = sentence.slice(start, i);
      found |= DIGIT_FOUND | NUMBER_FOUND;
    } else {
      i++;
      if (!(kind & SYMBOL)) continue;
      word = String.fromCharCode(c);
      if (isCurrencyOrPercent(c)) found |= NUMBER_FOUND;
    }
    tokens.push(word);
    if (entry < 0) entry = lexicon.get(modelWord(word)) ?? 0;
    entries.push(entry);
    const bits = entry & CUE_MASK;
    if (subjectOpen) {
      const k = tokens.length - 1;
      const afterAuxiliary = (previousBits & AUXILIARY) !== 0;
      if (bits & EVENT_WORD && k > (afterAuxiliary ? 1 : 0)) {
        deedVerb = k;
        subjectOpen = false;
      } else if (afterAuxiliary || k >= DEED_VERB_BEFORE - 1 || bits & NOT_SUBJECT_WORD || (k === 0 && !capitalised) ||
        !isLetter(word.charCodeAt(0)) || word.indexOf("'") >= 0) {
        subjectOpen = false;
      }
    }
    if (bits) {
      if (bits & NUMBER_WORD) found |= NUMBER_FOUND;
      if (bits & COMPARISON_WORD) found |= COMPARISON_FOUND;
      if (bits & ATTRIBUTION_WORD) found |= ATTRIBUTION_FOUND;
      if (bits & EVENT_WORD) found |= EVENT_FOUND;
      if (bits & OPINION_WORD || (bits & STANCE_VERB && previousBits & FIRST_PERSON)) found |= OPINION_FOUND;
      if (bits & REPORTING_VERB) {
        const auxiliary = (previousBits & AUXILIARY) !== 0;
        const subjectBits = auxiliary ? beforePreviousBits : previousBits;
        if (subjectBits & REPORTING_SUBJECT || (!auxiliary && previousCapitalised)) found |= REPORTED_FOUND;
      }
    }
    // every token takes these steps, whatever it is: TurboFan throws its code away at a step that never ran before it
    // compiled (as a compare only "per cent" reaches would), and compiles the loop again
    const phrase = (bits >> PHRASE_SHIFT) & 15;
    found |= PHRASE_FOUND[(phrase | PHRASE_FIRST) === ((previousBits >> PHRASE_SHIFT) & 15) ? phrase : 0];
    beforePreviousBits = previousBits;
    previousBits = bits;
    previousCapitalised = capitalised;
  }
  // (each pattern only where the sentence has the character its every match opens with: most have neither, and a
  // search for a character is far cheaper than trying a pattern at every character)
  const question = sentence.indexOf('?') >= 0 && QUESTION.test(sentence);
  const quote = (sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0) && QUOTE.test(sentence);
  return {
    tokens, entries, number: (found & NUMBER_FOUND) !== 0, digit: (found & DIGIT_FOUND) !== 0,
    comparison: (found & COMPARISON_FOUND) !== 0, attribution: (found & ATTRIBUTION_FOUND) !== 0,
    reportedSpeech: (found & REPORTED_FOUND) !== 0, quote, event: (found & EVENT_FOUND) !== 0, question,
    opinion: (found & OPINION_FOUND) !== 0, properNouns, edForms,
    deed: deedVerb > 0 && deedVerb < tokens.length - 1 && !question,
  };
}
