// The edges of a name as a newsroom's text shows them, mended once the mentions are linked. Each rule reads the
// characters at a mention's edges or the other mentions of the same article, never a list of names:
//  - a bracket that opens or closes outside the name: "President (Orla) Dunne's" is read "Orla) Dunne", the editor's
//    bracketed first name cut at its bracket;
//  - a capital and a stop glued to the word before ("… beat Western A&M. Kaleo threw"): the stop ends the sentence and
//    the letter is the end of "A&M", no initial of the next name;
//  - a descriptor in one hyphenated word before a surname ("Right-hander Kowal"): the surname is the person, as the
//    article names him elsewhere;
//  - a teaser's verb before its colon after the name ("Dana Reyes Reports:"), a byline's "Former" before a trade;
//  - a title-case headline whose verb follows the name ("Former Mayor Ada Quist Dies At 90"), where the article's body
//    names the person without it;
//  - a team's or a place's name run onto a full name before its possessive ("… a mistake gifted Lena Marsh Corvale's
//    third"), where the article writes the last word alone and never as a person's;
//  - a middle initial in capitals without its stop between a given name and a surname ("named Tomas B Aldana");
//  - a short family name before a given name of two syllables joined by a hyphen, the second in lower case ("Son
//    Eun-jin" read "Eun-jin" where "Son" is a word too);
//  - the last word a common noun that names a thing, never a person's name: a bowl game, a school ("Tech"), a gang or
//    cartel, a policy page, a weapon, a show's season, a studio.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** Nouns that end the name of a thing, a group or a page and never a person's name. */
const THING_HEADS = wordSet('bowl tech cartel cartels gang gangs syndicate mafia militia policy'
  + ' policies sword swords rifle shotgun'
  // (a show's season or episode, a studio, a page's reviews, a kind of music: "Louie Season 5", "Black Barn Studio")
  + ' season episode studio studios reviews music');

/** A hyphenated word of which the second part is in lower case: "Left-hander", "Co-founder", "Ex-captain". */
const HYPHENED_DESCRIPTOR = lazyPattern(() => /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u);
/** (a hyphen and a small letter, tested first: the pattern's letter classes are dear to compile) */
const hyphenedDescriptor = (word: string): boolean => /^[^\s-]+-[a-z\u0080-\uffff]/.test(word) && HYPHENED_DESCRIPTOR().test(word);

/** "Chancellor-designate", "Premier-in-waiting", "Attorney-General": a title joined to its office's other words. */
function titledHyphen(word: string, lex: PeopleLexicon): boolean {
  if (!TITLE_HYPHENS().test(word)) return false;
  const parts = word.toLowerCase().split('-');
  return lex.titles.has(parts[parts.length - 1]) || (lex.titles.has(parts[0]) && word.slice(parts[0].length) === word.slice(parts[0].length).toLowerCase());
}
const TITLE_HYPHENS = lazyPattern(() => /^\p{Lu}\p{Ll}+(?:-\p{L}+)+$/u);

/** Letters, digits and "&" glued to the left of an initial: the initial is the end of a word ("A&M.", "3M."). */
const GLUED_BEFORE = lazyPattern(() => /[\p{L}\p{N}&]/u);
/** Is the character at `at` glued to an initial after it (GLUED_BEFORE)? An ASCII one is read from its code: the
 *  pattern's Unicode classes cost some 0.3 ms to compile. */
function gluedBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38;
  return GLUED_BEFORE().test(text[at]);
}

/**
 * The mentions with their edges mended, or dropped where the whole is a thing's name. A mention that was its own
 * entity carries its new text as entity, and so do the mentions linked to it. Cost: a look at each mention's own
 * characters; the headline rule reads the line of the few mentions of three words or more.
 */
export function withBoundsMended(text: string, found: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  if (found.length === 0) return found;
  const mentions = withBareInitialNames(text, found, lex);
  const entities = new Set(mentions.map(m => m.entity));
  const renamed = new Map<string, string>();
  // long forms cut before a possessive, with the word cut off (its mentions alone are no person)
  const ownerCut = new Map<string, string>();
  for (const m of mentions) {
    if (m.text !== m.entity || !possessiveAfter(text, m.end) || ownerCut.has(m.entity)) continue;
    const owned = nameBeforeOwner(text, m, mentions);
    if (owned !== undefined) ownerCut.set(m.entity, m.text.slice(owned.length + 1));
  }
  const out: PersonMention[] = [];
  let changed = false;
  const wordBefore = wordsBeforeEveryFullForm(text, mentions, lex);
  for (const m of mentions) {
    if (thingNamed(m.entity)) { changed = true; continue; }
    let start = m.start;
    let end = m.end;
    // brackets: cut where a bracket stands that has no partner inside the name
    const closer = unmatchedCloser(m.text);
    if (closer >= 0) start = m.start + closer + 1;
    const opener = unmatchedOpener(text.slice(start, end));
    if (opener >= 0) end = start + opener;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    // an initial glued to the word before: "A&M. Kaleo"
    if (/^\p{Lu}\.[ \t]+\p{Lu}/u.test(text.slice(start, end)) && start > 0 && gluedBefore(text, start - 1)) {
      start += 2;
      while (start < end && /[ \t]/.test(text[start])) start++;
    }
    let entity = m.entity;
    // a family name before a hyphenated given name, read as a word: "Ha Eun-jin" read "Eun-jin"
    if (start === m.start) {
      const family = familyNameBefore(text, start, end, lex);
      if (family !== undefined) start = family;
    }
    // a first word the reading dropped, written before every full form of the name
    const w = wordBefore.get(m.entity);
    if (w !== undefined && start === m.start && m.text === m.entity) { start -= w.length + 1; entity = `${w} ${m.entity}`; }
    else if (w !== undefined && entity === m.entity) entity = `${w} ${m.entity}`;
    // a hyphenated descriptor before a surname the article names elsewhere
    const space = text.indexOf(' ', start);
    if (space > start && space < end && hyphenedDescriptor(text.slice(start, space))) {
      const rest = text.slice(space + 1, end);
      const owner = ownerOf(rest, mentions, m);
      if (owner !== undefined) { start = space + 1; entity = owner; }
    }
    // an office in one hyphenated word before a full name, "Chancellor-designate Ina Roth", "Chancellor-in-waiting Ina
    // Roth", "Solicitor-General Ina Roth": a title is its first word before lower-case ones, or its last
    if (space > start && space < end && start === m.start && titledHyphen(text.slice(start, space), lex) && text.indexOf(' ', space + 1) > 0
      && text.indexOf(' ', space + 1) < end) { start = space + 1; if (entity === m.entity) entity = text.slice(start, end); }
    // a judge's letters after the surname, as courts in England and Australia write them ("Levine J", "Treacy LJ",
    // "Steel JJ"): no initial, which a person's name has before its surname or with its full stop
    if (end === m.end && text.charCodeAt(end - 1) === 74 /* J */ && text.charCodeAt(end) !== 46) end -= judgesLetters(text, start, end);
    // a teaser's verb before its colon, or a byline's "Former" before the writer's trade, after a name of two words or
    // more: "… Dana Reyes Reports:", "Ola Hart Former senior reporter"
    if (end === m.end) end -= labelWordAfterName(text, start, end);
    // a headline's verb after the name
    if (end - start === m.end - m.start) {
      const prefix = headlineNameBefore(text, m, entities, mentions);
      if (prefix !== undefined) { end = m.start + prefix.length; entity = prefix; }
      else if (m.text === m.entity && ownerCut.has(m.entity)) {
        end = m.end - (ownerCut.get(m.entity) as string).length - 1;
        entity = text.slice(m.start, end);
      }
    }
    if (ownerCut.has(m.entity) && m.text === ownerCut.get(m.entity)) { changed = true; continue; }
    if (start === m.start && end === m.end && entity === m.entity) { out.push(m); continue; }
    changed = true;
    if (end <= start || !/\p{L}/u.test(text.slice(start, end))) continue;
    const cut = text.slice(start, end);
    if (m.entity === m.text && entity === m.entity) entity = cut;
    if (m.entity === m.text) renamed.set(m.entity, entity);
    out.push({ start, end, text: cut, entity });
  }
  if (!changed) return mentions;
  if (renamed.size === 0) return out;
  return out.map(m => (renamed.has(m.entity) && m.entity !== renamed.get(m.entity) && m.text !== m.entity
    ? { ...m, entity: renamed.get(m.entity) as string } : m));
}

/** Capitalised words a page writes right after a name that are no part of it (see labelWordAfterName). */
const LABEL_WORDS = wordSet('Reports Reporting Says Writes Former');

/**
 * How many characters the last word of a name of two words or more and the blank before it take where that word is a
 * teaser's verb before a colon ("Dana Reyes Reports:", "Ann Lee Says:") or "Former" before a trade in lower case ("Ola
 * Hart Former senior reporter", a byline's line run on); none otherwise.
 */
function labelWordAfterName(text: string, start: number, end: number): number {
  const space = text.lastIndexOf(' ', end - 1);
  if (space <= start) return 0;
  const word = text.slice(space + 1, end);
  if (!LABEL_WORDS.has(word)) return 0;
  const after = text.slice(end, end + 3);
  return (word === 'Former' ? /^[ \t][a-z]/.test(after) : after.startsWith(':')) ? end - space : 0;
}

/** How many characters a judge's letters ("J", "JJ", "LJ", "CJ") and the blank before them take at the end of a name
 *  of at least one word before them; none if the name ends otherwise. */
function judgesLetters(text: string, start: number, end: number): number {
  const lead = text.charCodeAt(end - 2);
  const size = lead === 32 ? 2 : (lead === 74 || lead === 76 || lead === 67) && text.charCodeAt(end - 3) === 32 ? 3 : 0;
  return size > 0 && end - size - start >= 2 && /\p{Ll}/u.test(text.slice(start, end - size)) ? size : 0;
}

/** A given name of two syllables joined by a hyphen, the second in lower case: "Eun-jin", "Jae-won", "Thi-lan". */
const HYPHENED_GIVEN = lazyPattern(() => /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}(?![\p{L}-])/u);
/** A short capitalised word and one space before it: "Son ", "Ha ", "Oh ". */
const SHORT_FAMILY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\p{N}'’.&-])(\p{Lu}\p{Ll}{1,3}) $/u);

function familyNameBefore(text: string, start: number, end: number, lex: PeopleLexicon): number | undefined {
  const word = text.slice(start, end);
  // (a hyphen and a small letter after a short word, tested first: the pattern's letter classes are dear to compile)
  if (!/^[^\s-]{2,10}-[a-z\u0080-\uffff]/.test(word) || !HYPHENED_GIVEN().test(word)) return undefined;
  const found = SHORT_FAMILY_BEFORE().exec(text.slice(Math.max(0, start - 6), start));
  if (!found) return undefined;
  const lower = found[1].toLowerCase();
  if (lex.skippedWords.has(lower) || lex.neverNames.has(lower) || lex.titles.has(lower)) return undefined;
  const at = start - found[1].length - 1;
  // (a role written with its capital mid-sentence is no role: "captain Son Eun-jin"; "Son Eun-jin" opening a
  // sentence may be "Son", a son's role, and is left as it was)
  if (lex.roleNouns.has(lower) && !/[\p{Ll},][ \t]$/u.test(text.slice(Math.max(0, at - 2), at))) return undefined;
  return at;
}

/** A capitalised word of letters and one space before a full form, after a word in lower case; group 1 the word. */
const CAPITAL_WORD_BEFORE = lazyPattern(() => /\p{Ll}[ \t](\p{Lu}\p{Ll}{2,}) $/u);

/**
 * Names of two words or more, written in full at least twice, each time after the same capitalised word that no list
 * knows as anything but a name's word ("the body of Wirantu Amir Karsa … hunted Wirantu Amir Karsa"): the word is the
 * name's first, dropped where the reading did not know it. Keyed by the entity, the word as value.
 */
function wordsBeforeEveryFullForm(text: string, mentions: readonly PersonMention[], lex: PeopleLexicon): Map<string, string> {
  const seen = new Map<string, string | null>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (m.text !== m.entity || !m.text.includes(' ') || seen.get(m.entity) === null) continue;
    const found = CAPITAL_WORD_BEFORE().exec(text.slice(Math.max(0, m.start - 20), m.start));
    const word = found?.[1];
    if (word === undefined || (seen.has(m.entity) && seen.get(m.entity) !== word) || !nameWordOnly(word.toLowerCase(), lex)) {
      seen.set(m.entity, null);
      continue;
    }
    seen.set(m.entity, word);
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [entity, word] of seen) if (word !== null && (count.get(entity) ?? 0) >= 2) out.set(entity, word);
  return out;
}

function nameWordOnly(lower: string, lex: PeopleLexicon): boolean {
  for (const set of [lex.skippedWords, lex.neverNames, lex.titles, lex.roleNouns, lex.demonyms, lex.places, lex.organisations,
    lex.placeOrOrgLeads, lex.organisationNounsBefore, lex.nonPersonWords, lex.corporateWords, lex.commonWords]) if (set.has(lower)) return false;
  return true;
}

/** "Tomas B " before a surname: a given name, a capital alone with no stop; group 1 the given name. */
const GIVEN_AND_BARE_INITIAL = lazyPattern(() => /(?:^|[^\p{L}\p{N}'’.&-])(\p{Lu}\p{Ll}+) \p{Lu} $/u);

/** A capital standing alone after a space and before one ("B" of "Edmund B Halloran"): the match ends at that space. */
const BARE_CAPITAL = lazyPattern(() => / \p{Lu}(?= )/gu);

/**
 * A surname the article names alone as a person's ("Halloran, 61, said") that it also writes after a given name and a
 * capital without its stop ("named Edmund A Halloran"), which the reading of words took for the article "A": the full
 * name is added there and the surname alone linked to it. Cost: one look through the text for the capitals standing
 * alone, and then a look at each of them for each surname named alone (an article has few; eight at most are looked for).
 */
function withBareInitialNames(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  const added: PersonMention[] = [];
  const relink = new Map<string, string>();
  let looks = 0;
  // where a space follows a capital standing alone, the only places GIVEN_AND_BARE_INITIAL can end: found once (each
  // surname was searched for through the whole text, eight searches an article, 1% of the scan of a megabyte)
  let bareCapitalEnds: number[] | undefined;
  for (const m of mentions) {
    if (m.text !== m.entity || m.text.includes(' ') || relink.has(m.entity) || looks >= 8) continue;
    looks++;
    relink.set(m.entity, m.entity);
    bareCapitalEnds ??= Array.from(text.matchAll(BARE_CAPITAL()), b => b.index + b[0].length);
    for (const at of bareCapitalEnds) {
      if (!text.startsWith(m.text, at + 1)) continue;
      const end = at + 1 + m.text.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const found = GIVEN_AND_BARE_INITIAL().exec(text.slice(Math.max(0, at - 24), at + 1));
      if (!found || !lex.givenNames.has(found[1].toLowerCase())) continue;
      const start = at + 1 - found[0].length + found[0].indexOf(found[1]);
      const full = text.slice(start, end);
      if (relink.get(m.entity) === m.entity) relink.set(m.entity, full);
      added.push({ start, end, text: full, entity: relink.get(m.entity) as string });
    }
  }
  if (added.length === 0) return mentions;
  const covered = (n: PersonMention) => added.some(a => a.start <= n.start && n.end <= a.end);
  const out = mentions.filter(n => !covered(n)).map(n => (relink.get(n.entity) ?? n.entity) === n.entity ? n
    : { ...n, entity: relink.get(n.entity) as string });
  return [...out, ...added].sort((x, y) => x.start - y.start);
}

/**
 * The full name before a last word that owns what follows ("Lena Marsh Corvale's third"), where that word is written
 * alone elsewhere in the article, not after the name's other words, and no mention of that word alone is linked to the
 * name: the name without it. Only names of three words
 * or more are read, so that what is left is a full name.
 */
function nameBeforeOwner(text: string, m: PersonMention, mentions: readonly PersonMention[]): string | undefined {
  if (m.text !== m.entity) return undefined;
  const space = m.text.lastIndexOf(' ');
  if (space < 0 || m.text.indexOf(' ') === space) return undefined;
  const last = m.text.slice(space + 1);
  let earlier = false;
  for (const n of mentions) {
    if (n.entity !== m.entity) continue;
    // (the long form written once, before its possessive)
    if (n.text === m.text && !possessiveAfter(text, n.end)) return undefined;
    if (n.text === last && n.start < m.start && !titleCaseLine(text, n.start)) earlier = true;
  }
  return earlier && possessiveAfter(text, m.end) ? m.text.slice(0, space) : undefined;
}

function possessiveAfter(text: string, end: number): boolean {
  const next = text.slice(end, end + 2);
  return next === "'s" || next === '’s';
}

function thingNamed(entity: string): boolean {
  const space = entity.lastIndexOf(' ');
  return space > 0 && THING_HEADS.has(entity.slice(space + 1).toLowerCase());
}

/** Where a closing bracket stands in the name with no opening one before it inside the name; -1 where none does. */
function unmatchedCloser(s: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth > 0) depth--;
      else last = i;
    }
  }
  return last;
}

/** Where an opening bracket stands in the name that is not closed inside it; -1 where none does. */
function unmatchedOpener(s: string): number {
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') stack.push(i);
    else if ((c === ')' || c === ']') && stack.length > 0) stack.pop();
  }
  return stack.length > 0 ? stack[0] : -1;
}

/** The entity of another mention that is `rest` or ends with it as its surname; undefined where the article has none. */
function ownerOf(rest: string, mentions: readonly PersonMention[], self: PersonMention): string | undefined {
  for (const n of mentions) {
    if (n === self || n.entity === self.entity) continue;
    if (n.text === rest || n.entity === rest || n.entity.endsWith(` ${rest}`)) return n.entity;
  }
  return undefined;
}

/**
 * The name at the head of a mention of three words or more, in a title-case line, where the article has that name as
 * an entity of its own, every mention of the long form stands in such a line, and the words after it are capitalised words of the headline ("Ada Quist Dies", "Ada Quist
 * Still Held"): the name alone.
 */
function headlineNameBefore(text: string, m: PersonMention, entities: ReadonlySet<string>,
  mentions: readonly PersonMention[]): string | undefined {
  if (m.text !== m.entity) return undefined;
  const words = m.text.split(' ');
  if (words.length < 3) return undefined;
  for (let k = words.length - 1; k >= 2; k--) {
    const prefix = words.slice(0, k).join(' ');
    if (prefix === m.entity || !entities.has(prefix)) continue;
    // (the long form written in running prose too, "Ada Quist Niamh said", is the whole name)
    for (const n of mentions) if (n.text === m.entity && !titleCaseLine(text, n.start)) return undefined;
    return prefix;
  }
  return undefined;
}

/** Whether the line holding `at` is written in title case: no word of four letters or more opens in lower case. */
function titleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  if (to - from > 200) return false;
  for (const w of text.slice(from, to).match(/(?<![\p{L}'’-])\p{Ll}\p{L}{3,}/gu) ?? []) if (!SMALL_WORDS.has(w)) return false;
  return true;
}

/** Words a title-case headline leaves in lower case. */
const SMALL_WORDS = wordSet('with from into onto upon over after amid than that near about'
  + ' before under without against');
