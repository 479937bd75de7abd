// Names written in capitals: headlines and results lines set in upper case ("HALVERSEN NAMED NORWAY CAPTAIN"), and
// newsletters that capitalise a surname ("RUIZ, 52, thanked voters"). Capitals say nothing of a name by themselves
// (most words in capitals are acronyms or a headline's words), so only a person the article names in ordinary case is
// read there.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { capitalCreditNames } from './capitalCreditLines';
import { wordSet } from '../../text/wordList';

/**
 * A word of two or more capitals, an apostrophe or hyphen inside it perhaps ("O'BRIEN", "AL-MASRI"); what may not stand
 * right before it (CHARACTER_BEFORE_WORD) is tested apart, because a pattern that opens with a look-behind is tried at
 * every character of the article, three times slower than one that opens with a capital. It is tried only where a
 * capital A-Z or a character beyond ASCII stands (capitalWords): tried from every character it cost more than the rest.
 */
const CAPITALS_WORD = lazyPattern(() => /\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}\d])/uy);
/** A character that makes a run of capitals part of a longer word ("McDONALD"), at the end of the text before it. */
const CHARACTER_BEFORE_WORD = lazyPattern(() => /[\p{L}\d'’-]$/u);
/**
 * Where the name in capitals before `start` begins: before the particles the entity writes before its surname
 * ("van der" of "Pieter van der Bergh"), where they stand in capitals right before it ("VAN DER BERGH").
 */
function capitalParticlesBefore(text: string, start: number, entity: string, lex: PeopleLexicon): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return start;
  const words = entity.split(' ');
  let from = start;
  for (let j = words.length - 2; j > 0; j--) {
    const w = words[j];
    if (w !== w.toLowerCase() || !lex.particles.has(w)) break;
    const before = from - 1 - w.length;
    if (before < 0 || text.charCodeAt(from - 1) !== 32 || text.slice(before, from - 1) !== w.toUpperCase()) break;
    if (before > 0 && /[\p{L}\d'’-]/u.test(text[before - 1])) break;
    from = before;
  }
  return from;
}

/** Words in capitals that open a base's or a place's name before a person's: "CAMP LEJEUNE", "FORT BRAGG". */
const BASE_OR_LAND = wordSet('CAMP FORT MOUNT CAPE PORT LAKE');

/** The possessive a word in capitals may end in: "HALVERSEN'S". */
const POSSESSIVE_END = /['’]S$/;

/**
 * Adds the mentions in capitals of the people `mentions` already name in full: a word in capitals that is the surname
 * of one such person (and of no other), or two that are a person's full name ("RUNA HALVERSEN"). `mentions` are sorted
 * by start; so is the result.
 */
export function namesInCapitals(text: string, found: readonly PersonMention[], lex: PeopleLexicon): PersonMention[] {
  const bylines = withCapitalBylines(text, found, lex);
  const mentions = capitalCreditNames(text, bylines, lex) ?? bylines;
  const bySurname = new Map<string, string | null>();
  const byFullName = new Map<string, string>();
  for (const m of mentions) {
    const words = m.entity.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1].toLowerCase();
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known === m.entity ? m.entity : null);
    byFullName.set(words[0].toLowerCase() + ' ' + surname, m.entity);
  }
  // "RONALDO SCORES TWICE" beside "striker Ronaldo … Ronaldo, 20,": a person of one name the article names twice or more
  const oneNamed = new Map<string, number>();
  for (const m of mentions) if (m.entity === m.text && !m.text.includes(' ')) oneNamed.set(m.entity, (oneNamed.get(m.entity) ?? 0) + 1);
  for (const [name, n] of oneNamed) if (n >= 2 && !bySurname.has(name.toLowerCase())) bySurname.set(name.toLowerCase(), name);
  // "MOBUTU TO RETURN HOME" beside "Mobutu Sese Seko … Mobutu's spokesman": the one word the article names a person by
  // alone, where it is no surname of another
  for (const m of mentions) {
    if (m.text === m.entity || m.text.includes(' ') || !m.entity.startsWith(m.text + ' ')) continue;
    const word = m.text.toLowerCase();
    if (!bySurname.has(word)) bySurname.set(word, m.entity);
  }
  if (bySurname.size === 0) return [...mentions];
  const added: PersonMention[] = [];
  const words = capitalWords(text).filter(m => !CHARACTER_BEFORE_WORD().test(text.slice(Math.max(0, m.index - 2), m.index)));
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const start = word.index;
    const next = words[k + 1];
    // "RUNA HALVERSEN": a given name and a surname, one space apart
    if (next && next.index === start + word[0].length + 1 && text.charCodeAt(start + word[0].length) === 32) {
      const name = stripPossessive(next[0]);
      const entity = byFullName.get(word[0].toLowerCase() + ' ' + name.toLowerCase());
      if (entity !== undefined) {
        added.push({ start, end: next.index + name.length, text: text.slice(start, next.index + name.length), entity });
        k++;
        continue;
      }
    }
    const surname = stripPossessive(word[0]);
    // ("CAMP LEJEUNE, N.C.", "FORT BRAGG": a base or a place named after the person, no mention of him)
    const previous = k > 0 ? words[k - 1] : undefined;
    if (previous && previous.index + previous[0].length + 1 === start && BASE_OR_LAND.has(previous[0])) continue;
    const entity = surname.length >= 3 ? bySurname.get(surname.toLowerCase()) : undefined;
    if (entity && !(titleInCapitals(text, start + word[0].length, next) && lineHasSmallLetters(text, start))) {
      // "VAN DER BERGH" of "Pieter van der Bergh": the entity's particles in capitals before the surname are the name's
      const from = capitalParticlesBefore(text, start, entity, lex);
      added.push({ start: from, end: start + surname.length, text: text.slice(from, start + surname.length), entity });
    }
  }
  if (added.length === 0) return [...mentions];
  return withFreeOnes(mentions, added);
}

/**
 * Whether a word in capitals has ": " and another word in capitals after it ("Presenting QUENBY: NIGHT AND DAY, from
 * May"): in a line of small letters that is a title in capitals (a tour's, a show's), no mention of the person.
 */
function titleInCapitals(text: string, end: number, next: CapitalWord | undefined): boolean {
  return next !== undefined && next.index === end + 2 && text.charCodeAt(end) === 58 && text.charCodeAt(end + 1) === 32;
}
/** Whether the line around `at` has a small letter a-z: no headline in capitals. */
function lineHasSmallLetters(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return /[a-z]/.test(text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end));
}

/** The words in capitals of `text` (CAPITALS_WORD), in order, as the pattern's global search finds them. */
type CapitalWord = { index: number; 0: string };
function capitalWords(text: string): CapitalWord[] {
  const words: CapitalWord[] = [];
  CAPITALS_WORD_START.lastIndex = 0;
  while (CAPITALS_WORD_START.test(text)) {
    const i = CAPITALS_WORD_START.lastIndex - 1;
    CAPITALS_WORD().lastIndex = i;
    const m = CAPITALS_WORD().exec(text);
    if (m) { words.push({ index: i, 0: m[0] }); CAPITALS_WORD_START.lastIndex = i + m[0].length; }
  }
  return words;
}
/**
 * Where CAPITALS_WORD may begin: a capital A-Z or a character beyond ASCII (a UTF-16 unit: half of a letter beyond the
 * first plane too), but none of the General Punctuation's (curly quotes, dashes: no letter among them), and not before
 * a lower-case a-z, as most capitals stand. A search of this simple pattern is compiled code from a run's first
 * article, where a loop over every character ran in V8's interpreter for most of a short command line run (13-33 ms
 * of CPU over 1 MB, against 1-2 ms once optimised).
 */
const CAPITALS_WORD_START = /[A-Z\u0080-\u1fff\u2070-\uffff](?![a-z])/g;

/**
 * `found` (sorted by start) and those of `added` that overlap none of it, sorted by start. A mention overlaps `found`
 * when one of found's mentions starting before its end ends after its start: the greatest end of found's mentions up to
 * that point says so, one binary search a mention, where comparing each with each grew with the square of a long text.
 */
export function withFreeOnes(found: readonly PersonMention[], added: readonly PersonMention[]): PersonMention[] {
  const greatestEnd: number[] = [];
  for (const m of found) greatestEnd.push(Math.max(m.end, greatestEnd[greatestEnd.length - 1] ?? 0));
  const free = added.filter(a => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid].start < a.end) lo = mid + 1; else hi = mid;
    }
    return lo === 0 || greatestEnd[lo - 1] <= a.start;
  });
  return [...found, ...free].sort((a, b) => a.start - b.start);
}

function stripPossessive(word: string): string {
  return POSSESSIVE_END.test(word) ? word.slice(0, -2) : word;
}

/**
 * A byline on its own line: "By", then the line up to an ordinary-case outlet or place (", Reuters", " in Lagos"). A
 * wire or paper sets the writer's name there in capitals ("By MIRA QUELL and OMAR HASSAN, Reuters"), where nothing else
 * stands. Bounded: a line of at most 160 characters.
 */
const BYLINE_LINE = /^[ \t>*_]*(By|BY|[-—–]|--)[ \t]+([^\n]{3,160})$/gmu;
/**
 * After a dash the line must hold the names alone, or with the writer's e-mail address (which the reading view has
 * blanked to spaces, whatever follows it): "- MIRA QUELL", "— OMAR HASSAN omar.hassan@example.com", as some papers
 * set a byline and letters pages a signature (a dash opens list items too, so nothing else may follow: "- TOM REED WINS"
 * is no byline).
 */
const AFTER_DASH_NAMES = /^(?:[ \t]*\r?$|[ \t]{7,}\S)/u;
/**
 * One name in capitals: two to four words, initials allowed ("MIRA QUELL", "J. R. OKAFOR", "AISHA AL-MASRI"); no word
 * after a longer gap, where the reading view blanked an e-mail address ("MIRA QUELL mira@example.com VERNON").
 */
const CAPITALS_NAME = lazyPattern(() => /^(?:\p{Lu}\.[ \t]?){0,2}\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ \t]{1,3}(?!AND[ \t])(?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]*\p{Lu})){0,3}/u);
/** Between two names of a byline: a comma, "and", "&". */
const BYLINE_JOIN = /^(?:,[ \t]*(?:and[ \t]+|AND[ \t]+)?|[ \t]+(?:and|AND|&)[ \t]+)/;

/**
 * The people of bylines set in capitals, added to `found` (sorted by start) where no mention stands there already. A
 * name's words must read as a name: no word of a title, a role, an agency or a firm ("By STAFF REPORTER", "BY THE
 * ASSOCIATED PRESS"), and a first word that is a given name, or else no word of the language at all.
 */
function withCapitalBylines(text: string, found: readonly PersonMention[], lex: PeopleLexicon): readonly PersonMention[] {
  // (first without Unicode classes, each capital an ASCII one or any code unit beyond ASCII: a superset, cheap to compile)
  if (!/(?:\b(?:By|BY)|^[ \t>*_]*(?:[-—–]|--))[ \t]+[A-Z\u0080-\uffff][A-Z.\u0080-\uffff]/m.test(text)
    || !/(?:\b(?:By|BY)|^[ \t>*_]*(?:[-—–]|--))[ \t]+\p{Lu}[\p{Lu}.]/mu.test(text)) return found;
  const added: PersonMention[] = [];
  for (const line of text.matchAll(BYLINE_LINE)) {
    let at = line.index + line[0].length - line[2].length;
    let rest = line[2];
    const dash = line[1] !== 'By' && line[1] !== 'BY';
    const names: PersonMention[] = [];
    let tail = rest;
    for (;;) {
      const m = CAPITALS_NAME().exec(rest);
      // (a name must end at a word's end: "MIRA QUELLs" is no name in capitals)
      if (!m || /^[\p{L}\d]/u.test(rest.slice(m[0].length))) break;
      const words = m[0].split(/[ \t]+|(?<=\.)(?=\p{Lu})/u);
      // ("BY KELVIN DANLADI ISA": after "By", a first word of the language before two or more names' words is the writer's)
      if (words.length < 2 || !(namelike(words, lex) || (!dash && words.length >= 3 && namelike(words.slice(1), lex)))
        || (dash && !dashNamelike(words, lex))) break;
      names.push({ start: at, end: at + m[0].length, text: m[0], entity: titleCase(words) });
      tail = rest.slice(m[0].length);
      if (dash && AFTER_DASH_NAMES.test(tail)) break;
      const join = BYLINE_JOIN.exec(rest.slice(m[0].length));
      if (!join) break;
      at += m[0].length + join[0].length;
      rest = rest.slice(m[0].length + join[0].length);
    }
    // (after a dash, only names that end their line, or stand before the e-mail address, make a byline)
    if (dash && !AFTER_DASH_NAMES.test(tail)) continue;
    added.push(...names);
  }
  if (added.length === 0) return found;
  return withFreeOnes(found, added);
}

/** What a byline names instead of a writer: "By SPORTS DESK", "BY WIRE SERVICES", "By NEWS STAFF". */
export const NEWSROOM = wordSet('desk staff writer writers team board bureau newsroom service'
  + ' services wire wires agency agencies news sport sports reporters editors online');

export function namelike(words: readonly string[], lex: PeopleLexicon): boolean {
  const lower = words.map(w => w.toLowerCase().replace(/\.$/, ''));
  for (const w of lower) {
    if (NEWSROOM.has(w) || lex.neverNames.has(w) || lex.titles.has(w) || lex.roleNouns.has(w) || lex.corporateWords.has(w)
      || lex.nonPersonWords.has(w) || lex.organisations.has(w) || lex.demonyms.has(w)) return false;
  }
  if (lower[0].length > 1 && lex.givenNames.has(lower[0])) return true;
  // ("SPORTS DESK": a plural of a word of the language is one too)
  return lower.every(w => w.length === 1 || (!lex.commonWords.has(w) && !lex.places.has(w)
    && !(w.endsWith('s') && lex.commonWords.has(w.slice(0, -1)))));
}

/**
 * After a dash (which opens list items in capitals too: "- TOM REED WINS"), every word after the first must be a surname
 * or no word of the language, and the name two or three words long.
 */
function dashNamelike(words: readonly string[], lex: PeopleLexicon): boolean {
  if (words.length > 3) return false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k].toLowerCase().replace(/\.$/, '');
    if (w.length > 1 && !lex.surnames.has(w) && (lex.commonWords.has(w) || (w.endsWith('s') && lex.commonWords.has(w.slice(0, -1))))) return false;
  }
  return true;
}

/** "MIRA QUELL" → "Mira Quell", "O'BRIEN" → "O'Brien", "AL-MASRI" → "Al-Masri". */
export function titleCase(words: readonly string[]): string {
  return words.map(w => w.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, lead: string, c: string) => lead + c.toUpperCase())).join(' ');
}
