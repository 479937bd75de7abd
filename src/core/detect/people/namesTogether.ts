// Names read with the names beside them once every name of the article is found: a firm named after two people, a
// product's model counted in the plural, a couple's given name, a list of people (a team's line-up: lineUps.ts).
import type { Token } from './tokenize';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import type { WordClass } from './classify';
import type { NameFinding } from './link';
import { nameKey } from './mentionCues';
import { lazyPattern } from '../../text/lazyPattern';

/** "340 Skyliners", "12 Albatrosses": a count before a capitalised plural, the models of a product. */
const COUNTED_MODELS = lazyPattern(() => /\b\d[\d,]*[ \t]+(\p{Lu}\p{Ll}+?)(?:es|s)\b/gu);

/**
 * "a Corvin Skyliner bound for Kelso … 340 Skyliners in use": a name whose last word the article counts in the plural
 * is a product's model, where its first word is no given name and nothing personal is said of it. (A last word the
 * article uses alone as a firm's is not enough: "founder Augustin Brenner" beside "Brenner sold 1.2 million cars".)
 */
export function modelNames(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  personal: ReadonlySet<string>, titled: ReadonlySet<NameFinding>): void {
  let counted: Set<string> | undefined;
  for (const f of findings) {
    if (!f.person || f.first === f.last || titled.has(f) || classes[f.first] === 'given') continue;
    const last = tokens[f.last].lower;
    if (personal.has(last) || personal.has(nameKey(tokens, f))) continue;
    if (!counted) {
      counted = new Set();
      for (const m of text.matchAll(COUNTED_MODELS())) counted.add(m[1].toLowerCase());
    }
    if (counted.has(last)) { f.person = false; f.firm = true; }
  }
}

/**
 * "Hawthorne Clarke has hired 200 engineers … founded by Jane Hawthorne and Ian Clarke": the surnames of two people
 * the article names together ("A and B"), in that order, are a firm named after them both wherever nothing personal
 * is said of the pair itself.
 */
export function namedAfterTwoPeople(text: string, tokens: readonly Token[], findings: NameFinding[], personal: ReadonlySet<string>,
  ownEvidence: ReadonlyMap<NameFinding, number>): void {
  let pairs: Set<string> | undefined;
  for (let i = 0; i + 1 < findings.length; i++) {
    const a = findings[i];
    const b = findings[i + 1];
    if (!a.person || !b.person || a.last === a.first || b.last === b.first) continue;
    if (!/^,?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/.test(text.slice(tokens[a.last].end, tokens[b.first].start))) continue;
    (pairs ??= new Set()).add(tokens[a.last].lower + ' ' + tokens[b.last].lower);
  }
  if (!pairs) return;
  for (const f of findings) {
    if (f.last !== f.first + 1 || ownEvidence.has(f)) continue;
    const key = nameKey(tokens, f);
    if (!pairs.has(key) || personal.has(key)) continue;
    f.person = false;
    f.firm = true;
  }
}

/**
 * "Tom and Rosa Reyes, who run the bakery", "Charles and Nonda Clatt": a given name alone before "and" and a person's
 * full name that opens with a given name, or a word no list knows, is a person too (the couple share the surname).
 */
export function givenNamesOfCouples(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < findings.length; i++) {
    const f = findings[i];
    const next = findings[i + 1];
    if (f.person || f.firm || f.first !== f.last || classes[f.first] !== 'given' || tokens[f.first].possessive) continue;
    // (the full name may open with a given name no list knows: "Charles and Nonda Clatt")
    if (!next.person || next.last === next.first || (classes[next.first] !== 'given' && classes[next.first] !== 'unknown')) continue;
    const t = tokens[f.first];
    if (t.sentenceStart && lex.commonWords.has(t.lower)) continue;
    if (/^[ \t]{1,2}(?:and|&)[ \t]{1,2}$/.test(text.slice(t.end, tokens[next.first].start))) f.person = true;
  }
}

/** ", " between two names of a list, or its last ", and " / " and ". */
const LIST_COMMA = /^,[ \t]{1,2}$/;
const LIST_AND = /^,?[ \t]{1,2}and[ \t]{1,2}$/;

/**
 * "three up on Rio Andenni, Chukel Pefeka and Zuan Guchubel": in a list of three full names or more, two of them people
 * by their own evidence, every other full name of words a name is made of is a person too.
 */
export function namesListedWithPeople(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  findings: NameFinding[]): void {
  let start = 0;
  for (let i = 1; i < findings.length; i++) {
    const gap = text.slice(tokens[findings[i - 1].last].end, tokens[findings[i].first].start);
    if (LIST_COMMA.test(gap)) continue;
    if (LIST_AND.test(gap) && i - start >= 2) markList(tokens, classes, findings, start, i);
    start = i;
  }
}

function markList(tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[], first: number, last: number): void {
  let people = 0;
  for (let k = first; k <= last; k++) if (findings[k].person) people++;
  if (people < 2) return;
  for (let k = first; k <= last; k++) {
    const f = findings[k];
    if (!f.person && !f.firm && f.last > f.first && nameLike(tokens, classes, f)) f.person = true;
  }
}

/** Every word of the finding one a name is made of (no place, organisation or word of the language), one of them more
 *  than a particle or an initial, and no possessive. */
export function nameLike(tokens: readonly Token[], classes: readonly WordClass[], f: NameFinding): boolean {
  if (tokens[f.last].possessive) return false;
  let words = 0;
  for (let k = f.first; k <= f.last; k++) {
    const c = classes[k];
    if (c === 'unknown' || c === 'given' || c === 'surname') words++;
    else if (c !== 'particle' && c !== 'initial') return false;
  }
  // (a particle or an initial alone is no name: the "de" of a name the line breaks)
  return words > 0;
}

/** Before a listed name on its line: a label and a colon ("Interior: "), or a bullet ("- ", "• "). */
const ENTRY_LABEL_BEFORE = /^[ \t]*(?:[-*•][ \t]+)?[^:\n]{1,40}:[ \t]+$/u;
const LABEL_OF_A_THING = /\b(?:film|films|movie|album|song|single|book|novel|play|series|show|picture|documentary|record|title|team|club|side|sponsors?|partners?|venue|company|firm|brand|product|winner)\b/iu;
const ENTRY_BULLET_BEFORE = /^[ \t]*[-*•][ \t]+$/u;
/** Before a listed name on its line: a label and a dash ("Harbour Elementary - "), perhaps a name and "&" after it
 *  ("Best Pie – Ada Kell & "). */
const ENTRY_DASH_BEFORE = lazyPattern(() => /^[ \t]*[^:\n–—]{1,50}?[ \t]+[-–—][ \t]+(?:(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:&|and)[ \t]+)?$/u);
/** After it: the line's end, or "&" and a second name. */
const ENTRY_DASH_AFTER = lazyPattern(() => /^[ \t]*$|^[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]*$/u);
/** What ENTRY_DASH_AFTER needs first: nothing, or a blank (a comma after the name let a debate's line compile it). */
function mayEndEntry(after: string): boolean {
  const c = after.charCodeAt(0);
  return after.length === 0 || c === 32 || c === 9;
}
/** A dash between spaces and a capital after the label of an entry. */
const DASH_THEN_NAME = lazyPattern(() => /^[ \t]+[-–—][ \t]+\p{Lu}/u);
/** DASH_THEN_NAME in the four characters after `end`, where only " - X" fits it: its blank and dash are tested first. */
function dashThenName(text: string, end: number): boolean {
  const blank = text.charCodeAt(end);
  const dash = text.charCodeAt(end + 1);
  return (blank === 32 || blank === 9) && (dash === 45 || dash === 0x2013 || dash === 0x2014) && DASH_THEN_NAME().test(text.slice(end, end + 4));
}
/** The rest of an entry's line, one blank line and the next line's label. */
const BLANK_LINE_BETWEEN = /^[^\n]*\n[ \t\r]*\n[^\n]*$/;
/** After a name a bullet opens: a dash or a colon and what the person holds ("– Road Transport", ": Finance"). */
const ENTRY_HOLDS_AFTER = /^[ \t]+[–—:-][ \t]+\S/u;

/**
 * "Interior: Kipchumba Murkomen / Treasury: John Mbadi / Defence: Soipan Tuya", "- Nitin Gadkari – Road Transport": in a
 * list of three lines or more in a row, each a label and a name that ends the line (or a bullet, a name and what it
 * holds), two of them people by their own evidence, every other entry of words a name is made of is a person too.
 */
export function namesListedByLine(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  let blockLine = -2;
  let block: NameFinding[] = [];
  let people = 0;
  // the findings that open a line and end before a dash and a listed name: the entry's label ("Kell Middle - ")
  let labels: NameFinding[] = [];
  const close = () => {
    if (block.length >= 3 && people >= 2) {
      for (const f of block) if (!f.person && !f.firm && f.last > f.first && nameLike(tokens, classes, f)) f.person = true;
      // (a label of a list of people names a school, a prize or a class of a show, no person: "Kell Middle - Tomas
      // Brandt", "Reserve Heifer – Ada Kell")
      // (on the list's lines and those between them: "Grand Champion Heifer – JT Cook" among "Reserve Heifer – Ada Kell")
      const from = tokens[block[0].first].line, to = tokens[block[block.length - 1].first].line;
      for (const f of labels) if (tokens[f.first].line >= from && tokens[f.first].line <= to) f.person = false;
    }
    block = [];
    labels = [];
    people = 0;
  };
  let blockEnd = 0;
  for (const f of findings) {
    if (!listEntry(text, tokens, f)) {
      if (dashThenName(text, tokens[f.last].end) && labelOpensLine(text, tokens[f.first].start)) labels.push(f);
      continue;
    }
    const line = tokens[f.first].line;
    if (line === blockLine) continue;
    // (a blank line between two entries keeps the list going: "Harbour Elementary - Nadia Orlov⏎⏎Kell Middle - …")
    if (line !== blockLine + 1 && !(line === blockLine + 2 && BLANK_LINE_BETWEEN.test(text.slice(blockEnd, tokens[f.first].start)))) close();
    blockLine = line;
    blockEnd = tokens[f.last].end;
    block.push(f);
    if (f.person) people++;
  }
  close();
}

/** Whether only capitalised words (up to four, no bullet) stand between the line's start and `start`. */
function labelOpensLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 40 && LABEL_WORDS().test(text.slice(lineStart, start));
}
const LABEL_WORDS = lazyPattern(() => /^[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,4}$/u);

function listEntry(text: string, tokens: readonly Token[], f: NameFinding): boolean {
  const start = tokens[f.first].start;
  const end = tokens[f.last].end;
  if (tokens[f.last].possessive) return false;
  // (the line's ends found with the string's own search in a short window, not a loop a character: asked of every
  // finding, the loops ran interpreted and then cost two optimising compiles)
  // the line's start: right after a line break within 46 characters before the name, or the text's start within 45
  const from = Math.max(0, start - 46);
  const lineBreak = text.slice(from, start).lastIndexOf('\n');
  if (lineBreak < 0 && start > 45) return false;
  const lineStart = lineBreak < 0 ? 0 : from + lineBreak + 1;
  // the line's end: its break (or carriage return) within 81 characters after the name, else where that reach ends
  const ahead = text.slice(end, end + 81);
  const newline = ahead.indexOf('\n');
  const carriageReturn = ahead.indexOf('\r');
  const stop = newline < 0 ? carriageReturn : carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
  const lineEnd = end + (stop < 0 ? ahead.length : stop);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  // (not a label that names a work or a firm: "Best Film: Tarvo Lumen", "Sponsor: Orvane Drift")
  if (ENTRY_LABEL_BEFORE.test(before)) return /^[ \t]*$/.test(after) && !LABEL_OF_A_THING.test(before);
  // (the end-anchored pattern only where its dash stands in the line)
  if ((before.includes('-') || before.includes('–') || before.includes('—')) && ENTRY_DASH_BEFORE().test(before)) return mayEndEntry(after) && ENTRY_DASH_AFTER().test(after) && !LABEL_OF_A_THING.test(before);
  // ("Tomas Brandt, school custodian", "• Ada Kell, ‘Salt’": a name opening its line, a comma and a short rest)
  if (after.charCodeAt(0) === 44 && ENTRY_REST_AFTER_COMMA.test(after) && (before === '' || ENTRY_BULLET_OR_NONE.test(before))) return true;
  // ("Ada Kell – Deputy Chair, Harbour Party": a name opening its line with no bullet, a dash and the post the person
  // holds; "Reserve Heifer – Ada Kell" is a class's label and its winner)
  return (ENTRY_BULLET_BEFORE.test(before) && ENTRY_HOLDS_AFTER.test(after)) || (LINE_OPENS_BEFORE.test(before) && postAfterDash(after));
}
const LINE_OPENS_BEFORE = /^[ \t]*$/;
/** A dash and up to five words after it ("– Acting Deputy Coordinator", "– Vice-Chairman, Harbour Party"). */
const DASH_WORDS_AFTER = /^[ \t]+[–—-][ \t]+((?:[^\s,;:()]+[ \t]+){0,4}[^\s,;:()]+)/u;

/** Whether a dash and a post held follow: one of the first five words after the dash (or a hyphened part of one) is a
 *  title or a role. */
function postAfterDash(after: string): boolean {
  const m = DASH_WORDS_AFTER.exec(after);
  if (m === null) return false;
  const lex = peopleLexicon();
  for (const word of m[1].toLowerCase().split(/[ \t-]+/)) if (lex.titles.has(word) || lex.roleNouns.has(word)) return true;
  return false;
}
/** After a name opening its line: a comma and up to 50 more characters to the line's end, no comma or final full stop. */
const ENTRY_REST_AFTER_COMMA = /^,[ \t]+[^\s,.][^\n,]{0,50}(?<![.?!])$/u;
const ENTRY_BULLET_OR_NONE = /^[ \t]*(?:[-*•][ \t]+)?$/u;
