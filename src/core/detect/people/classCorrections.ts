import type { PeopleLexicon } from '../lexicon';
import type { Token } from './tokenize';
import { HYPHENATED_GIVEN, type WordClass } from './classify';
import { isMonthGivenName } from './wordNames';
import { wordBefore } from './words';
import { wordSet } from '../../text/wordList';

/** First words of Malaysia's and Brunei's titles of two words: "Tan Sri", "Datuk Seri", "Dato' Sri", "Tun Sri", "Dato Paduka". */
const TITLES_BEFORE_SRI = wordSet('tan datuk dato tun datin');
/** Given names that are also places or firms' words, which the generated lists hold as those only. */
const GIVEN_NAMES_OF_PLACES = wordSet('victoria sydney florence austin jordan georgia israel india montserrat'
  + ' alexandria savannah');
/** One of a people as a noun that is a given name too (the word lists hold "Finn" as a word of the language only). */
const GIVEN_NATIONALS = wordSet('finn dane scot');
/** Words before one of a people that say it is no given name: "the Finn", "a Dane", "fellow Scot", "21-year-old Swede". */
const NATIONAL_DESCRIBED = wordSet('the a an fellow compatriot young veteran another his her'
  + ' their our flying lone only first late');
function describesNational(word: string): boolean {
  return NATIONAL_DESCRIBED.has(word) || word.endsWith('year-old');
}
/** Words that open nicknames before a given name: "Big Ray", "Little Rob". */
const NICKNAME_ADJECTIVES = wordSet('big little');
const PLACE_PREPOSITIONS = wordSet('in to from at of for with into across near via through'
  + ' throughout towards toward against between over outside inside beyond around within');
const NOT_GIVEN_ENDING = /(?:er|s|ed|ing)$/;
/** A rank's grade before "Class": "2nd ", "First ". */
const GRADE_BEFORE = /(?:\b[1-3](?:st|nd|rd)|\bFirst|\bSecond|\bThird)\s$/;
/** A photo credit's label right before a name: "Photo by ", "(Photo: ", "Image: ". */
const CREDIT_OPENING = /\b(?:photos?|photographs?|pictures?|images?|credit)(?:\s+by\s+|\s*:\s*)$/i;
const ARTICLES_AND_POSSESSIVES = wordSet('the a an his her its their our my your this that');

/**
 * Corrects the word lists' class of a word where its neighbours say otherwise (a given name the lists hold as a word,
 * a place or a firm's word; a title of two words; "V." of a case's name), before names are found. `stWords`: words that
 * "St." opens a surname with in this article (candidates.ts).
 */
export function correctClasses(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon,
  stWords: ReadonlySet<string>): void {
  // (a month's name kept by the tokenizer was kept as a given name, a capital A as a scorecard's initial, as "J")
  for (let i = 0; i < tokens.length; i++) {
    if (isMonthGivenName(tokens[i].lower)) classes[i] = 'given';
    // "Air Chief Marshal A P Singh", "General A K Sharma": after a person's title, one or two capital letters before
    // one word of a name are its initials, "A" too
    else if (titledLetter(tokens, classes, i)) classes[i] = 'initial';
    else if (tokens[i].text === 'A' && tokens[i].shape === 'capitalised') classes[i] = 'unknown';
    // "Petty Officer 2nd Class Dara Welk", "Airman First Class Jo Reyes": a rank's grade, "Class" after its ordinal,
    // ends the rank before a name ("2nd Class Honours" has no name after it)
    else if (tokens[i].text === 'Class' && i + 2 < tokens.length && tokens[i + 1].start - tokens[i].end === 1
      && (classes[i + 1] === 'given' || classes[i + 1] === 'unknown') && tokens[i + 2].start - tokens[i + 1].end === 1
      && (classes[i + 2] === 'surname' || classes[i + 2] === 'unknown' || classes[i + 2] === 'given' || classes[i + 2] === 'initial')
      && GRADE_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start))) classes[i] = 'title';
    // "N R Narayana Murthy", "COO U B Pravin Rao": one or two capital letters without full stops, each a word of its own,
    // before two capitalised words of a name are initials, as "N. R." are (not "I", nor the letters of a list or a
    // grade: one letter before one word, "Group B Tigers", stays as it was; a lone "U" is Burma's honorific)
    else if (singleLetterInitial(tokens, classes, i)) classes[i] = 'initial';
    // "a U.S. Marine", "U.N. envoy": a country's or a body's letters are no initials of a name
    else if (classes[i] === 'initial' && i + 1 < tokens.length && classes[i + 1] === 'initial' && tokens[i + 1].start === tokens[i].end + 1
      && lex.places.has(text.slice(tokens[i].start, tokens[i + 1].end + 1).toLowerCase())) { classes[i] = 'place'; classes[i + 1] = 'place'; }
    // "to Alma Reyes", "said Grace Kelly": inside a sentence, a capitalised word of the language right before a known
    // surname that ends its run is a given name the lists hold as a word only (not after an article or a possessive:
    // "the Royal Brown"; nor a trade's word, a verb's forms or a plural, which open firms and headlines: "Baker
    // Hughes", "Reports Obama", "Who Painted Obama's Portrait")
    else if (classes[i] === 'common' && !tokens[i].sentenceStart && !tokens[i].possessive && tokens[i].shape === 'capitalised'
      && !NOT_GIVEN_ENDING.test(tokens[i].lower)
      && i + 1 < tokens.length && classes[i + 1] === 'surname' && tokens[i + 1].start - tokens[i].end === 1
      && !(i + 2 < tokens.length && tokens[i + 2].start - tokens[i + 1].end === 1 && !tokens[i + 1].possessive)
      && !(i > 0 && tokens[i].start - tokens[i - 1].end === 1 && !tokens[i - 1].possessive)
      && !ARTICLES_AND_POSSESSIVES.has(wordBefore(text, tokens[i].start).word)) classes[i] = 'given';
    // "a 3 A.M. Emergency Broadcast": a clock's "A.M." or "P.M." after its hour is no pair of initials
    else if (classes[i] === 'initial' && (tokens[i].text === 'A' || tokens[i].text === 'P') && i + 1 < tokens.length
      && tokens[i + 1].text === 'M' && tokens[i + 1].start === tokens[i].end + 1 && clockHourBefore(text, tokens[i].start)) {
      classes[i] = 'never'; classes[i + 1] = 'never';
    }
    // "Roe V. Wade", "Orr V. Kell": a "V." written in capitals between two names after no given name is "versus", a
    // case's name, and no middle initial ("Rohit V. Kumar")
    // (but in a photo credit, "(Photo by Quan V. Hollis/…)", only a photographer's name stands after the label)
    else if (tokens[i].text === 'V' && tokens[i].shape === 'initial' && i > 0 && i + 1 < tokens.length && classes[i - 1] !== 'given'
      && classes[i - 1] !== 'initial' && classes[i - 1] !== 'title' && tokens[i].start - tokens[i - 1].end === 1
      && !CREDIT_OPENING.test(text.slice(Math.max(0, tokens[i - 1].start - 24), tokens[i - 1].start))) classes[i] = 'never';
    // "Governor Abba Kabir Yusuf": right after a title, a given name the lists also hold as a firm's or a band's
    else if (classes[i] === 'org' && i > 0 && classes[i - 1] === 'title' && tokens[i].start - tokens[i - 1].end === 1
      && lex.givenNames.has(tokens[i].lower) && i + 1 < tokens.length && tokens[i + 1].start - tokens[i].end === 1
      && (classes[i + 1] === 'unknown' || classes[i + 1] === 'surname' || classes[i + 1] === 'given')) classes[i] = 'given';
    // "Tan Sri Wong", "Datuk Seri Anwar": Malaysia's titles of two words ("Sri Mulyani" alone is a given name)
    else if ((tokens[i].lower === 'sri' || tokens[i].lower === 'seri' || tokens[i].lower === 'paduka') && i > 0 && TITLES_BEFORE_SRI.has(tokens[i - 1].lower)
      && tokens[i].start - tokens[i - 1].end === 1) { classes[i - 1] = 'title'; classes[i] = 'title'; }
    // "Pak Bambang" is Mr Bambang, but "Pak Se-jin" a Korean family name before a hyphenated given name
    else if (tokens[i].lower === 'pak' && i + 1 < tokens.length && HYPHENATED_GIVEN().test(tokens[i + 1].text)) classes[i] = 'surname';
    // "Victoria Beckham", "Jordan Blake": a given name the lists hold as a place's or a firm's word, right before a
    // name's word, and after no preposition ("Exports to India Smith said rose")
    else if (GIVEN_NAMES_OF_PLACES.has(tokens[i].lower) && i + 1 < tokens.length && tokens[i + 1].start - tokens[i].end === 1
      && (classes[i + 1] === 'surname' || classes[i + 1] === 'unknown' || classes[i + 1] === 'given') && !PLACE_PREPOSITIONS.has(wordBefore(text, tokens[i].start).word)) classes[i] = 'given';
    // "Lucía Gómez del Río", "José Martínez de la Vega": a place's word after a lower-case particle that follows two
    // name words is a name's word (not "Santiago de Chile", nor three words that name a place the lists know)
    else if (classes[i] === 'place' && i >= 2 && classes[i - 1] === 'particle' && tokens[i - 1].shape !== 'capitalised'
      && tokens[i].start - tokens[i - 1].end === 1 && tokens[i - 1].start - tokens[i - 2].end === 1 && !tokens[i - 2].possessive
      && (classes[i - 2] === 'surname' || classes[i - 2] === 'unknown') && i >= 3 && tokens[i - 2].start - tokens[i - 3].end === 1
      && (classes[i - 3] === 'given' || classes[i - 3] === 'surname' || classes[i - 3] === 'unknown' || classes[i - 3] === 'initial')
      && !lex.places.has(`${tokens[i - 2].lower} ${tokens[i - 1].lower} ${tokens[i].lower}`)) classes[i] = 'surname';
    // "Garda Niamh Cusack said": the Irish police's rank before a given name and a surname is a title ("the Garda
    // Síochána", "Garda Commissioner" are the force); so is a school's "Dean" before a given name and a surname or
    // before a title ("Dean Joe Dieker announced", "Nursing Dean Ann B. Cole", "Dean Dr. Ruth Amos"), where "Dean
    // Smith" alone stays a given name and a surname
    else if ((tokens[i].lower === 'garda' || tokens[i].lower === 'dean') && i + 2 < tokens.length && tokens[i + 1].start - tokens[i].end === 1
      && ((classes[i + 1] === 'given' && tokens[i + 2].start - tokens[i + 1].end === 1 && !tokens[i + 1].possessive
      && (classes[i + 2] === 'surname' || classes[i + 2] === 'unknown' || classes[i + 2] === 'given' || classes[i + 2] === 'initial'))
      || (classes[i + 1] === 'title' && tokens[i].lower === 'dean'))) classes[i] = 'title';
    // "Brent St. Pierre", and "St. Pierre" alone in the same article: "St." before a word that it opens a surname with
    // after a given name is the surname's first word (candidates.ts)
    else if (stWords.size > 0 && tokens[i].text === 'St' && i + 1 < tokens.length && stWords.has(tokens[i + 1].lower)
      && tokens[i + 1].start === tokens[i].end + 2 && text.charCodeAt(tokens[i].end) === 46) classes[i] = 'surname';
    // "singer Finn Delaney", "Dane Ortiz said": a people's noun that is a given name too, right before one surname and
    // no third word, is the given name (not after an article, an age or a word that describes one of a people: "the
    // Finn Ranta", "the 24-year-old Dane Lund", "fellow Scot Kerr")
    else if (GIVEN_NATIONALS.has(tokens[i].lower) && tokens[i].shape === 'capitalised' && !tokens[i].possessive
      && i + 1 < tokens.length && tokens[i + 1].start - tokens[i].end === 1 && (classes[i + 1] === 'surname' || classes[i + 1] === 'unknown')
      && !(i + 2 < tokens.length && tokens[i + 2].start - tokens[i + 1].end === 1 && !tokens[i + 1].possessive)
      && !(i > 0 && tokens[i].start - tokens[i - 1].end === 1 && !tokens[i - 1].possessive) && !describesNational(wordBefore(text, tokens[i].start).word)) classes[i] = 'given';
    // "his father, Big Ray, a former player", "known as Little Rob": "Big" or "Little" inside a sentence before a given
    // name alone, opening the run, is a nickname's word, part of the name (not after "the": "the Big Ben clock")
    else if (NICKNAME_ADJECTIVES.has(tokens[i].lower) && !tokens[i].sentenceStart && tokens[i].shape === 'capitalised'
      && i + 1 < tokens.length && classes[i + 1] === 'given' && tokens[i + 1].start - tokens[i].end === 1 && text.charCodeAt(tokens[i].end) === 32
      && !(i + 2 < tokens.length && tokens[i + 2].start - tokens[i + 1].end === 1 && !tokens[i + 1].possessive)
      && !(i > 0 && tokens[i].start - tokens[i - 1].end === 1 && !tokens[i - 1].possessive) && wordBefore(text, tokens[i].start).word !== 'the') classes[i] = 'given';
  }
}

/** "3 A.M.", "11:30 P.M.": an hour's figure right before the token at `start`. */
function clockHourBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  const d = c === 32 ? text.charCodeAt(start - 2) : c;
  return d >= 48 && d <= 57;
}

/**
 * Whether token `i` is one of one or two single capital letters (no full stop, the first may be "A") right after a
 * person's title and right before one word that may be a name's and no second one ("Marshal A P Singh"; "I" never):
 * the title, the letters and the word on one line, a single space apart.
 */
function titledLetter(tokens: readonly Token[], classes: readonly WordClass[], i: number): boolean {
  const letter = (a: number) => a >= 0 && a < tokens.length && tokens[a].end - tokens[a].start === 1 && tokens[a].shape === 'capitalised'
    && tokens[a].text !== 'I' && !tokens[a].possessive;
  if (!letter(i)) return false;
  const next = (a: number) => a + 1 < tokens.length && tokens[a + 1].line === tokens[a].line && tokens[a + 1].start - tokens[a].end === 1;
  const first = i > 0 && letter(i - 1) && next(i - 1) ? i - 1 : i;
  if (first === 0 || !next(first - 1) || classes[first - 1] !== 'title' || (first === i - 1 && letter(first - 1))) return false;
  if (tokens[first].text !== 'A' && tokens[i].text === 'A') return false;
  const k = letter(first + 1) && next(first) ? first + 2 : first + 1;
  if (k >= tokens.length || !next(k - 1)) return false;
  // (two such words after the letters are read by singleLetterInitial, as without a title)
  const nameWord = (a: number) => tokens[a].shape === 'capitalised' && tokens[a].end - tokens[a].start > 1
    && (classes[a] === 'given' || classes[a] === 'surname' || classes[a] === 'unknown');
  return nameWord(k) && !(next(k) && nameWord(k + 1));
}

/**
 * Whether token `i` is one of one or two single capital letters (no full stop) right before two capitalised words that
 * may be a name's ("N R Narayana Murthy"): the letters and the words on one line, a single space apart, the letters
 * after no other capital letter or word of the name (a run's first words), and neither "I" nor "A".
 */
function singleLetterInitial(tokens: readonly Token[], classes: readonly WordClass[], i: number): boolean {
  const t = tokens[i];
  if (t.end - t.start !== 1 || t.shape !== 'capitalised' || t.text === 'I' || t.text === 'A' || t.possessive) return false;
  const adjacent = (a: number) => a + 1 < tokens.length && tokens[a + 1].line === tokens[a].line && tokens[a + 1].start - tokens[a].end === 1;
  const letter = (a: number) => tokens[a].end - tokens[a].start === 1 && tokens[a].shape === 'capitalised' && tokens[a].text !== 'I' && tokens[a].text !== 'A';
  // the first letter of the run: no letter or capitalised word right before it
  const opens = i === 0 || !adjacent(i - 1) || (!letter(i - 1) && tokens[i - 1].shape !== 'capitalised');
  const second = opens ? i : i - 1;
  if (!opens && !(letter(i - 1) && (i - 1 === 0 || !adjacent(i - 2) || tokens[i - 2].shape !== 'capitalised'))) return false;
  // after the letters (one or two), two capitalised words of more than one letter, the name's
  let k = second + 1;
  if (k < tokens.length && adjacent(second) && letter(k)) k++;
  // ("U Kyaw Min Thein": a lone "U" is Burma's honorific, which the name keeps)
  else if (tokens[second].text === 'U') return false;
  if (!adjacent(k - 1) || k + 1 >= tokens.length || !adjacent(k)) return false;
  const nameWord = (a: number) => tokens[a].shape === 'capitalised' && tokens[a].end - tokens[a].start > 1 && !tokens[a].possessive
    && (classes[a] === 'given' || classes[a] === 'surname' || classes[a] === 'unknown');
  return nameWord(k) && (nameWord(k + 1) || (tokens[k + 1].possessive && tokens[k + 1].shape === 'capitalised'));
}
