// An entry of a listings page (a calendar of events, a gig guide, a library's week): a name, then when, where and what
// it costs, with no verb that states something happened or is the case — "Book Swap, 10 a.m. to noon, Elm Branch
// Library, 12 Oak St.", "Quiz Night: 7 p.m.; The Anchor, 4 Quay Road; $3.", "Saturday 8 p.m. Corn Hall, 9 Mill Lane.
// $12.", "$2 entry fee.", "Information at 555-0134." The model scored such lines 0.5-0.8 for their figures; they tell
// the reader how to go, and state nothing an editor checks (the article's own sentences say what happened). A
// sentence with figures keeps its score: its words before the first time, price or address are a subject and a verb
// ("The library lent …", "Tickets rose to $25 …"), not a name.
import { CUE_LEXICON, type SentenceSignals, STATEMENT_BITS } from './cues';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** Longest unit looked at: an entry is a line, a run-on of two at most. */
const MAX_LENGTH = 240;

/**
 * What heads a listing's entry: a clock time ("7 p.m.", "10:30-11:30 a.m.", "2pm"; not "5:08 PM", which Title Case
 * headlines hold), a small price ("$12", "£57.50", not "$2 billion"), a phone number ("555-0134", "1-800-555-0100"), a
 * street address ("12 Oak St.", "3227 N. Davidson St.") or an age range ("Ages 3 to 5").
 */
const ANCHOR = lazyPattern(() => new RegExp(
  String.raw`(?:^|[\s(,;:–—-])(?:[Aa]ges\s\d|\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\b\.?|(?:\d-)?\d{3}[-.]\d{3}[-.]\d{4}\b|\d{3}-\d{4}\b|\d{1,5}\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}'’.]*\s|\d{1,3}(?:st|nd|rd|th)\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Pkwy|Parkway|Square|Sq|Trail|Pl|Place|Hwy|Highway|Ct|Court|Pike|Row|Green|Terrace)\b)`
  // (a price only as a field of its own, small, in whole units or cents: "Free $100 Gift Card Scam" and "Clinic
  // Buys $2 Million Site" are headlines of claims)
  + String.raw`|(?:^|[(,;:–—-]\s*|\b(?:from|tickets)\s)[$£€]\d{1,3}(?:\.\d\d)?(?!\d|[,.]\d|\s*(?:[mMkK]|bn|[mMbBtT]r?illion|[tT]housand)\b)`,
  'u'));

/**
 * What every ANCHOR match holds, without its letter classes (which cost about 0.6 ms to compile, and ANCHOR matches in
 * few articles): an age, a clock time, a phone number's figures, a price after a field's start, or a street's word a
 * few words after a figure.
 */
const ANCHOR_HINT = new RegExp(String.raw`[Aa]ges\s\d|\d\s?[ap]\.?\s?m\b|\d{3}[-.]\d{3}|(?:^|[(,;:–—-]\s*|\b(?:from|tickets)\s)[$£€]\d{1,3}(?:\.\d\d)?(?!\d|[,.]\d)`
  + String.raw`|\d\s(?:\S+\s){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Pkwy|Parkway|Square|Sq|Trail|Pl|Place|Hwy|Highway|Ct|Court|Pike|Row|Green|Terrace)(?![A-Za-z0-9_])`);

const SUM_OR_SHARE = /\d\s?%|\b(?:[mb]illion|trillion|percent)\b/i;

/** Lower-case words a listing's name or fields hold that are no verb: prepositions, articles, and words of admission. */
const LISTING_WORDS = wordSet('to from through thru until till and or of the at in on for by with a an per each plus'
  + ' free admission entry fee fees tickets ticket day door ages months years adults children kids seniors students members'
  + ' only daily nightly when where cost no');

/** Words of a field after the time or place ("…, 12 Oak St.; open 9 a.m. to 5 p.m.; contact 555-0134"), which before
 *  it are a verb ("Polls open at 7 a.m."). */
const FIELD_WORDS = wordSet('open contact');

/** Words that make a clause of the unit: auxiliaries and copulas, whatever else the line holds. */
const CLAUSE_WORDS = wordSet('is are was were be been being am will would has have had can could may might must should'
  + ' shall do does did we you they he she i who which');
/** A contraction's verb: "we’ll", "it's", "they're". */
const CONTRACTION = /['’](?:ll|re|ve|d|m|t)$|^(?:it|that|there|here|what|he|she)['’]s$/;

/** A site's address among the fields: "harbourhall.org", "tickets.example.co.uk/events". */
const WEB_ADDRESS = /[a-z]\.[a-z]{2,}(?:\.[a-z]{2})?(?:\/|$)/;

/** Words of a unit: letters (with inner dots and apostrophes), or anything holding a digit. */
const WORD = lazyPattern(() => /[\p{L}\d][\p{L}\d'’.@/-]*/gu);

/** The text before a word ends with a lower-case word: the word is inside a phrase ("board games"), not a clause's verb. */
const LOWER_BEFORE = lazyPattern(() => /(?:^|[\s(])\p{Ll}[\p{L}'’-]*\s+$/u);

/** Lower-case words outside LISTING_WORDS a line may hold after its head: a short note ("Video and board games"). */
const MAX_NOTE_WORDS = 6;

/**
 * Whether a unit is a listing's entry: a time, price, phone number or address, only names and listing words before
 * it, and no clause anywhere (no auxiliary, no lower-case "-ed" word, no event, comparison or attribution cue).
 */
export function isListingEntry(bare: string, signals: SentenceSignals): boolean {
  // (the cues of change, saying and events are read of lower-case words below: the signals' are case-blind, and a
  // name's "Rose" or "Lower" is none)
  if (!signals.digit || bare.length > MAX_LENGTH || signals.deed || signals.question) return false;
  // (a sum in millions or a share is a claim's figure, whatever else the line holds: "Clinic Buys $2 Million Site on 4 Elm St.")
  // (a line in capitals is a bulletin's headline, "FLOOD WATCH IN EFFECT FROM 10 PM TUESDAY", not a calendar's entry)
  if (SUM_OR_SHARE.test(bare) || !/[a-z]/.test(bare)) return false;
  const anchor = ANCHOR_HINT.test(bare) ? ANCHOR().exec(bare) : null;
  if (anchor === null) return false;
  const headEnd = anchor.index;
  let notes = 0;
  for (const match of bare.matchAll(WORD())) {
    const word = match[0];
    const c = word.charCodeAt(0);
    // (figures, names and web addresses are a listing's fields; "a.m." and "p.m." are the clock's)
    if ((c >= 48 && c <= 57) || word.includes('@') || WEB_ADDRESS.test(word) || /^[ap]\.m/.test(word)) continue;
    const lower = word.toLowerCase().replace(/[.'’]+$/, '');
    if (CLAUSE_WORDS.has(lower) || CONTRACTION.test(lower)) return false;
    if (lower === word.replace(/[.'’]+$/, '') && !LISTING_WORDS.has(lower) && !(match.index > headEnd && FIELD_WORDS.has(lower))) {
      // a lower-case word before the time or place: the unit opens with a subject and its verb, not a name
      if (match.index < headEnd || ((CUE_LEXICON.get(lower) ?? 0) & STATEMENT_BITS) !== 0) return false;
      // a past ("pleaded"), or a word straight after a name, a figure or a field's start: a subject's verb ("…, 12 Elm
      // St., faces charges", "9:55 p.m.: Ann Lee gave a speech"); a listing's note opens with a listing word ("with
      // crafts", "and board games")
      if ((lower.length >= 5 && lower.endsWith('ed')) || !LOWER_BEFORE().test(bare.slice(Math.max(0, match.index - 24), match.index))) return false;
      if (++notes > MAX_NOTE_WORDS) return false;
    }
  }
  return true;
}
