// Words of the language, months and days that are people's names in some places: "Sky Kellaway", "Councillor May
// Oduya", "Sun Yuelin". Each is decided where it stands, from the words around it, before the words are classed.
import type { Token } from './tokenize';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import { classifyWord, type WordClass } from './classify';
import { wordBefore } from './words';
import { lazyPattern } from '../../text/lazyPattern';
import { ENGLISH_PLURAL } from './personhood';
import { FIRMS_ARE_TOO } from './evidence';
import { wordSet } from '../../text/wordList';

/**
 * Whether a word the tokenizer would skip as a word of the language ("may", "sun") is a name's word here: the
 * tokenizer's `skip` for findPeople.
 */
export function skippedWordIsName(text: string, w: string, start: number, end: number, lex: PeopleLexicon): boolean {
  return (CALENDAR_NAMES.has(w) && calendarWordIsName(text, w, start, end, lex))
    || (MONTH_GIVEN_NAMES.has(w) && monthIsGivenName(text, start, end, lex))
    || (w === 'may' && mayIsSurname(text, start, end, lex))
    || (w === 'a' && (scorecardInitial(text, start, end) || titledInitialA(text, start, end, lex)))
    || (w === 'les' && lesIsGivenName(text, start, end, lex))
    || ((w === 'thu' || w === 'an') && vietnameseSyllableAfter(text, start, end))
    || (w === 'ap' && welshParticle(text, start, end))
    || (w === 'nor' && norIsGivenName(text, start, end, lex))
    || (w.length >= 6 && LANGUAGE_WORD.test(w) && languageWordIsSurname(text, start, end));
}

/** Courtesy titles as written before a surname, a full stop perhaps after them: "Mr ", "Dr. ", "Sir ". */
const COURTESY_BEFORE = /(?:^|[^\w])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? $/;

/**
 * "Mr English's future", "support for Ruth English to stay on": a language's word ("English", "French") after a
 * courtesy title is a surname, and so is the same word after a capitalised word where the article writes it after such
 * a title too (the word alone, "taught English", stays the language).
 */
function languageWordIsSurname(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 6), start);
  if (COURTESY_BEFORE.test(lead)) return true;
  if (!/\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, start - 14), start))) return false;
  const word = text.slice(start, end);
  for (const title of ['Mr', 'Mrs', 'Ms', 'Dr', 'Sir']) {
    if (text.includes(`${title} ${word}`) || text.includes(`${title}. ${word}`)) return true;
  }
  return false;
}

/**
 * "Tan Sri Nor Mohamed Yakcop", "adviser Nor Hisham Azlan": "Nor", a Malay given name, written with its capital inside
 * a sentence (where the conjunction is written "nor") before a given name; at a sentence's or a line's opening, and
 * before any other word ("Neither Rain Nor Snow"), it stays the conjunction.
 */
function norIsGivenName(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start + 1) !== 111 /* o */) return false;
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0 || SENTENCE_END.has(text.charCodeAt(i))) return false;
  // ("Abdi Nor Wardhere", "shop owner Hassan Nor had": right after a given name, or a capitalised word no list knows,
  // inside a sentence it is a middle name or a surname, as the conjunction never is capitalised there; after such a
  // word that opens the sentence, where another such word follows it too)
  const lead = text.slice(Math.max(0, start - 24), start);
  const before = NAME_WORD_BEFORE().exec(lead);
  const after = CAPITALISED_WORD().exec(text.slice(end, end + 24));
  // (not after "neither", which the conjunction answers: "Neither Ahmed Nor Brown Came")
  if (before !== null && !/\b[Nn]either\b/.test(lead) && nameWordNoListKnows(before[2].toLowerCase(), lex)) {
    if (before[1] !== '' && !SENTENCE_OPENER.test(before[1])) return true;
    if (after !== null && nameWordNoListKnows(after[1].toLowerCase(), lex)) return true;
  }
  if (after === null) return false;
  const next = after[1].toLowerCase();
  return lex.givenNames.has(next) && !lex.commonWords.has(next);
}
/** A capitalised word right before, one space apart, and what stands before it: a small letter or a comma inside a
 *  sentence, or what opens one (a full stop and a space, a line's start, a quotation mark). */
const NAME_WORD_BEFORE = lazyPattern(() => /(^|[\p{Ll},] |[.!?:;"“(] |\n[ \t]*)(\p{Lu}\p{Ll}+) $/u);
/** What NAME_WORD_BEFORE finds before a word that opens a sentence. */
const SENTENCE_OPENER = /^(?:[.!?:;"“(] |\n[ \t]*)$/;
/** A given name the lists hold, or a word they hold as nothing at all. */
function nameWordNoListKnows(w: string, lex: PeopleLexicon): boolean {
  if (lex.commonWords.has(w) || lex.skippedWords.has(w) || lex.places.has(w) || lex.titles.has(w) || lex.organisations.has(w)) return false;
  return lex.givenNames.has(w) || (!lex.surnames.has(w) && !lex.demonyms.has(w) && !lex.nonPersonWords.has(w));
}
const CAPITALISED_WORD = lazyPattern(() => /^ (\p{Lu}\p{Ll}+)(?![\p{L}-])/u);
/** ".", "!", "?", a line's end, a colon, a quotation mark or a bracket opening: where a sentence or a title may open. */
const SENTENCE_END = new Set([46, 33, 63, 10, 13, 58, 34, 0x201c, 40, 8212, 8211]);

/**
 * "Air Chief Marshal A P Singh", "General A K Sharma": a capital "A" right after a person's title and before a second
 * capital letter and a capitalised word, each a single space apart, is the first of two initials, no article.
 */
function titledInitialA(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start - 1) !== 32 || !letterAndWordAfter(text.slice(end, end + 5))) return false;
  const before = wordBefore(text, start);
  return before.word !== '' && lex.titles.has(before.word) && text.charCodeAt(start - 2) !== 32;
}
/** LETTER_AND_WORD_AFTER without its letter classes (dear to compile): a capital is an ASCII capital or any character
 *  past ASCII (one past U+FFFF is two). Tested first. */
const LETTER_AND_WORD_SHAPE = /^ [A-Z\u0080-\uffff]{1,2} [A-Z\u0080-\uffff]/;
/** A capital alone, then a capitalised word (LETTER_AND_WORD_AFTER), its shape tested first. */
function letterAndWordAfter(after: string): boolean {
  return LETTER_AND_WORD_SHAPE.test(after) && LETTER_AND_WORD_AFTER().test(after);
}
const LETTER_AND_WORD_AFTER = lazyPattern(() => /^ \p{Lu} \p{Lu}\p{Ll}/u);

/**
 * "Gwenllian Ap Rhys", "Ap Rhys said": the Welsh "ap" ("son of") written with its capital, as many families write it,
 * opening a surname; not the news agency, which is written "AP".
 */
function welshParticle(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start + 1) === 112 /* p */ && CAPITALISED_WORD_AFTER().test(text.slice(end, end + 3));
}
const CAPITALISED_WORD_AFTER = lazyPattern(() => /^ \p{Lu}\p{Ll}/u);

/**
 * Family names of Vietnam, written first and followed by two or three syllables of the middle and given names ("Le Thi
 * Thu Hang", "Bui Thanh Son", "Nguyen Van Hai"), whatever else those syllables are as English words.
 */
const VIETNAMESE_FAMILY = wordSet('nguyen tran le pham hoang huynh phan vu vo dang bui do ho'
  + ' ngo duong ly trinh dinh doan luong');
/** One syllable as a Vietnamese name writes it without its tones: a capital and one to five small letters. */
const VIET_SYLLABLE = lazyPattern(() => /^\p{Lu}\p{Ll}{1,5}$/u);
/** A family name of Vietnam and one syllable before a word: "Le Thi " before "Thu". */
const VIET_FAMILY_AND_SYLLABLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}{1,5} $/u);

/**
 * "Le Thi Thu Hang", "Nguyen Van An": "Thu" or "An" after a Vietnamese family name and one syllable is a name's word,
 * not Thursday or the article (not before a figure: "Thu 5").
 */
function vietnameseSyllableAfter(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 24), start);
  // (a short capitalised word and a blank ending the look-behind, tested first: the pattern is dear to compile)
  const before = / (?:[A-Z]|[\u0080-\uffff])[a-z\u0080-\uffff]{1,11} $/.test(lead) ? VIET_FAMILY_AND_SYLLABLE_BEFORE().exec(lead) : null;
  return before !== null && VIETNAMESE_FAMILY.has(before[1].toLowerCase()) && !/^[ \t]*\d/.test(text.slice(end, end + 3));
}

/**
 * "Le Thi Thu Hang", "Bui Thanh Son": a Vietnamese family name opening three or four syllables set apart by single
 * spaces, the second a name's word, is a whole name; a syllable that is also a word, an organisation's or a title's
 * ("Hang", "Son", "Thu") is a name's word there. Not a place the lists know ("Ho Chi Minh"), nor a longer run of
 * capitals ("Ho Chi Minh City", "Le Van Hotel Group"), nor what is named after one ("Ly Thuong Kiet Street").
 */
export function vietnameseNames(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!VIETNAMESE_FAMILY.has(tokens[i].lower) || !VIET_SYLLABLE().test(tokens[i].text)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 4 && tokens[last + 1].start - tokens[last].end === 1
      && text.charCodeAt(tokens[last].end) === 32 && VIET_SYLLABLE().test(tokens[last + 1].text) && !tokens[last].possessive) last++;
    // ("Ly Thuong Kiet Street": a street or a school named after the person, read by the namesake rules)
    if (last - i < 2 || last - i > 3 || peopleLexicon().namesakeNouns.has(tokens[last].lower)) { i = last; continue; }
    const second = classes[i + 1];
    if (second !== 'unknown' && second !== 'given' && second !== 'particle') { i = last; continue; }
    let words = tokens[i].lower;
    let place = false;
    for (let k = i + 1; k <= last && !place; k++) {
      words += ' ' + tokens[k].lower;
      place = lex.places.has(words) || classes[k] === 'place';
    }
    if (place) { i = last; continue; }
    classes[i] = 'given';
    for (let k = i + 1; k <= last; k++) {
      const c = classes[k];
      if (c === 'org' || c === 'title' || c === 'common' || c === 'never') classes[k] = 'unknown';
    }
    i = last;
  }
}

/**
 * "Les Ferdinando scored twice": "Les" (Leslie) before one capitalised word that is no French plural (which ends in s or
 * x: "Les Bleus", "Les Echos", "Les Baux") is a given name, not the French article.
 */
function lesIsGivenName(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start) !== 76 /* L */) return false;
  const after = LES_SURNAME_AFTER().exec(text.slice(end, end + 24));
  return after !== null && !lex.skippedWords.has(after[1].toLowerCase()) && !lex.neverNames.has(after[1].toLowerCase());
}

const LES_SURNAME_AFTER = lazyPattern(() => /^ (\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*)(?<![sxSX])(?![\p{L}'’-])/u);

/**
 * "Westshire 312 (A Patel 104, J Morrow 56)": a capital A set off by a bracket, comma or semicolon, before a surname
 * and a number, is a batsman's or a runner's initial as a scorecard writes it, not the article.
 */
export function scorecardInitial(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || text.charCodeAt(start) !== 65 /* A */) return false;
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  return (c === 40 /* ( */ || c === 44 /* , */ || c === 59 /* ; */) && surnameAndNumber(text.slice(end, end + 40));
}

const SURNAME_AND_NUMBER = lazyPattern(() => /^ \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)? \d/u);
/** (a word and a figure after blanks, tested first: the pattern's letter classes are dear to compile) */
const surnameAndNumber = (after: string): boolean => /^ \S+ \d/.test(after) && SURNAME_AND_NUMBER().test(after);

/** Whether the word is a month's name that is also a woman's given name ("may", "june"). */
export function isMonthGivenName(w: string): boolean {
  return MONTH_GIVEN_NAMES.has(w);
}

/** Given names that are words no list gives as names, and often a brand's or a place's first word ("Sky Sports"). */
const WORD_GIVEN_NAMES = wordSet('sky brook honor');

/**
 * "grandchildren Sky Kellaway and …", "winner, Brook Halsey,": such a word is a given name before
 * one surname or unknown word and no more, where no "the", "a" or possessive before makes it a thing's first word.
 */
export function wordsThatAreGivenNames(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // ("the striker Jordan Pearce", "Georgia Whitmore, 34,": a country's or a state's name that is a given name too)
    const place = classes[i] === 'place' && PLACE_GIVEN_NAMES.has(t.lower);
    // "Reba Hinds, Eric Church, Luke Marr": a given name and an institution's word, an item of a list of people, is a
    // given name and a surname
    if (classes[i] === 'given') {
      if (classes[i + 1] === 'org' && !t.possessive && listedAmongPeople(text, tokens, classes, i)) classes[i + 1] = 'surname';
      continue;
    }
    if ((classes[i] !== 'common' && !place) || t.possessive) continue;
    const next = tokens[i + 1];
    // ("Do Tarvek, the co-founder of …": a given name the lists hold after the word is shown the same way)
    const shown = !place && (classes[i + 1] === 'unknown' || classes[i + 1] === 'given') && wordGivenNameShown(text, tokens, classes, i, lex);
    if (!shown && !place && !WORD_GIVEN_NAMES.has(t.lower)) continue;
    if ((classes[i + 1] !== 'surname' && classes[i + 1] !== 'unknown' && !(shown && classes[i + 1] === 'given'))
      || !/^ $/.test(text.slice(t.end, next.start))) continue;
    // (opening a sentence, only as its subject or set off: "Sky Kellaway said she …", "Brook Halsey, 12,")
    if (t.sentenceStart && !SUBJECT_AFTER.test(text.slice(next.end, next.end + 12))) continue;
    // a word no list knows as a surname needs the article's own sign of a person: the word again without this given
    // name ("Drew Kellaway … Sky Kellaway"), a role before ("last year's winner, Brook Halsey,"), an age or "said she"
    // after; "Sky Deutschland said it agreed" stays a broadcaster's name (a place's name needs such a sign before any
    // surname: "Jordan Brown" may be a country and a man)
    if ((classes[i + 1] === 'unknown' || place) && !shown && !surnameElsewhere(text, tokens, i + 1)
      && !lex.roleNouns.has(ROLE_BEFORE().exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1] ?? '')
      && !(place && (lex.roleNouns.has(wordBefore(text, t.start).word) || lex.titles.has(wordBefore(text, t.start).word)))
      && !PERSON_AFTER().test(text.slice(next.end, next.end + 24))) continue;
    if (place && PLACE_LEAD_BEFORE().test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    const after = tokens[i + 2];
    if (after && after.shape === 'capitalised' && /^ $/.test(text.slice(next.end, after.start)) && !next.possessive) continue;
    const before = wordBefore(text, t.start).word;
    if (before === 'the' || before === 'a' || before === 'an' || before === 'of' || before.endsWith("'s") || before.endsWith('’s')
      || lex.skippedWords.has(before) && !/^(?:and|or|but)$/.test(before)) continue;
    classes[i] = 'given';
  }
}

/**
 * "Performers include Dorrie Calloway, Reba Hinds and …", "said Dorrie Calloway, an analyst at …", "Dorrie Calloway,
 * who starred …": any other word of the language, inside a sentence, before one word no list knows is a given name
 * where the pair is plainly a person's: set off with ", who", an age or a person's role after it (a sentence's first words
 * too), "said she" after it, or an item of a list inside a sentence whose item before or after is a given name and a surname ("Erik Vance,
 * Dorrie Calloway and …"). The caller still
 * checks what stands before and after the pair.
 */
function wordGivenNameShown(text: string, tokens: readonly Token[], classes: readonly WordClass[], i: number, lex: PeopleLexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // (two words alone, no plural: not "Mary Ellen's Good Morning Gorgeous", "Counting Crows, who toured")
  if (next.possessive || text.charCodeAt(t.end) !== 32 || next.start !== t.end + 1 || ENGLISH_PLURAL.test(t.lower)
    || ENGLISH_PLURAL.test(next.lower) || (i > 0 && joined(text, tokens, i - 1))) return false;
  const after = text.slice(next.end, next.end + 48);
  const role = SET_OFF_AFTER_SHAPE.test(after) ? SET_OFF_AFTER().exec(after) : null;
  if (role && (role[1] === undefined && role[3] === undefined || lex.roleNouns.has(role[1]) || lex.roleNouns.has(role[2] ?? '')
    || (role[3] !== undefined && !FIRMS_ARE_TOO.has(role[3]) && lex.roleNouns.has(role[3].replace(/^co-?/, ''))))) return true;
  // (opening a sentence, "said she" may follow an adverb and a surname: "Later Voss said she …")
  if (!t.sentenceStart && PERSON_AFTER().test(after)) return true;
  // (and no plural: "Black Pumas", a band's)
  return !t.sentenceStart && !PLURAL_END.test(next.lower) && listedAmongPeople(text, tokens, classes, i);
}

/**
 * Whether the two words at `i` are a list's item, ending at a comma, a stop, a bracket or "and" ("Senior Warden of the
 * Guild" is an office), with a given name and a surname right before the separator before or right after the one after.
 */
function listedAmongPeople(text: string, tokens: readonly Token[], classes: readonly WordClass[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next.possessive || next.start !== t.end + 1 || text.charCodeAt(t.end) !== 32 || ENGLISH_PLURAL.test(next.lower)
    || (i > 0 && joined(text, tokens, i - 1)) || !ITEM_ENDS().test(text.slice(next.end, next.end + 8))) return false;
  return (i >= 2 && LIST_SEPARATOR().test(text.slice(tokens[i - 1].end, t.start)) && fullNameAt(text, tokens, classes, i - 2))
    || (i + 3 < tokens.length && LIST_SEPARATOR().test(text.slice(next.end, tokens[i + 2].start)) && fullNameAt(text, tokens, classes, i + 2));
}
/** ", who", ", 34,", ", a" / ", an" and one or two lower-case words (a role, "an analyst", "a senior analyst"), or ", the"
 *  and a role of something ("the co-founder of", "the South Korean founder of", "the former head of"). */
const SET_OFF_AFTER = lazyPattern(() => /^,[ \t](?:who\b|\d{1,3},|an?[ \t]([\p{Ll}-]+)(?:[ \t](\p{Ll}+))?|the[ \t](?:\p{Lu}\p{Ll}+[ \t]){0,2}(?:former[ \t])?([\p{Ll}-]+)[ \t]of\b)/u);
/** SET_OFF_AFTER without its letter classes (dear to compile): a lower-case word is any character but a blank or an
 *  ASCII capital here. Tested first: it holds every match of it. */
const SET_OFF_AFTER_SHAPE = /^,[ \t](?:who\b|\d{1,3},|an?[ \t][^\sA-Z]|the[ \t].*[ \t]of\b)/;
/** ", " or " and " (or ", and "), across a line's break. */
const LIST_SEPARATOR = lazyPattern(() => /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u);
/** A given name and a capitalised word joined by one blank at `k`. */
function fullNameAt(text: string, tokens: readonly Token[], classes: readonly WordClass[], k: number): boolean {
  return classes[k] === 'given' && joined(text, tokens, k) && !THING_WORD.has(classes[k + 1]);
}
/** Whether token `k` and the next capitalised one are joined by one blank, as a name's words are. */
function joined(text: string, tokens: readonly Token[], k: number): boolean {
  return !tokens[k].possessive && tokens[k + 1].start === tokens[k].end + 1 && text.charCodeAt(tokens[k].end) === 32
    && tokens[k + 1].shape === 'capitalised';
}
const THING_WORD = new Set<WordClass>(['common', 'org', 'title', 'never', 'demonym']);
const ITEM_ENDS = lazyPattern(() => /^(?:\s*[,;.)]|\s+and\s)/u);
/** An English plural's ending: "s", not "ss" or "us" ("Pumas", "Stories"). */
const PLURAL_END = /[^su]s$/;

/** Countries' and cities' names that are given names as often: "Jordan", "Georgia", "India", "Israel", "Paris". */
const PLACE_GIVEN_NAMES = wordSet('jordan georgia india israel paris phoenix kenya');
/** "in", "to", "from", "of", "at" right before: the place itself. */
const PLACE_LEAD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:in|to|from|of|at|across|into|near)[ \t]{1,2}$/u);

/** A lower-case word, and a comma perhaps, right before. */
const ROLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}+),?[ \t]{1,2}$/u);
/** ", 34," or "said she", "says he" right after a name. */
const PERSON_AFTER = lazyPattern(() => /^(?:,[ \t]\d{1,3},|[ \t](?:said|says|told [\p{L}]+)[ \t](?:she|he)\b)/u);

/**
 * Whether the capitalised word stands elsewhere in the text after no capitalised word, as a person does ("Halloran
 * said", "Halloran, a nurse," beside "June Halloran thanked volunteers"; not "Brexit will dominate"): the article's
 * sign that it is a surname. `at` is this mention's start.
 */
function wordAloneElsewhere(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at || /[\p{L}\d]/u.test(text.charAt(i + word.length)) || /[\p{L}\d]/u.test(text.charAt(i - 1))) continue;
    if (!/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, i - 20), i))
      && SPOKEN_OF_AS_PERSON.test(text.slice(i + word.length, i + word.length + 12))) return true;
  }
  return false;
}

/** What follows a person named alone: "said", "told", ", a nurse,", ", who", ", 34,". */
const SPOKEN_OF_AS_PERSON = /^(?:,[ \t](?:a|an|who|\d{1,3},)[ \t,]|[ \t](?:said|says|told|added)\b)/;

/** Whether the word at `k` stands elsewhere in the article after something other than the word before it here. */
function surnameElsewhere(text: string, tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].lower;
  const opener = tokens[k - 1].lower;
  for (let j = 0; j < tokens.length; j++) {
    if (j === k || tokens[j].lower !== word) continue;
    if (j > 0 && tokens[j - 1].lower === opener && /^ $/.test(text.slice(tokens[j - 1].end, tokens[j].start))) continue;
    return true;
  }
  return false;
}

/** Months that are also women's given names. */
const MONTH_GIVEN_NAMES = wordSet('april may june august');

/** Words before a month that make it the month: "In June", "by May", "last April", "mid-August", "of June". */
const MONTH_LEADS = wordSet('in on by since until till til from to through throughout'
  + ' during before after last next this that early late mid of each every between'
  + ' for into around about come as than'
  // (a determiner makes the month a modifier: "the June Brexit deadline", "its May Fairhaven show")
  + ' the a an its their his her our your my whose same');

/** What follows a name that is a sentence's subject or set off: a comma, a possessive, a reporting or common verb. */
const SUBJECT_AFTER = /^(?:,|['’]s\b|[ \t](?:and|said|says|told|who|was|is|has|had|will|would|won|led|spoke|wrote|added)\b)/;

/** Another month and "and", "or", "to" before: "in May and June", "April or May". */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_JOINED_BEFORE = new RegExp(`(?:${MONTH_NAMES}),?[ \\t]{1,2}(?:and|or|to|through)[ \\t]{1,2}$`, 'i');

/**
 * "Councillor May Oduya", "June Halloran and Will Dawson spoke": a month's name is a given name before one capitalised
 * word that is a surname or a word no list knows (not "May Day", "April Fools", "June 5", "June 2024"), where nothing
 * before it makes it the month ("In June Carter said", "by May Ministers", "5 June"). "and" and "or" lean to the
 * month only after another month ("in May and June Carter").
 */
function monthIsGivenName(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90 || text.charCodeAt(start + 1) < 97) return false;
  const ahead = text.slice(end, end + 40);
  // (a blank and a capitalised word, tested first: the pattern's letter classes are dear to compile)
  const next = /^ (?:[A-Z]|[\u0080-\uffff])\S/.test(ahead) ? /^ (\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\d])/u.exec(ahead) : null;
  if (!next) return pairedWithGivenName(text, start, end, lex);
  const w = next[1].toLowerCase();
  if (lex.skippedWords.has(w) || lex.givenNames.has(w)) return false;
  const c2 = classifyWord(w, lex, false);
  if (c2 !== 'surname' && c2 !== 'unknown') return false;
  // ("May Elections": a plural of a word of the language the lists miss)
  if (w.endsWith('s') && classifyWord(w.slice(0, -1), lex, false) === 'common') return false;
  // ("June Carter 2024", "May Ellery 12-4": a figure after the pair is a date's or a score's)
  if (/^[ \t]*,?[ \t]*\d/.test(text.slice(end + next[0].length, end + next[0].length + 4))) return false;
  const before = wordBefore(text, start);
  if (monthByWhatIsBefore(text, start, before)) return false;
  // after a sentence's start or a comma, a word no list knows as a surname needs the pair to be a subject or set off
  // ("June Oduya said", "May Oduya, 40,"), not a modifier ("June Brexit talks resumed", "On Monday, May Sales rose")
  if (before.word === '' && c2 === 'unknown') {
    return SUBJECT_AFTER.test(text.slice(end + next[0].length, end + next[0].length + 12)) || wordAloneElsewhere(text, next[1], end + 1);
  }
  return true;
}

/** " and Rose,", " and Tom Hendry": "and", then a given name that is no month. */
const AND_GIVEN_NAME = lazyPattern(() => /^ and (\p{Lu}\p{Ll}+)(?![\p{L}\d'’-])/u);

/**
 * "Her sisters, June and Rose, run the farm": a month's name alone is a given name where "and" and a given name follow
 * it and nothing before makes it the month ("in June and Rose's absence", "since May and Tom").
 */
function pairedWithGivenName(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  const ahead = text.slice(end, end + 24);
  // (" and " and a capitalised word, tested first: the pattern's letter classes are dear to compile)
  const m = /^ and (?:[A-Z]|[\u0080-\uffff])\S/.test(ahead) ? AND_GIVEN_NAME().exec(ahead) : null;
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (!lex.givenNames.has(w) || MONTH.test(w)) return false;
  return !monthByWhatIsBefore(text, start, wordBefore(text, start));
}

/** Whether what stands before a month's name at `start` makes it the month: "in", "by", "the", a figure, another month. */
function monthByWhatIsBefore(text: string, start: number, before: ReturnType<typeof wordBefore>): boolean {
  return before.numeric || MONTH_LEADS.has(before.word) || /[\d-][ \t]*$/.test(text.slice(Math.max(0, start - 3), start))
    || MONTH_JOINED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const MONTH = new RegExp(`^(?:${MONTH_NAMES})$`);

/** A capitalised word and one space right before: a given name's place before a surname. */
const WORD_BEFORE_SURNAME = lazyPattern(() => /(?:^|[^\p{L}'’.-])(\p{Lu}\p{Ll}+) $/u);
/** Every capitalised word before " May": the article's full names with "May" as their surname. */
const WORD_BEFORE_MAY = lazyPattern(() => /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) May(?![\p{L}\d'’-])/gu);
/** What follows a surname said alone of the person named in full: a possessive, a verb of saying, an auxiliary. */
const SURNAME_ALONE_AFTER = /^(?:['’]s\b|[ \t](?:said|says|told|added|argued|insisted|wrote|can|could|will|would|must|should|has|had|is|was|did|does|faces|wants|needs)\b)/;

/** Whether the capitalised word is a given name the lists hold and no word of the language ("Theresa", not "Will"). */
function plainGivenName(w: string, lex: PeopleLexicon): boolean {
  return lex.givenNames.has(w) && !lex.commonWords.has(w) && !lex.skippedWords.has(w) && !MONTH.test(w) && classifyWord(w, lex, false) === 'given';
}

let mayNamesText: string | undefined;
let mayNamesFound = false;
/** Whether the article names someone "<given name> May" anywhere (worked out once an article). */
function articleNamesSomeoneMay(text: string, lex: PeopleLexicon): boolean {
  if (text === mayNamesText) return mayNamesFound;
  mayNamesText = text;
  mayNamesFound = false;
  for (const m of text.matchAll(WORD_BEFORE_MAY())) {
    if (plainGivenName(m[1].toLowerCase(), lex) && !/^[ \t]*,?[ \t]*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) { mayNamesFound = true; break; }
  }
  return mayNamesFound;
}

/**
 * "Theresa May", "Prime Minister Theresa May said": "May" one space after a given name the lists hold (no word of the
 * language: "Will May", "Grace May" stay undecided) is that person's surname, not the month (not before a day's number
 * or a year, "Ella May 5", nor "Day"); and "May" alone, where the article names someone so, is that person again
 * before a possessive, a verb of saying or an auxiliary, where nothing before makes it the month ("May's first summit",
 * "before May can shore up"; not "in May", "since May will").
 */
function mayIsSurname(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start) !== 77 /* M */ || text.charCodeAt(start + 1) !== 97 /* a */) return false;
  const rest = text.slice(end, end + 6);
  if (/^[ \t]*,?[ \t]*\d/.test(rest) || /^ Day\b/.test(rest)) return false;
  const lead = text.slice(Math.max(0, start - 24), start);
  // (a capitalised word and a blank ending the look-behind, tested first: the pattern is dear to compile)
  const before = /(?:[A-Z]|[\u0080-\uffff])[a-z\u0080-\uffff]+ $/.test(lead) ? WORD_BEFORE_SURNAME().exec(lead) : null;
  if (before) return plainGivenName(before[1].toLowerCase(), lex);
  // ("a letter to May, the college said", "a direct challenge to May's view": what is written or said to someone, a
  // month is never, where the article names someone May)
  const addressed = lead.endsWith('to ') && ADDRESSED_BEFORE_TO.test(lead);
  if (!SURNAME_ALONE_AFTER.test(text.slice(end, end + 12)) && !(addressed && text.charCodeAt(end) === 44 /* , */)) return false;
  if (!addressed && monthByWhatIsBefore(text, start, wordBefore(text, start))) return false;
  return articleNamesSomeoneMay(text, lex);
}
/** What is sent, written or said to a person, or one's bond with her, then " to ": "a letter to ", "loyal to ". */
const ADDRESSED_BEFORE_TO = /\b(?:letters?|message|reply|challenge|blow|successor|loyal|close|spoke|wrote|sent)[ \t]to $/;

/** Short forms of a day or month that are also Chinese names: "Sun Yuelin", "Ma Jun". */
const CALENDAR_NAMES = wordSet('sun jun jan');
const PARTICLE_THEN_NAME = lazyPattern(() => /^ (?:van|de|ter|ten)(?: (?:der|den|de))? \p{Lu}\p{Ll}/u);

/**
 * "Sun Yuelin", "Ma Jun", "Li Jun said", "Jan Steen", "Jun Takeda": a day's or month's short form that is also a Chinese family or given name
 * is a name's word before a given name written in pinyin, or after a family name written first; "Sun, Nov. 3",
 * "Jun 5" stay dates.
 */
function calendarWordIsName(text: string, w: string, start: number, end: number, lex: PeopleLexicon): boolean {
  const after = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 16));
  if (w === 'sun' && after && isPinyinName(after[1].toLowerCase(), lex)) return true;
  // "works by Jan Steen", "Jan Kowalczyk said", "cellist Jun Takeda": January or June written short stands before a
  // day's number, a year or a full stop, never before a capitalised word, which makes it a given name (Dutch, Czech,
  // Polish; Japanese, Korean, Chinese)
  if ((w === 'jan' || w === 'jun') && after !== null && !lex.neverNames.has(after[1].toLowerCase()) && !lex.skippedWords.has(after[1].toLowerCase())) return true;
  // ("Jan van Dijk", "Jan de Vries", "Jan van der Elst": so does a Dutch or Flemish particle before one)
  if (w === 'jan' && PARTICLE_THEN_NAME().test(text.slice(end, end + 16))) return true;
  if (w === 'jan') return false;
  const before = /\b(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && lex.familyNamesFirst.has(before[1].toLowerCase()) && !/^[ \t]*[.\d]/.test(text.slice(end, end + 2));
}

/**
 * "Sun Yuelin", "Song Jianguo said": a family name written first that is also a word (or a day's short form) opens a
 * name before a given name in pinyin, at a sentence's start too (elsewhere the lists make it a name's first word).
 */
export function familyNamesThatAreWords(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (and "Les", "Nor" where skippedWordIsName kept them)
    if (CALENDAR_NAMES.has(t.lower) || t.lower === 'les' || t.lower === 'nor') { classes[i] = 'given'; continue; }
    if (classes[i] !== 'common' || !t.sentenceStart || !lex.familyNamesFirst.has(t.lower) || i + 1 >= tokens.length) continue;
    const next = tokens[i + 1];
    if ((classes[i + 1] === 'unknown' || classes[i + 1] === 'given' || CALENDAR_NAMES.has(next.lower)) && next.start - t.end === 1 && text.charCodeAt(t.end) === 32
      && isPinyinName(next.lower, lex)) {
      classes[i] = 'given';
    }
  }
}

/** One or two syllables of pinyin: "Yuelin", "Jianguo", "Xiaoling". */
const PINYIN = new RegExp(`^(?:${'(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)'}){1,2}$`);

/** A word no list knows that reads as a Chinese given name written in pinyin. */
export function isPinyinName(w: string, lex: PeopleLexicon): boolean {
  return w.length >= 3 && PINYIN.test(w) && !lex.commonWords.has(w) && !lex.surnames.has(w) && !lex.places.has(w);
}

/** What follows a people's word that is a surname, alone or after a given name: the clause's end or a verb of saying. */
const SAID_OR_CLAUSE_END = /^(?:[,.;:)]|[ \t]+(?:said|says|told|added)\b)/;
/** What stands before a people's word used as a noun ("the Danish said", "a Dane"): no surname then. */
const DETERMINER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|his|her|their|its)[ \t]+$/iu);

/** A people's or a language's word the lists never read as a name: "English", "French", "Dutch", "Spanish". */
const LANGUAGE_WORD = /(?:ish|ese|ch|an)$/;

/**
 * "said Karim Danish, a spokesman … Danish said the road was open": a people's word the article writes after a given
 * name at a clause's end, or after a title and a given name, is that person's surname, and so is the same word alone
 * before a verb of saying or at a clause's end (not after "the": "the Danish said"). "Mr English's future … Ruth
 * English led the party": a people's or a language's word after a courtesy title is a surname, and so is the same word
 * after a title or a given name elsewhere in the article (alone, "taught English", it stays the language). Reads the
 * article once; most articles have no such word.
 */
export function demonymSurnames(text: string, tokens: readonly Token[], classes: WordClass[]): void {
  let words: Set<string> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].shape !== 'capitalised' || !peoplesWord(tokens[i], classes[i])) continue;
    if (i > 0 && courtesyBefore(text, tokens, i)) {
      (words ??= new Set()).add(tokens[i].lower);
      continue;
    }
    if (classes[i] !== 'demonym' || classes[i - 1] !== 'given' || tokens[i - 1].sentenceStart || tokens[i].possessive
      || tokens[i].start - tokens[i - 1].end !== 1) continue;
    // ("Prime Minister Karim Danish walks in": after a title and a given name, whatever follows, as no people's word
    // stands there as an adjective)
    if (!SAID_OR_CLAUSE_END.test(text.slice(tokens[i].end, tokens[i].end + 8)) && !(i > 1 && classes[i - 2] === 'title'
      && tokens[i - 1].start - tokens[i - 2].end === 1)) continue;
    (words ??= new Set()).add(tokens[i].lower);
  }
  if (!words) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!words.has(tokens[i].lower) || tokens[i].shape !== 'capitalised' || !peoplesWord(tokens[i], classes[i])) continue;
    const named = i > 0 && (courtesyBefore(text, tokens, i) || (classes[i - 1] === 'given' && text.charCodeAt(tokens[i - 1].end) === 32
      && tokens[i].start - tokens[i - 1].end === 1));
    if (!named && (classes[i] !== 'demonym' || !SAID_OR_CLAUSE_END.test(text.slice(tokens[i].end, tokens[i].end + 8))
      || DETERMINER_BEFORE().test(text.slice(Math.max(0, tokens[i].start - 6), tokens[i].start)))) continue;
    classes[i] = 'surname';
  }
}

/** Whether the token is a people's word ("Danish") or a language's the lists never read as a name ("English"). */
function peoplesWord(t: Token, c: WordClass): boolean {
  return c === 'demonym' || (c === 'never' && LANGUAGE_WORD.test(t.lower));
}

/** Whether a courtesy title stands right before the token at `i` ("Mr English", "Dr. French"). */
function courtesyBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const start = tokens[i].start;
  return COURTESY_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}
