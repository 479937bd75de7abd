// Turns name findings into mentions that share one canonical name: "Kyrylo Budanov", "Budanov", "Mr Budanov"
// and "Kyrylo" all become mentions of the entity "Kyrylo Budanov".
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import type { Token } from './tokenize';
import * as chars from './chars';
import { classifyWord, type WordClass } from './classify';
import { placeWordBefore } from './namedThings';
import { openerShownPersonal } from './personalBeside';
import { lazyPattern } from '../../text/lazyPattern';
import { namedAsRelative, sentenceBetween } from './kinNamed';
import { wordSet } from '../../text/wordList';

// Imported names read once into module constants: under CommonJS (tsx: tests, benchmarks) every read of an imported
// name is a getter call, and these character tests run for every character of the text.
const { isWordCode } = chars;

/** A name part of a capitalised run; `person` when it carries evidence of its own. */
export interface NameFinding {
  first: number;
  last: number;
  person: boolean;
  /** The article uses these words as a firm's name: never a short form or a relative of a person. */
  firm?: boolean;
  /** These words name a thing after a person ("the Mulenga mine", "the Ostrander law"): no short form of a person
   *  there, but no firm's name either, so later bare mentions may still be the person's. */
  thing?: boolean;
  /** Decided once the whole article is read (people.ts): dropped unless then shown to be a person. */
  pending?: boolean;
  /** A title-case headline's word (found alone): the token of the headline's word right after it, in its run. */
  headlineNext?: number;
}

interface Occurrence {
  start: number;
  entity: string;
}

/** Where a short form ("Budanov", "Kyrylo") was seen as part of a full name, in text order. */
class NameIndex {
  private readonly byWord = new Map<string, Occurrence[]>();

  /** `paragraphStart(at)`: where the paragraph holding offset `at` begins. */
  constructor(private readonly paragraphStart: (at: number) => number) {}

  /** Whether two entities share a word of this index (two people of one surname). */
  shared = false;

  add(word: string, start: number, entity: string): void {
    const list = this.byWord.get(word);
    if (!list) this.byWord.set(word, [{ start, entity }]);
    else if (list[list.length - 1].entity !== entity || list[list.length - 1].start !== start) {
      // (once every entry before was the first's entity, one differing from the first is the first of a second person)
      if (entity !== list[0].entity) this.shared = true;
      list.push({ start, entity });
    }
  }

  /**
   * The entity named nearest before `at` (the reader's "this Budanov"), else the first one after. Where two people
   * share the word and the nearest was named in an earlier paragraph, the one the article named first: news names
   * the story's main person by surname and a relative by full name ("Darren Okoro … Femi Okoro, his brother, was
   * cleared. ⏎⏎ His lawyer said Okoro would appeal").
   */
  /** The entity named nearest before `at` (see resolve), or undefined where none is named before it. */
  before(word: string, at: number): string | undefined {
    const list = this.byWord.get(word);
    return list && list[0].start <= at ? this.resolve(word, at) : undefined;
  }

  /** Whether two or more entities were named with `word`. */
  sharedBy(word: string): boolean {
    const list = this.byWord.get(word);
    return list !== undefined && list.some(o => o.entity !== list[0].entity);
  }

  /** The entities named with `word`, each once, in the order first named. */
  entities(word: string): string[] {
    const list = this.byWord.get(word);
    return list ? [...new Set(list.map(o => o.entity))] : [];
  }

  /**
   * The entity the article named first with `word`, where the nearest before `at` is a relative of that person named
   * in an earlier sentence (kinNamed.ts: "son of the late Olaf Brandvik … Brandvik taught"), else undefined.
   */
  subjectOverRelative(word: string, at: number, relatives: ReadonlySet<string>, text: string): string | undefined {
    const list = this.byWord.get(word);
    if (!list || list.length < 2 || list[0].start > at) return undefined;
    let near = list[0];
    for (const o of list) if (o.start <= at) near = o; else break;
    const first = list[0].entity;
    if (near.entity === first || !relatives.has(near.entity) || relatives.has(first)) return undefined;
    return sentenceBetween(text, near.start, at) ? first : undefined;
  }

  resolve(word: string, at: number): string | undefined {
    const list = this.byWord.get(word);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= at) lo = mid + 1; else hi = mid;
    }
    if (lo === 0) return list[0].entity;
    const near = list[lo - 1];
    if (near.entity !== list[0].entity && near.start < this.paragraphStart(at)) return list[0].entity;
    return near.entity;
  }
}

/**
 * Whether a full name opens with a family name written first, as Korean names and many Chinese ones are: a family name
 * the lists hold before a given name of hyphenated syllables ("Moon Jae-in", "Chung Eui-yong"), of two short
 * syllables ("Kim Jong Un", "Kim Yo Jong") or of one word no list holds as a surname ("Wang Yi", "Xi Jinping").
 * Not "Lee Westwood", whose second word is a surname.
 */
function familyNameFirst(tokens: readonly Token[], f: NameFinding, lex: PeopleLexicon): boolean {
  if (!lex.familyNamesFirst.has(tokens[f.first].lower)) return false;
  const rest = f.last - f.first;
  // ("Wang Wenbin", "Xi Jinping": a given name no list holds as a surname, one word with no capital inside)
  if (rest === 1) return (SYLLABLES_SHAPE.test(tokens[f.last].text) && SYLLABLES_HYPHENATED().test(tokens[f.last].text)) || (!lex.surnames.has(tokens[f.last].lower) && CAPITALISED_WORD().test(tokens[f.last].text));
  return rest === 2 && SYLLABLE().test(tokens[f.first + 1].text) && SYLLABLE().test(tokens[f.last].text);
}
/** SYLLABLES_HYPHENATED without its letter classes (dear to compile): a capital is an ASCII capital or any character
 *  past ASCII, a small letter a small ASCII letter or any character past ASCII (one past U+FFFF is two). Tested first. */
const SYLLABLES_SHAPE = /^[A-Z\u0080-\uffff][a-z\u0080-\uffff]{0,9}-[a-z\u0080-\uffff]{1,8}$/;
const SYLLABLES_HYPHENATED = lazyPattern(() => /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,4}$/u);
const SYLLABLE = lazyPattern(() => /^\p{Lu}\p{Ll}{0,3}$/u);
/** One word: a capital, then lower-case letters only (no capital inside, no hyphen). */
const CAPITALISED_WORD = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);

/** The title right before the token at `k` ("minister" of "Foreign Minister Wang"), in lower case. */
function titleRightBefore(text: string, tokens: readonly Token[], classes: readonly WordClass[], k: number): string | undefined {
  if (k === 0 || classes[k - 1] !== 'title' || tokens[k].start - tokens[k - 1].end !== 1 || text.charCodeAt(tokens[k - 1].end) !== 32) return undefined;
  return tokens[k - 1].lower;
}

/** The one entity of those named with `surname` (first or last) that was written after `title`, where two or more
 *  share the word. */
function sameTitled(indexes: readonly NameIndex[], surname: string, title: string | undefined, titlesOf: ReadonlyMap<string, boolean>): string | undefined {
  if (title === undefined) return undefined;
  // (a family name written first is indexed as the name's first word: "Wang" of "Wang Yi")
  const entities = [...new Set(indexes.flatMap(index => index.entities(surname)))];
  if (entities.length < 2) return undefined;
  let found: string | undefined;
  for (const e of entities) {
    if (!titlesOf.has(`${title} ${e}`)) continue;
    if (found !== undefined) return undefined;
    found = e;
  }
  return found;
}

/** A regnal number ending a sovereign's name ("George VI", "Frederik IX"). */
const REGNAL_NUMBER = / [IVX]+$/;

/**
 * The entity a given name alone resolves to, but none where that entity is a sovereign's name with its number first
 * written later in the article after another title than the one before this mention: "Prince George was born in 2013
 * … his great-great-grandfather King George VI", "Crown Prince Frederik … her late father, King Frederik IX" name two
 * people (though "Queen Elizabeth II … Princess Elizabeth, who later ascended the throne" is the queen named earlier,
 * and "Prince Albert II … Prince Albert" the same title).
 */
function otherSovereign(givenNames: NameIndex, word: string, at: number, title: string | undefined,
  titlesOf: ReadonlyMap<string, boolean> | undefined): string | undefined {
  const entity = givenNames.resolve(word, at);
  if (entity === undefined || title === undefined || titlesOf === undefined || !REGNAL_NUMBER.test(entity)
    || givenNames.before(word, at) !== undefined || titlesOf.has(`${title} ${entity}`)) return entity;
  for (const key of titlesOf.keys()) if (key.endsWith(' ' + entity)) return undefined;
  return entity;
}

/** Whether `word` is the first word of `entity` and no other of its words: its given name only. */
function givenNameOnly(entity: string, word: string): boolean {
  const words = entity.toLowerCase().split(' ');
  return words.length > 1 && words[0] === word && !words.slice(1).includes(word);
}

/** Titles of royalty, who are named by a given name and the title alone. */
const ROYAL_STYLES = wordSet('prince princess king queen emperor empress infanta infante duke duchess');

/** " and " (or " & ") between a given name and a full name: a couple's, or siblings', surname after the second. */
const COUPLE_AND = /^[ \t]{1,2}(?:and|&)[ \t]{1,2}$/;
/** Initials opening what follows a full name's given name ("J. " of "J. Whitcombe", "J. R. " of "J. R. Whitcombe"). */
const MIDDLE_INITIALS = /^(?:[A-Z]\.[ \t])+(?=\S)/;

export function linkMentions(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  findings: readonly NameFinding[], lex: PeopleLexicon): PersonMention[] {
  const paragraphStart = paragraphs(text);
  const surnames = new NameIndex(paragraphStart);
  const givenNames = new NameIndex(paragraphStart);
  const singles = new NameIndex(paragraphStart);
  const middleNames = new NameIndex(paragraphStart);
  // the entity of findings[i], by index: a Map keyed by finding objects grows with the text and misses the cache
  const entityOf = new Array<string | undefined>(findings.length).fill(undefined);
  // the titles full names were written after ("minister Wang Yi"), keyed by the title and the entity
  let titlesOf: Map<string, boolean> | undefined;
  // name parts never end in an initial, so the last token is the surname; initials are not counted as words
  const wordCount = (f: NameFinding) => {
    let n = 0;
    for (let k = f.first; k <= f.last; k++) if (classes[k] !== 'initial') n++;
    return n;
  };

  // Full names first, so that short forms anywhere in the text (even before the full name) can link to them.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.person) continue;
    // "K. Budanov" and "Von der Leyen" are short forms, linked below
    if (classes[f.first] === 'initial' || classes[f.first] === 'particle' || wordCount(f) < 2) continue;
    const entity = canonical(text, tokens, f);
    entityOf[i] = entity;
    const start = tokens[f.first].start;
    const title = titleRightBefore(text, tokens, classes, f.first);
    if (title !== undefined) (titlesOf ??= new Map()).set(`${title} ${entity}`, true);
    surnames.add(tokens[f.last].lower, start, entity);
    // "Boateng" of "Kwame Osei-Boateng": a double surname's last part is the short form a later sentence may use alone
    const hyphen = tokens[f.last].lower.lastIndexOf('-');
    if (hyphen > 1 && tokens[f.last].lower.length - hyphen > 3) surnames.add(tokens[f.last].lower.slice(hyphen + 1), start, entity);
    givenNames.add(tokens[f.first].lower, start, entity);
    // "Kim Jong Un", "Moon Jae-in": a family name written first is the name's surname too, so that "Kim" links to the
    // leader named before it rather than to a byline's "Christine Kim" named after it
    if (familyNameFirst(tokens, f, lex)) surnames.add(tokens[f.first].lower, start, entity);
    // "Lars" of "Lars-Erik Halvorsen": the first of two given names joined
    const joined = tokens[f.first].lower.indexOf('-');
    if (joined > 1 && lex.givenNames.has(tokens[f.first].lower.slice(0, joined))) givenNames.add(tokens[f.first].lower.slice(0, joined), start, entity);
    // "Lula" of "Luiz Inacio Lula da Silva" (not the "St." of "Brent St. Pierre", a shortened word, which names saints too)
    for (let k = f.first + 1; k < f.last; k++) {
      if (classes[k] !== 'initial' && classes[k] !== 'particle' && text.charCodeAt(tokens[k].end) !== 46) middleNames.add(tokens[k].lower, start, entity);
    }
  }
  // full names that share a surname with another, named as a relative of the story's person (kinNamed.ts)
  let relatives: Set<string> | undefined;
  if (surnames.shared) {
    for (let i = 0; i < findings.length; i++) {
      const entity = entityOf[i];
      if (entity === undefined || !surnames.sharedBy(tokens[findings[i].last].lower)) continue;
      if (namedAsRelative(text, tokens[findings[i].first].start, tokens[findings[i].last].end)) (relatives ??= new Set()).add(entity);
    }
  }
  // "Naina Yeltsin" beside "Boris Yeltsin": an unproven full name that shares a proven surname is a relative.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.person || f.firm || f.thing || f.first === f.last || classes[f.first] === 'common' || classes[f.first] === 'place') continue;
    if (classes[f.first] === 'initial' || wordCount(f) < 2
      || surnames.resolve(tokens[f.last].lower, tokens[f.first].start) === undefined) continue;
    // ("bought the Palacio Almeida" beside "Duarte Almeida": what "the" stands before is a thing named after the family,
    // though "the Lockwood Gale consortium" beside "Lockwood Gale, 58," repeats that person's own name)
    if (theBefore(text, tokens[f.first].start) && surnames.resolve(tokens[f.last].lower, tokens[f.first].start) !== canonical(text, tokens, f)) continue;
    const entity = canonical(text, tokens, f);
    entityOf[i] = entity;
    givenNames.add(tokens[f.first].lower, tokens[f.first].start, entity);
  }
  // "Samuel and Isaac Hartley", "Jared and Mia Vance": a given name alone before "and" and a full name shares its surname
  for (let i = 0; i + 1 < findings.length; i++) {
    const f = findings[i], next = findings[i + 1];
    if (!f.person || f.first !== f.last || classes[f.first] !== 'given' || entityOf[i] !== undefined || entityOf[i + 1] === undefined
      || !next.person || !COUPLE_AND.test(text.slice(tokens[f.first].end, tokens[next.first].start))) continue;
    // ("Prince Harry and Meghan Markle", "King Felipe and Letizia Ortiz": a royal goes by a given name and a style,
    // and no surname of the spouse's)
    if (ROYAL_STYLES.has(titleRightBefore(text, tokens, classes, f.first) ?? '')) continue;
    // (not the other's middle initials: "Helen and Arthur J. Whitcombe" are Helen Whitcombe and Arthur J. Whitcombe)
    const entity = `${tokens[f.first].text} ${entityOf[i + 1]!.slice(entityOf[i + 1]!.indexOf(' ') + 1).replace(MIDDLE_INITIALS, '')}`;
    entityOf[i] = entity;
    givenNames.add(tokens[f.first].lower, tokens[f.first].start, entity);
  }
  // Names with evidence of their own opened by an initial ("K. Budanov") first, then those of one word ("Mr Budanov",
  // "Budanov said"), so that one word can be a short form of an initialled name before or after it (a scorecard's
  // bowler "Jayasuriya" before the batsman "S. Jayasuriya"); both are indexed among the singles in text order.
  const initialledNames = new NameIndex(paragraphStart);
  const single = findings.map((f, i) => f.person && entityOf[i] === undefined);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!single[i] || (classes[f.first] !== 'initial' && classes[f.first] !== 'particle')) continue;
    const start = tokens[f.first].start;
    // ("Md. Karim Rahman" beside "Shahin Rahman": initials before a given name and a surname are a full name of their
    // own, the same person as a full name of that surname only where it holds the given name too)
    const named = surnames.resolve(tokens[f.last].lower, start);
    entityOf[i] = named !== undefined && givenNameKept(text, tokens, classes, f, named) ? named : canonical(text, tokens, f);
    initialledNames.add(tokens[f.last].lower, start, entityOf[i]!);
  }
  // a title and a surname, and the one full name given that title ("president trump" of "President Donald Trump"), where
  // two or more full names share the surname: a bare surname after the same title is that person (null: two were)
  let titledFull: Map<string, string | null> | undefined;
  if (surnames.shared) {
    for (let i = 0; i < findings.length; i++) {
      const entity = entityOf[i];
      if (entity === undefined || !findings[i].person) continue;
      const title = titleBefore(text, tokens, classes, findings[i].first);
      if (title === undefined) continue;
      const key = `${title} ${tokens[findings[i].last].lower}`;
      titledFull ??= new Map();
      const known = titledFull.get(key);
      titledFull.set(key, known === undefined || known === entity ? entity : null);
    }
  }
  for (let i = 0; i < findings.length; i++) {
    if (!single[i]) continue;
    const f = findings[i];
    const surname = tokens[f.last].lower;
    const start = tokens[f.first].start;
    // "Foreign Minister Wang noted" beside "Spokesperson Wang Wenbin" and "Foreign Minister Wang Yi": a surname two
    // people share, after a title, is the one of them the article named with that title
    if (titlesOf !== undefined && f.first === f.last) entityOf[i] ??= sameTitled([surnames, givenNames], surname, titleRightBefore(text, tokens, classes, f.first), titlesOf);
    // "Mr. Lozier" after "W. Brent Lozier", a full name opened by an initial
    // ("Aguilar opened the school" after "Dolores Aguilar de Montoya", before her son "Javier de Montoya Aguilar" is
    // named: a middle name before it is nearer the reader than a surname after it)
    // ("President Trump's pardon" beside "Melania Trump" and "President Donald Trump": the one the title was given to)
    if (titledFull !== undefined) {
      const title = titleBefore(text, tokens, classes, f.first);
      const titled = title === undefined ? undefined : titledFull.get(`${title} ${surname}`);
      if (titled) entityOf[i] = titled;
    }
    if (relatives !== undefined && f.first === f.last) entityOf[i] ??= surnames.subjectOverRelative(surname, start, relatives, text);
    entityOf[i] ??= surnames.before(surname, start) ?? middleNames.before(surname, start)
      ?? initialled(initialledNames.before(surname, start)) ?? surnames.resolve(surname, start)
      ?? otherSovereign(givenNames, surname, start, f.first === f.last ? titleRightBefore(text, tokens, classes, f.first) : undefined, titlesOf)
      ?? middleNames.resolve(surname, start) ?? initialled(initialledNames.resolve(surname, start)) ?? tokens[f.last].text;
    singles.add(surname, start, entityOf[i]!);
  }
  // "Taylor Swift's tour … Swift, 34, thanked fans": a full name with no evidence of its own (a sentence's first words)
  // whose surname is a bare name the article shows to be a person's is that person, and the bare name a short form of
  // it where it is the only such full name
  const fullOfBare = new Map<string, string | null>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.person || f.firm || f.thing || entityOf[i] !== undefined || f.first === f.last || f.last - f.first > 2) continue;
    const c = classes[f.first];
    if (c === 'common' || c === 'place' || c === 'initial' || c === 'particle') continue;
    const single = singles.resolve(tokens[f.last].lower, tokens[f.first].start);
    if (single === undefined || single.includes(' ')) continue;
    const entity = canonical(text, tokens, f);
    entityOf[i] = entity;
    const known = fullOfBare.get(single);
    fullOfBare.set(single, known === undefined || known === entity ? entity : null);
  }
  const usedAsWord = lowerCaseUse(text);
  const indexesByPriority = [surnames, singles, givenNames, middleNames];
  for (let i = 0; i < findings.length; i++) {
    if (entityOf[i] !== undefined) continue;
    entityOf[i] = linkShortForm(text, tokens, classes, findings[i], lex, indexesByPriority, usedAsWord);
    // (a relative's surname in a later sentence: the story's person, as for the names with evidence above)
    if (relatives !== undefined && entityOf[i] !== undefined && relatives.has(entityOf[i]!)) {
      const t = tokens[findings[i].first];
      entityOf[i] = surnames.subjectOverRelative(t.lower, t.start, relatives, text) ?? entityOf[i];
    }
    // (a headline's "President Trump's" too, where the body gives that title to one of two people of the surname)
    if (entityOf[i] !== undefined && titledFull !== undefined && findings[i].first === findings[i].last) {
      const title = titleBefore(text, tokens, classes, findings[i].first);
      const titled = title === undefined ? undefined : titledFull.get(`${title} ${tokens[findings[i].first].lower}`);
      if (titled) entityOf[i] = titled;
    }
  }
  headlineOnlyNames(text, tokens, classes, findings, entityOf, lex);
  namesInLists(text, tokens, classes, findings, entityOf);
  fullNamesInLists(text, tokens, classes, findings, entityOf);
  const longer = longerForms(entityOf);
  for (const [short, long] of innerForms(entityOf, lex)) if (!longer.has(short)) longer.set(short, long);
  for (const [short, long] of patronymicForms(entityOf)) if (!longer.has(short)) longer.set(short, long);
  for (const [short, long] of leadingForms(entityOf, lex, usedAsWord)) if (!longer.has(short)) longer.set(short, long);
  for (const [short, long] of overlappingForms(entityOf, lex, usedAsWord)) if (!longer.has(short)) longer.set(short, long);
  const mentions: PersonMention[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let entity = entityOf[i];
    if (entity === undefined) continue;
    if (fullOfBare.size > 0) entity = fullOfBare.get(entity) ?? entity;
    entity = longer.get(entity) ?? entity;
    const end = tokens[f.last].end;
    const start = particlesBefore(text, tokens[f.first].start, end, entity, lex);
    mentions.push({ start, end, text: text.slice(start, end), entity });
  }
  return mentions;
}

/**
 * "Walter Brennecke" beside "Walter Otto Brennecke": a full name whose first and last words are those of one longer
 * name in the article, its other words among the longer one's in order, is that person with the middle names left
 * out. Where two longer names fit, neither is chosen.
 */
function longerForms(entityOf: readonly (string | undefined)[]): Map<string, string> {
  const byEnds = new Map<string, string[]>();
  for (const entity of entityOf) {
    if (entity === undefined) continue;
    const words = entity.split(' ');
    if (words.length < 2) continue;
    const keys = [words[0] + ' ' + words[words.length - 1]];
    // 'Franklin D. "Frank" Osei' is the "Frank Osei" of a later quotation too, "William (Bill) Carrow" the "Bill Carrow"
    for (let k = 1; k < words.length - 1; k++) {
      const nickname = NICKNAME_WORD.exec(words[k]);
      if (nickname) keys.push((nickname[1] ?? nickname[2]) + ' ' + words[words.length - 1]);
    }
    for (const key of keys) {
      const list = byEnds.get(key);
      if (!list) byEnds.set(key, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  }
  const longer = new Map<string, string>();
  for (const list of byEnds.values()) {
    if (list.length < 2) continue;
    for (const short of list) {
      const words = short.split(' ');
      let found: string | undefined;
      let count = 0;
      for (const long of list) {
        const longWords = long.split(' ');
        if (longWords.length > words.length && inOrder(words, longWords)) { found = long; count++; }
      }
      if (count === 1 && found !== undefined) longer.set(short, found);
    }
  }
  return longer;
}

/**
 * "García Márquez" beside "Gabriel García Márquez", "Restrepo Gaviria" beside "María Fernanda Restrepo Gaviria", "Bin
 * Omar" beside "Abdullah bin Omar Al-Harbi": a name of two words or more that ends one longer name in the
 * article (a double surname, a surname with its particles), or a run inside it opened by a particle (a patronymic), is
 * that person, unless it opens with a given name. Where two longer names fit, neither is chosen.
 */
function innerForms(entityOf: readonly (string | undefined)[], lex: PeopleLexicon): Map<string, string> {
  const byRun = new Map<string, string | null>();
  const entities = new Set<string>();
  for (const entity of entityOf) if (entity !== undefined) entities.add(entity);
  for (const long of entities) {
    const words = long.split(' ');
    if (words.length < 3) continue;
    const lower = words.map(w => w.toLowerCase());
    for (let i = 1; i < words.length - 1; i++) {
      const tail = lower.slice(i).join(' ');
      const known = byRun.get(tail);
      byRun.set(tail, known === undefined || known === long ? long : null);
      // (a particle in lower case opens a run that may end before the last word: "bin Omar")
      if (words[i] !== lower[i] || i + 1 >= words.length - 1) continue;
      for (let j = i + 2; j < words.length; j++) {
        const run = lower.slice(i, j).join(' ');
        const was = byRun.get(run);
        byRun.set(run, was === undefined || was === long ? long : null);
      }
    }
  }
  const inner = new Map<string, string>();
  for (const short of entities) {
    const space = short.indexOf(' ');
    // (not a given name and a surname: "Ellen Voss" may be another woman than "Mary Ellen Voss", or the long form a
    // nickname and a name; but a word that is also a particle is none: "Abu Zeid" of "Abdel-Rahman Abu Zeid")
    // (though a run of three words or more that leaves two words or more of the longer name before it is that person's:
    // "Lula da Silva" of "Luiz Inacio Lula da Silva", "Tesfa Haile Gebre" of "Alem Dawit Tesfa Haile Gebre"; a
    // relative shares the surname, seldom the last three words with a given name among them)
    if (space < 0) continue;
    const opener = short.slice(0, space).toLowerCase();
    const givenOpener = lex.givenNames.has(opener) && !lex.particles.has(opener);
    const long = byRun.get(short.toLowerCase());
    if (!long || long === short) continue;
    if (givenOpener && !(wordsIn(short) >= 3 && wordsIn(long) - wordsIn(short) >= 2)) continue;
    inner.set(short, long);
  }
  return inner;
}

/** The words of an entity (its spaces and one). */
function wordsIn(entity: string): number {
  let n = 1;
  for (let k = entity.indexOf(' '); k >= 0; k = entity.indexOf(' ', k + 1)) n++;
  return n;
}

/** "Sergeyevich", "Ivanovna", "Ilyich": a Russian or Ukrainian patronymic. */
const PATRONYMIC = lazyPattern(() => /\p{Ll}(?:ovich|evich|ich|ovna|evna|ivna|ichna|ychna)$/u);

/**
 * "Pavel Sergeyevich" beside "Pavel Sergeyevich Kudrinsky": a given name and a patronymic, the polite Russian address,
 * name the one person whose full name opens with them. Where two full names fit, neither is chosen.
 */
function patronymicForms(entityOf: readonly (string | undefined)[]): Map<string, string> {
  const byOpening = new Map<string, string | null>();
  const entities = new Set<string>();
  for (const entity of entityOf) if (entity !== undefined) entities.add(entity);
  for (const long of entities) {
    const words = long.split(' ');
    if (words.length !== 3 || !PATRONYMIC().test(words[1])) continue;
    const opening = words[0] + ' ' + words[1];
    const known = byOpening.get(opening);
    byOpening.set(opening, known === undefined || known === long ? long : null);
  }
  const forms = new Map<string, string>();
  for (const [opening, long] of byOpening) if (long !== null && entities.has(opening)) forms.set(opening, long);
  return forms;
}

/**
 * "Ismail Sabri" beside "Ismail Sabri Yaakob", "Bakir Uddin" beside "Bakir Uddin Bhuiyan": a name of two words that
 * opens one longer name in the article is that person called by the given names alone, as Malay names (a given name
 * and the father's name after it) and many South Asian ones are. Where two longer names fit, neither is chosen.
 */
function leadingForms(entityOf: readonly (string | undefined)[], lex: PeopleLexicon, usedAsWord: (word: string) => boolean): Map<string, string> {
  let byOpening: Map<string, string | null> | undefined;
  // each entity with the index of its first mention: the full name is written first, as news introduces a person
  // (not "Imran Khan … Imran Khan Sit-In", a name run into the word after it, named after the name)
  const firstSeen = new Map<string, number>();
  entityOf.forEach((entity, i) => { if (entity !== undefined && !firstSeen.has(entity)) firstSeen.set(entity, i); });
  for (const [long, at] of firstSeen) {
    const words = long.split(' ');
    // (only capitalised words: not after an initial, a particle or a nickname, "John F. Kennedy", "Ludwig van Beethoven")
    if (words.length < 3 || !words.every(w => CAPITALISED_WORD().test(w))) continue;
    // (nor a headline's words run on after a name, "Kevin White Dies", "The Donald Trump Moth": a word of the language,
    // or one the article writes in lower case, after the two is no name of the person's)
    if (words.slice(2).some(w => lex.commonWords.has(w.toLowerCase()) || usedAsWord(w.toLowerCase()))) continue;
    const opening = words[0] + ' ' + words[1];
    const shortAt = firstSeen.get(opening);
    if (shortAt === undefined || shortAt < at) continue;
    byOpening ??= new Map();
    const known = byOpening.get(opening);
    byOpening.set(opening, known === undefined || known === long ? long : null);
  }
  const forms = new Map<string, string>();
  if (byOpening) for (const [opening, long] of byOpening) if (long !== null) forms.set(opening, long);
  return forms;
}

/**
 * "Tedla Amanuel" and "Amanuel Gebrehiwot" with no longer name written: two names of two words, the last word of one the
 * first of the other, are one person's three names, each short form two of them (as a name with a father's name in its
 * middle is shortened either way). The shared word must be one no list knows (not a given name, a surname or a place:
 * "Tom Jordan" and "Jordan Reed" are two people) nor a word the article writes in lower case, and each form must pair
 * with one other only.
 */
function overlappingForms(entityOf: readonly (string | undefined)[], lex: PeopleLexicon, usedAsWord: (word: string) => boolean): Map<string, string> {
  const forms = new Map<string, string>();
  let byFirst: Map<string, string | null> | undefined;
  const twoWords: string[] = [];
  for (const entity of new Set(entityOf)) {
    if (entity === undefined) continue;
    const space = entity.indexOf(' ');
    if (space < 0 || entity.indexOf(' ', space + 1) >= 0) continue;
    twoWords.push(entity);
    byFirst ??= new Map();
    const first = entity.slice(0, space);
    byFirst.set(first, byFirst.has(first) ? null : entity);
  }
  if (byFirst === undefined || twoWords.length < 2) return forms;
  const paired = new Map<string, number>();
  const pairs: [string, string][] = [];
  for (const opening of twoWords) {
    const shared = opening.slice(opening.indexOf(' ') + 1);
    const closing = byFirst.get(shared);
    if (!closing || closing === opening) continue;
    // (three plain words, a capital then small letters: not "Re-Elected", "K’ed" run on after a name)
    const last = closing.slice(closing.indexOf(' ') + 1);
    if (!CAPITALISED_WORD().test(opening.slice(0, opening.indexOf(' '))) || !CAPITALISED_WORD().test(shared) || !CAPITALISED_WORD().test(last)) continue;
    const lower = shared.toLowerCase();
    if (classifyWord(lower, lex, false) !== 'unknown' || usedAsWord(lower)) continue;
    const lastClass = classifyWord(last.toLowerCase(), lex, false);
    if ((lastClass !== 'unknown' && lastClass !== 'surname') || usedAsWord(last.toLowerCase())) continue;
    pairs.push([opening, closing]);
    paired.set(opening, (paired.get(opening) ?? 0) + 1);
    paired.set(closing, (paired.get(closing) ?? 0) + 1);
  }
  for (const [opening, closing] of pairs) {
    if (paired.get(opening) !== 1 || paired.get(closing) !== 1) continue;
    const long = opening + closing.slice(closing.indexOf(' '));
    forms.set(opening, long);
    forms.set(closing, long);
  }
  return forms;
}

/** Whether a full name `named` holds the first word of `f` that is no initial (its given name), or `f` has none. */
function givenNameKept(text: string, tokens: readonly Token[], classes: readonly WordClass[], f: NameFinding, named: string): boolean {
  let k = f.first;
  while (k < f.last && (classes[k] === 'initial' || classes[k] === 'particle')) k++;
  // ("S Nihal Singh" beside "Indu Nihal Singh": an initial first that the full name's first word does not open is
  // another person of the family; "ABM Khairul Haque" beside "Khairul Haque" is the name without its initials)
  if (classes[f.first] === 'initial' && k > f.first && k < f.last && named.charCodeAt(0) !== tokens[f.first].text.charCodeAt(0)
    && !named.startsWith(tokens[k].text + ' ')) return false;
  // ("Air Marshal AP Mehta" beside "Air Marshal Rohan Mehta": capitals without stops alone before the surname that the
  // full name's first word does not open are another person's initials; a stopped one may be a misread word, "Md.")
  if (k === f.last) return classes[f.first] !== 'initial' || text.charCodeAt(tokens[f.first].end) === 46
    || named.charCodeAt(0) === tokens[f.first].text.charCodeAt(0);
  return named.split(' ').includes(tokens[k].text);
}

/** One word in quotation marks or brackets inside a name: the "Frank" of 'Franklin D. "Frank" Osei', "William (Bill) Carrow". */
const NICKNAME_WORD = /^(?:["“]([^"“”\s]+)["”]|\(([^()\s]+)\))$/;

function inOrder(words: readonly string[], within: readonly string[]): boolean {
  let k = 0;
  for (const w of within) {
    const nickname = NICKNAME_WORD.exec(w);
    if (k < words.length && (w === words[k] || (nickname !== null && (nickname[1] ?? nickname[2]) === words[k]))) k++;
  }
  return k === words.length;
}

/**
 * "…," van Staveren told supporters: a surname whose person's full name puts lower-case particles before it keeps
 * them where the text has them right before it, though a name's first word is otherwise capitalised.
 */
function particlesBefore(text: string, start: number, end: number, entity: string, lex: PeopleLexicon): number {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 0xa0) return start;
  const words = entity.split(' ');
  const own = text.slice(start, end).split(/\s+/);
  const k = words.length - own.length;
  if (k <= 0) return start;
  for (let j = 0; j < own.length; j++) if (words[k + j] !== own[j]) return start;
  let from = start;
  for (let j = k - 1; j > 0; j--) {
    const w = words[j];
    if (!lex.particles.has(w) || w !== w.toLowerCase()) break;
    const before = from - 1 - w.length;
    const space = text.charCodeAt(from - 1);
    if (before < 0 || (space !== 32 && space !== 0xa0) || text.slice(before, from - 1) !== w) break;
    if (before > 0 && isWordCode(text.charCodeAt(before - 1))) break;
    from = before;
  }
  return from;
}

/**
 * Where the paragraph holding an offset begins: after the last blank line before it (0 in a text without any). The
 * blank lines are found once, on the first question.
 */
function paragraphs(text: string): (at: number) => number {
  let starts: number[] | undefined;
  return at => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        let j = i + 1;
        while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
        if (text.charCodeAt(j) === 10) { starts.push(j + 1); i = j; }
      }
    }
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= at) lo = mid + 1; else hi = mid;
    }
    return starts[lo - 1];
  };
}

/** Items a list must have, and people among them, before its other names are read as people too. */
const LIST_ITEMS = 4;
const LIST_PEOPLE = 2;
/** ", ", " and ", "; " (a line-up's lines of its formation), and a substitute in brackets with his minute:
 *  "Doyle (Bell 55), Haddad" reads Doyle, Bell and Haddad as one list. */
const LIST_SEPARATOR = /^(?:[,;][ \t]{1,2}|,?[ \t]{1,2}and[ \t]{1,2}|[ \t]\(|[ \t]\d{1,3}\)[,;]?[ \t]{1,2})$/;

function separatedInList(text: string, end: number, start: number): boolean {
  const c = text.charCodeAt(end);
  return start - end <= 7 && (c === 44 /* , */ || c === 59 /* ; */ || c === 32 || c === 9) && LIST_SEPARATOR.test(text.slice(end, start));
}

/**
 * "The team is as follows: Given, Breen, Staunton, …, Townsend, Quinn, O'Neill." — a line-up of bare surnames: in a
 * list of four one-word names or more, separated by commas (and a last "and"), of which two or more are people the
 * article names elsewhere, the other unfamiliar words are people too (not places, organisations or words of the
 * language).
 */
function namesInLists(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: readonly NameFinding[],
  entityOf: (string | undefined)[]): void {
  let first = 0;
  while (first < findings.length) {
    let last = first;
    while (last + 1 < findings.length && findings[last].first === findings[last].last
      && findings[last + 1].first === findings[last + 1].last
      && separatedInList(text, tokens[findings[last].last].end, tokens[findings[last + 1].first].start)) last++;
    if (last - first + 1 >= LIST_ITEMS) {
      let people = 0;
      for (let i = first; i <= last; i++) if (entityOf[i] !== undefined) people++;
      if (people >= LIST_PEOPLE) {
        for (let i = first; i <= last; i++) {
          const f = findings[i];
          const c = classes[f.first];
          if (entityOf[i] === undefined && !f.firm && !f.thing && !tokens[f.first].possessive && (c === 'unknown' || c === 'surname' || c === 'given')) {
            entityOf[i] = tokens[f.first].text;
          }
        }
      }
    }
    first = last + 1;
  }
}

/**
 * "Tarvos: Ivo Brandt, Sam Ferris, Jarrah Quaid, Oscar Lind, Teodor Ilic." — a squad written as a list of full names:
 * in a list of four names or more, separated by commas (and a last "and"), of which at least half are people by
 * their own evidence, the other name-like full names (no place, organisation or word of the language in them) are
 * people too.
 */
function fullNamesInLists(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  findings: readonly NameFinding[], entityOf: (string | undefined)[]): void {
  let first = 0;
  while (first < findings.length) {
    let last = first;
    while (last + 1 < findings.length
      && separatedInList(text, tokens[findings[last].last].end, tokens[findings[last + 1].first].start)) last++;
    if (last - first + 1 >= LIST_ITEMS) {
      let people = 0;
      for (let i = first; i <= last; i++) if (entityOf[i] !== undefined) people++;
      if (people >= LIST_PEOPLE && people * 2 >= last - first + 1) {
        for (let i = first; i <= last; i++) {
          const f = findings[i];
          if (entityOf[i] !== undefined || f.firm || f.first === f.last || f.last - f.first > 2 || tokens[f.last].possessive) continue;
          let nameLike = classes[f.first] !== 'initial' && classes[f.first] !== 'particle';
          for (let k = f.first; k <= f.last && nameLike; k++) {
            const c = classes[k];
            nameLike = c === 'unknown' || c === 'given' || c === 'surname' || c === 'particle' || c === 'initial';
          }
          if (nameLike) entityOf[i] = canonical(text, tokens, f);
        }
      }
    }
    first = last + 1;
  }
}

/** An entity that is a full name opened by an initial ("W. Brent Lozier", "TS Eliot", "S Nihal Singh"), else undefined. */
function initialled(entity: string | undefined): string | undefined {
  return entity !== undefined && /^(?:\p{Lu}\.\s?\S|\p{Lu}{1,3} \p{Lu})/u.test(entity) ? entity : undefined;
}

/** A one-word finding without evidence is a person only as a short form of a name found elsewhere. */
/** "a ", "an ", "the " right before a word. */
const ARTICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he) $/u);
/** "the " alone right before a word. */
const THE_BEFORE_WORD = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he $/u);
/** A lower-case word after, that no function word is, or a slash or hyphen and a word: what a name before it modifies
 *  ("the Bush administration", "the Obama/Clinton policy", "the Obama-era rules"). */
const NOUN_AFTER = lazyPattern(() => /^(?:[/-]\p{L}| (?!(?:for|in|at|on|of|to|and|or|but|with|from|by|as|is|was|were|are|has|had|that|which|who|when|after|before|since|award|awards|prize|statuette|nomination|nominations)\b)\p{Ll})/u);

function linkShortForm(text: string, tokens: readonly Token[], classes: readonly WordClass[], f: NameFinding, lex: PeopleLexicon,
  indexesByPriority: readonly NameIndex[], usedAsWord: (word: string) => boolean): string | undefined {
  if (f.first !== f.last || f.firm || f.thing) return undefined;
  const t = tokens[f.first];
  // the person the word would stand for, first: most bare words stand for none (a headline's, a sentence's opener), and
  // the looks at the words around it below only ever rule one out
  let entity: string | undefined;
  // (a surname or a middle name before it first: see the one-word names in linkMentions)
  for (const index of indexesByPriority) if (index !== givenNamesOf(indexesByPriority) && (entity = index.before(t.lower, t.start)) !== undefined) break;
  if (entity === undefined) for (const index of indexesByPriority) if ((entity = index.resolve(t.lower, t.start)) !== undefined) break;
  if (entity === undefined) return undefined;
  // "won an Oscar for the screenplay", "took the Oscar.", "a Ford": a bare word after an article, at the head of its
  // phrase, is a thing named so, not a short form of the host Oscar Delgado or of Daniel Ford ("the Bush
  // administration", "the Crossley family" name the person in a noun's modifier)
  if (ARTICLE_BEFORE().test(text.slice(Math.max(0, t.start - 5), t.start)) && !t.possessive
    && !NOUN_AFTER().test(text.slice(t.end, t.end + 24))) return undefined;
  // "get things done in Washington" beside "George Washington": a place's name after a preposition of place is the place
  if (classes[f.first] === 'place' && !t.possessive && placeWordBefore(text, t.start)) return undefined;
  // ("the Guggenheim's flagship", "the Frick's garden": "the" before a possessive owns for a museum or a hall named
  // after the person, never for the person, whose possessive takes no article)
  if (t.possessive && THE_BEFORE_WORD().test(text.slice(Math.max(0, t.start - 5), t.start))) return undefined;
  // "talks between Hamas and Israel" beside "Defence Minister Israel Katz": a place's name alone that would stand only
  // for a person's given name is the place (a person named by the surname, "Washington", still links)
  if (classes[f.first] === 'place' && givenNameOnly(entity, t.lower)) return undefined;
  // "# Letter from Arlen Whitby to Arlen Corrigan" beside a body that names only Arlen Corrigan: a headline's given name
  // before a word of a name (no word of the language) that is no word of that person's name is another person's,
  // whom the body does not name
  if (f.headlineNext !== undefined && classes[f.first] === 'given') {
    entity = ownNameAfter(tokens, f.headlineNext, classes[f.headlineNext], entity, t.lower, indexesByPriority);
  }
  // "Such" opening a sentence is the word, not the bowler Peter Such — unless the text never uses it as a word ("Wang")
  // (where its own clause shows the person: "White was surrounded by his wife", "White, a Democrat, …")
  if (entity !== undefined && t.sentenceStart && (classes[f.first] === 'common' || lex.commonWords.has(t.lower))
    && usedAsWord(t.lower) && !openerShownPersonal(text, tokens, f.first, lex)) return undefined;
  return entity;
}

/**
 * The person a headline's given name names, where `entity` is the one the given name alone would name: the word after
 * it (at `k`), where it is a word of a name (a surname's or one no list knows, not a word of the language) and no word
 * of `entity`, stands for the given name's own surname: the person the body names so, else none the body names.
 */
function ownNameAfter(tokens: readonly Token[], k: number, nextClass: WordClass, entity: string, given: string,
  indexes: readonly NameIndex[]): string | undefined {
  const next = tokens[k];
  if (next.shape !== 'capitalised' || (nextClass !== 'surname' && nextClass !== 'unknown' && nextClass !== 'given')) return entity;
  // ("Hillary Refers to …", "Owen Pleads Guilty": a word no list knows ending in a lone "s" there is the verb)
  if (nextClass === 'unknown' && verbShaped(next)) return entity;
  const words = entity.split(' ').map(foldedWord);
  // (only a given name that opens the person's name: "Brady" of "Tom Brady" is his surname, whatever follows it)
  if (words[0] !== given || words[words.length - 1] === given) return entity;
  // (the person's own name written otherwise or misspelt, "O’Reilly", "Dopfner", "Krathammer"; or a middle name the
  // body leaves out before it: "Seth Conrad Rich")
  const after = k + 1 < tokens.length && tokens[k + 1].start - next.end === 1 ? tokens[k + 1] : undefined;
  if (words.some(w => sameWord(w, foldedWord(next.text))) || (after !== undefined && words.some(w => sameWord(w, foldedWord(after.text))))) {
    return entity;
  }
  // (a body's name that holds the given name and the word: "Owen Tarrance", named later in the body)
  for (const index of indexes) {
    const other = index.resolve(next.lower, next.start);
    if (other !== undefined && other.toLowerCase().split(' ').includes(given)) return other;
  }
  return undefined;
}

/** A word of a name in lower case, its accents taken off and its apostrophes straight, and no possessive after it. */
function foldedWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/'s?$/, '');
}

/** The same word, or one of five letters or more a letter apart from it (left out, added or changed). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return i + j >= Math.max(a.length, b.length) - 1;
}

/**
 * "# Death of Rachel Hoffman" over a body that says only "a woman was killed": two words of a headline that the body
 * does not name, a given name and a surname of the lists (neither a word of the language) with no other word of a name
 * on either side, are a person's full name the headline alone gives.
 */
function headlineOnlyNames(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: readonly NameFinding[],
  entityOf: (string | undefined)[], lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < findings.length; i++) {
    const f = findings[i];
    const k = f.first;
    if (f.headlineNext === undefined || findings[i + 1].first !== f.headlineNext || entityOf[i] !== undefined
      || entityOf[i + 1] !== undefined || classes[k] !== 'given' || classes[k + 1] !== 'surname' || tokens[k].possessive
      || tokens[k].shape !== 'capitalised' || tokens[k + 1].shape !== 'capitalised'
      || lex.commonWords.has(tokens[k].lower) || lex.commonWords.has(tokens[k + 1].lower)) continue;
    if (k > 0 && findings[i - 1]?.headlineNext === k && NAME_WORDS.has(classes[k - 1])) continue;
    // (a given name after it is no word of it: "Did Nora Walsh Sue …")
    if (findings[i + 1].headlineNext !== undefined && !tokens[k + 1].possessive && classes[k + 2] !== 'given' && NAME_WORDS.has(classes[k + 2])) continue;
    // (nor a line with a comma, a name and its place, "Beatriz Sousa Menezes, Lisbon", which signs a report)
    if (lineHasComma(text, tokens[k].start)) continue;
    const entity = `${tokens[k].text} ${tokens[k + 1].text}`;
    // (where the body writes the two words too, and reads them as no one's name, so are they here: "# Did Harley
    // Davidson's CEO …" over "Harley-Davidson's chief executive", "# … on 'Ed Sullivan'" over "The Ed Sullivan Show")
    if (writtenElsewhere(text, entity, tokens[k].start) || writtenElsewhere(text, `${tokens[k].text}-${tokens[k + 1].text}`, tokens[k].start)) continue;
    entityOf[i] = entity;
    entityOf[i + 1] = entity;
    i++;
  }
}
const NAME_WORDS = new Set<WordClass>(['given', 'surname', 'particle', 'initial']);

/** Whether the line holding offset `at` holds a comma. */
function lineHasComma(text: string, at: number): boolean {
  for (let k = at; k > 0 && text.charCodeAt(k - 1) !== 10; k--) if (text.charCodeAt(k - 1) === 44) return true;
  for (let k = at; k < text.length && text.charCodeAt(k) !== 10; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/** Whether `words` occur in the text as words anywhere but at `at`. */
function writtenElsewhere(text: string, words: string, at: number): boolean {
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) {
    if (i !== at && (i === 0 || !isWordCode(text.charCodeAt(i - 1))) && !isWordCode(text.charCodeAt(i + words.length))) return true;
  }
  return false;
}

/** A headline's word ending in a lone "s", no possessive: a verb there ("Refers", "Pleads"). */
function verbShaped(t: Token): boolean {
  return !t.possessive && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** The given names' index of [surnames, singles, givenNames, middleNames]. */
const givenNamesOf = (indexes: readonly NameIndex[]) => indexes[2];

/** Most distinct words whose lower-case use is looked up in one text: each look-up reads the text once. */
const MAX_WORD_LOOKUPS = 32;

/** Whether a word occurs in lower case in the text, remembered per word and bounded in count to stay linear. */
function lowerCaseUse(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return word => {
    let used = known.get(word);
    if (used === undefined) {
      used = known.size >= MAX_WORD_LOOKUPS || occursAsWord(text, word);
      known.set(word, used);
    }
    return used;
  };
}

function occursAsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** The name as written, with runs of spaces (or a line break) between words made single spaces. */
function canonical(text: string, tokens: readonly Token[], f: NameFinding): string {
  const raw = text.slice(tokens[f.first].start, tokens[f.last].end);
  return UNUSUAL_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
}

/** "the " (or "The ") right before `start`. */
function theBefore(text: string, start: number): boolean {
  return start >= 4 && text.charCodeAt(start - 1) === 32 && (text.charCodeAt(start - 4) === 116 || text.charCodeAt(start - 4) === 84)
    && text.charCodeAt(start - 3) === 104 && text.charCodeAt(start - 2) === 101 && (start === 4 || !/[\p{L}\d]/u.test(text[start - 5]));
}

/** The title written right before the name opened by token `first` ("president" of "President Donald Trump", "sen" of
 *  "Sen. Jo Bell"), or undefined. */
function titleBefore(text: string, tokens: readonly Token[], classes: readonly WordClass[], first: number): string | undefined {
  if (first === 0 || classes[first - 1] !== 'title') return undefined;
  const gap = tokens[first].start - tokens[first - 1].end;
  if (gap !== 1 && !(gap === 2 && text.charCodeAt(tokens[first - 1].end) === 46 /* . */)) return undefined;
  return tokens[first - 1].lower;
}
