// Initials in capitals written without full stops before a surname: "JMW Turner", "TS Eliot", "JK Rowling" are people,
// "WH Smith", "DS Smith", "JP Morgan", "CK Hutchison" firms. The capitals are no token (tokenize.ts drops acronyms), so
// the word after them would be read alone; what the article says of the pair decides which it is.
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { wordAfter, wordBefore } from './words';
import { ageAfter, appositiveWho, personOnlyAfter, toldPressAfter } from './mentionCues';
import { clausePronoun, personalPronoun } from './organisations';
import { FIRMS_ARE_TOO } from './evidence';
import { shipPrefixBefore } from './vehicles';
import { wordSet } from '../../text/wordList';

/** Two or three capitals, a word of their own (no full stop, hyphen or "&" before them), and one space. */
const INITIALS_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\d.'’&/-])(\p{Lu}{2,3}) $/u);

/**
 * Titles and offices written in capitals before a name: "PM", "MEP", "PC" and "DCI" of the police, "QC", and the ranks
 * and chiefs of the forces that write them so ("ACM Singh" for Air Chief Marshal, "AVM", "CDS", "COAS").
 */
const CAPITAL_TITLES = wordSet('pm mp mep msp mla mpp td qc kc pc wpc dc ds di dci dcs'
  + ' md ceo cfo coo cto vp svp evp mc dj hrh hm acm avm cds cas cns coas');

export interface InitialsRead {
  /** The tokens, with a token of shape 'initial' for the capitals before each surname of a person. */
  tokens: Token[];
  /** The words after capitals that name a firm: no person, and no short form of one. */
  firms: Set<Token>;
}

/**
 * Reads each capitalised word right after such capitals ("Eliot" of "TS Eliot"): where one mention of the pair in the
 * article says something of a person (a role before it, "he" or "she" after its verb, an age, ", who", a person's verb,
 * "died"), the capitals are the person's initials (a token is added for them: "TS Eliot" is the name); where none does,
 * the pair is a firm's name ("Shares in DS Smith", "JP Morgan said it"). The word alone counts too, where no other full
 * name ends in it: "TS Eliot wrote the letters … Eliot described his work". Capitals the lists know as a title, a place
 * or an organisation ("PM", "US", "EU") are left alone, as is a word the lists hold as a place's, an institution's or a
 * company's ("UK Athletics", "BBC Scotland").
 */
export function initialsWithoutStops(text: string, tokens: Token[], lex: PeopleLexicon): InitialsRead | undefined {
  let found: { at: number; initials: string; start: number; title?: boolean }[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape !== 'capitalised' || t.start < 3 || text.charCodeAt(t.start - 1) !== 32) continue;
    const c = text.charCodeAt(t.start - 2);
    if (c < 65 || c > 90) continue;
    const m = INITIALS_BEFORE().exec(text.slice(Math.max(0, t.start - 5), t.start));
    if (!m) continue;
    const initials = m[1].toLowerCase();
    // (nor a ship's prefix: "HMS Romney" is the ship)
    // (capitals after a person's title are initials though they spell a word, a place's or a body's letters: "Justice KM
    // Nurul Alam", "Barrister MA Karim", "Air Marshal AP Mehta" beside the news agency's "AP")
    const titled = titledBefore(text, t.start - 1 - m[1].length, lex);
    if (CAPITAL_TITLES.has(initials) || (lex.titles.has(initials) && !lex.neverNames.has(initials)) || lex.roleNouns.has(initials) || ((lex.places.has(initials) || lex.organisations.has(initials)) && !titled)
      || (lex.neverNames.has(initials) && !lex.titles.has(initials) && !titled) || (lex.commonWords.has(initials) && !titled) || shipPrefixBefore(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    if (lex.places.has(t.lower) || lex.nonPersonWords.has(t.lower) || lex.corporateWords.has(t.lower)
      || (lex.commonWords.has(t.lower) && !lex.surnames.has(t.lower) && !lex.givenNames.has(t.lower))) continue;
    // (one word after the capitals: "the JMW Turner Prize" is a prize's name; but "Justice ABM Farid Haque", "Barrister
    // MA Karim Uddin": after a person's title, capitals before a given name and its surname are that person's initials,
    // as Bangladeshi and Pakistani names are written)
    if (!t.possessive && i + 1 < tokens.length && tokens[i + 1].line === t.line && /^[ \t]$/.test(text.slice(t.end, tokens[i + 1].start))
      && !titled && !JUDGES_LETTERS_AFTER.test(text.slice(t.end, t.end + 4))) continue;
    const entry: { at: number; initials: string; start: number; title?: boolean } = { at: i, initials: m[1], start: t.start - 1 - m[1].length };
    if (lex.neverNames.has(initials)) entry.title = true;
    (found ??= []).push(entry);
  }
  if (!found) return undefined;
  const personal = new Set<string>();
  for (const f of found) if (personalOf(text, tokens, f.at, f.start, lex)) personal.add(f.initials + ' ' + tokens[f.at].lower);
  // ("TS Eliot … Eliot described his work": the word alone, shown to be a person's where no other full name ends in it)
  if (personal.size < found.length) {
    const after = new Set<number>(found.map(f => f.at));
    const words = new Map<string, string>();
    for (const f of found) words.set(tokens[f.at].lower, f.initials + ' ' + tokens[f.at].lower);
    const surnames = new Set<string>();
    for (let k = 1; k < tokens.length; k++) {
      if (words.has(tokens[k].lower) && !after.has(k) && tokens[k].line === tokens[k - 1].line && !tokens[k - 1].possessive
        && /^[ \t]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) surnames.add(tokens[k].lower);
    }
    for (let k = 0; k < tokens.length; k++) {
      const pair = words.get(tokens[k].lower);
      if (pair === undefined || after.has(k) || surnames.has(tokens[k].lower) || personal.has(pair)) continue;
      if (k + 1 < tokens.length && tokens[k + 1].line === tokens[k].line && /^[ \t]$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) continue;
      if (personalOf(text, tokens, k, tokens[k].start, lex) || clausePronoun(text, tokens, k, k, lex) !== undefined) personal.add(pair);
    }
  }
  const firms = new Set<Token>();
  const out: Token[] = [];
  let next = 0;
  for (const f of found) {
    const t = tokens[f.at];
    for (; next < f.at; next++) out.push(tokens[next]);
    if (personal.has(f.initials + ' ' + t.lower)) {
      out.push({ start: f.start, end: f.start + f.initials.length, text: f.initials, lower: f.initials.toLowerCase(), shape: 'initial',
        possessive: false, sentenceStart: t.sentenceStart, line: t.line });
      out.push({ ...t, sentenceStart: false });
    } else {
      // (a title's letters with nothing personal said: the word after them is read as before, no firm's)
      if (!f.title) firms.add(t);
      out.push(t);
    }
    next = f.at + 1;
  }
  for (; next < tokens.length; next++) out.push(tokens[next]);
  return { tokens: out, firms };
}

/** A person's title right before the capitals that start at `start`: "Justice", "Barrister", "Advocate". */
// (and "Justices AM Khanwilkar, …", a plural title before a list of names; "Dr. DY Chandrachud", a title with its stop)
function titledBefore(text: string, start: number, lex: PeopleLexicon): boolean {
  let before = wordBefore(text, start).word;
  if (before === '' && text.charCodeAt(start - 2) === 46 /* . */) before = STOPPED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1].toLowerCase() ?? '';
  else if (before.endsWith('s') && !lex.titles.has(before)) before = before.slice(0, -1);
  return before !== '' && lex.titles.has(before) && !FIRMS_ARE_TOO.has(before);
}
const STOPPED_WORD_BEFORE = /([A-Za-z]+)\.[ \t]$/;
/** A judge's letters after a surname, as Indian and English law reports write them: "Nariman J.", "Kaul and Khanna, JJ." */
const JUDGES_LETTERS_AFTER = /^[ \t]JJ?[.,;\])]/;

/** Something only a person has, said of one mention of the pair (token `at`, its capitals from `start`). */
function personalOf(text: string, tokens: readonly Token[], at: number, start: number, lex: PeopleLexicon): boolean {
  const t = tokens[at];
  const before = wordBefore(text, start).word;
  if (before !== '' && (lex.roleNouns.has(before) || lex.titles.has(before)) && !FIRMS_ARE_TOO.has(before)) return true;
  if ((before === '' || before.endsWith('s')) && titledBefore(text, start, lex)) return true;
  // ("George HW Bush", "Mary JT Cole": a given name the lists know, capitalised and one space before the capitals, opens
  // a person's full name, as firms' capitals are never written after one)
  if (before.length > 2 && lex.givenNames.has(before) && givenNameBefore(text, start, before, lex)) return true;
  // ("Ada Bell, JT Cook, Cody Marr": an item of a list whose neighbour is a given name and a surname)
  if (!t.possessive && (text.charCodeAt(t.end) === 44 || text.charCodeAt(start - 2) === 44) && personListed(text, t.end, start, lex)) return true;
  if (text.charCodeAt(t.end + 1) === 74 /* J */ && JUDGES_LETTERS_AFTER.test(text.slice(t.end, t.end + 4))) return true;
  return personalPronoun(text, tokens, at) !== undefined || ageAfter(text, t) || appositiveWho(text, t) || personOnlyAfter(text, t)
    || toldPressAfter(text, t) || (!t.possessive && lex.personVerbs.has(wordAfter(text, t.end).word));
}

/** Whether the given name `before` is written capitalised with one space before the capitals at `start`, and is no
 *  place's, common word's or surname's too ("Virginia", "Will", "Morgan"). */
function givenNameBefore(text: string, start: number, before: string, lex: PeopleLexicon): boolean {
  const at = start - 1 - before.length;
  if (at < 0 || text.charCodeAt(start - 1) !== 32) return false;
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || text.slice(at, start - 1).toLowerCase() !== before) return false;
  return !lex.places.has(before) && !lex.commonWords.has(before) && !lex.surnames.has(before);
}

/** A list's next item after `end` (", Cody Marr"), or its item before `start` ("Ada Bell, "). */
const PERSON_ITEM_AFTER = lazyPattern(() => /^,[ \t](\p{Lu}\p{Ll}+)[ \t]\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:,|[ \t]and[ \t]|\.)/u);
const PERSON_ITEM_BEFORE = lazyPattern(() => /(?:^|,[ \t]|\n)(\p{Lu}\p{Ll}+)[ \t]\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?,[ \t]$/u);

/** Whether an item of the same comma-separated list, right before or after the pair, is a person's given name and
 *  surname: the given name one the lists hold and no place's, common word's or surname's ("Morgan Stanley"). */
function personListed(text: string, end: number, start: number, lex: PeopleLexicon): boolean {
  const given = (w: string | undefined): boolean => {
    if (w === undefined) return false;
    const lower = w.toLowerCase();
    return lex.givenNames.has(lower) && !lex.places.has(lower) && !lex.commonWords.has(lower) && !lex.surnames.has(lower);
  };
  return given(PERSON_ITEM_AFTER().exec(text.slice(end, end + 40))?.[1])
    || given(PERSON_ITEM_BEFORE().exec(text.slice(Math.max(0, start - 40), start))?.[1]);
}
