// The titles of works (films, novels, shows) that are named like people, and what an author or an actor does to them.
import type { PersonMention } from '../spans';
import { wordBefore } from './words';
import { lazyPattern } from '../../text/lazyPattern';
import { peopleLexicon } from '../lexicon';

/** The noun of a work right before a name, a quotation mark or a title written inside the name between or not: "the
 *  film ", 'the biopic "', "the drama Mrs ", 'the series "Inspector ', "Varga's play " (the title, if any, is the
 *  match's first group);
 *  or a name's possessive and a double quotation mark, as entertainment news credits a work to its maker ('Ilse
 *  Varga's "Maren Holt"', 'Dorne's “Corin Lask”'): the quotation is the work's title, no one the maker knows. */
const WORK_NOUN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:(?:film|films|movie|biopic|drama|novel|novella|musical|opera|sitcom|documentary|docuseries|comedy|thriller|memoir|album|ballet|miniseries|masterpiece|blockbuster|sequel|prequel|remake|mixtape|podcast|(?:the|a|his|her|their|new|hit|\p{Lu}[\p{L}\p{M}-]*['’]s)[ \t](?:play|show|book|series|painting|song|single|classic))[ \t]{1,2}["“‘']?|\p{Lu}[\p{L}\p{M}-]*(?:['’]s|s['’])[ \t]{1,2}["“])(?:(Mr|Mrs|Ms|Miss|Dr|Doctor|Sir|Lady|Lord|Dame|Professor|Captain|Inspector|Father|Sister|Uncle|Aunt)\.?[ \t])?$/u);
export function workNounBefore(text: string, start: number): RegExpExecArray | null {
  // (tried only after a quotation mark or one of its last words: the pattern costs more than the rest of a name's look-behind)
  const c = start > 0 ? text.charCodeAt(start - 1) : 0; // (no read before the text's start: V8 deoptimises there)
  if (!(c === 34 || c === 0x201c || c === 0x2018 || c === 39) && !peopleLexicon().workNounEnds.has(wordBefore(text, start).word)) return null;
  return WORK_NOUN_BEFORE().exec(text.slice(Math.max(0, start - 28), start));
}
/** A quotation closed right after a name, a comma or a full stop between or not. */
export const CLOSING_QUOTE = /^[,.]?["”’']/u;
/** What an author does to a work, after a name that made it ("the novel Agnes Wilde wrote"). */
export const AUTHORED_AFTER = /^["”’']?[ \t]{1,2}(?:wrote|directed|made|produced|published|released|starred|co-wrote|penned|filmed|shot|recorded|composed|painted|sang|wants|said|says|told)\b/;
/** "plays ", "played by … as ", "the role of ": a character's name follows, a person in the text. */
export const PLAYED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:plays|played|playing|portrays|portrayed|as|role[ \t]of|part[ \t]of)[ \t]{1,2}$/u);

/** A work's noun and the comma, dash or colon that sets its title off after it: "her new mini-album—", "the
 *  record's lead single, ", "his 2015 debut, ". */
const WORK_NOUN_SET_OFF = lazyPattern(() => /(?:^|[^\p{L}])(?:albums?|mini-albums?|singles?|EPs?|LPs?|mixtapes?|records?|debut|novels?|memoirs?|films?|movies?|documentar(?:y|ies)|sequels?|musicals?|series|sitcoms?|specials?|podcasts?|tracks?|songs?)[ \t]*(?:,|—|–|--|:)[ \t]*["“‘']?(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$/u);
/** WORK_NOUN_SET_OFF without its letter classes (dear to compile; a capitalised word is any run of non-blanks here),
 *  tested first: it holds every match of it. */
const WORK_NOUN_SET_OFF_SHAPE = /(?:albums?|mini-albums?|singles?|EPs?|LPs?|mixtapes?|records?|debut|novels?|memoirs?|films?|movies?|documentar(?:y|ies)|sequels?|musicals?|series|sitcoms?|specials?|podcasts?|tracks?|songs?)[ \t]*(?:,|—|–|--|:)[ \t]*["“‘']?(?:[^ \t]+[ \t]+){0,2}$/;
/** What follows a title set off so, after the title's further words: its closing comma or dash (a verb right after
 *  the name is the name's own: "before finishing the album, Tobin Rusk toured Spain"). The title's first words may stand
 *  before the mention ("album, Twelve Carat Orchard,"). */
const APPOSITION_CLOSES = lazyPattern(() => /^(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|the|to|a|in|and))*["”’']?[ \t]*(?:[,—–;:.)!?]|--|$)/u);

/**
 * The mentions without titles set off after a work's noun: "her new mini-album—Sunday Lantern—scheduled to
 * drop", "the single, Marlow Bell, was released" (not "the album, Maren Holt said, took two years": a person speaks
 * after the comma, and nothing closes the apposition before her verb).
 */
export function withoutWorksInApposition(text: string, mentions: PersonMention[]): PersonMention[] {
  return mentions.filter(m => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!WORK_NOUN_SET_OFF_SHAPE.test(before) || !WORK_NOUN_SET_OFF().test(before) || !APPOSITION_CLOSES().test(text.slice(m.end, m.end + 40))) return true;
    // ("In the film, Anna Berg, 34, plays …", "a small role in the movie, Kate Lowe, was …": the work is where the
    // person acts; "the album, Maren Holt, who …": a person set off after it)
    return SCENE_OPENED().test(before) || PERSON_SET_OFF.test(text.slice(m.end, m.end + 12));
  });
}

/** The work's noun phrase after a preposition ("In the film, ", "a small role in the movie, "): a person follows. */
const SCENE_OPENED = lazyPattern(() => /(?:^|[^\p{L}])(?:in|on|at|from|during|throughout|across|for|within|of)\s+(?:[\p{L}\d'’-]+\s+){0,4}[\p{L}-]+[ \t]*[,:—–][ \t]*$/iu);
/** What a person set off by commas is given: an age, "who", "whose", "aged". */
const PERSON_SET_OFF = /^,[ \t]*(?:\d|who\b|whose\b|aged\b)/;

/** Who acts in a work, named right after its title without a possessive: "the Harbour Lane actor Tom Reyes". */
const CAST_AFTER = /^[ \t](?:actor|actress|star|co-star)[ \t]$/;
/** The quotation marks that open a title, for each mark that may close it. */
const OPENING_QUOTES: Record<string, string> = { '”': '“', '’': '‘', '"': '"', "'": "'" };
/** "by" and a full name after a title's closing quotation mark: its author. */
const AUTHOR_AFTER_QUOTE = lazyPattern(() => /^.[ \t]by[ \t]\p{Lu}[\p{L}'’-]*\.?(?:[ \t]\p{Lu}[\p{L}'’-]*\.?)+/u);
/** How AUTHOR_AFTER_QUOTE opens (its first character one or two code units), tested first: the pattern is dear to compile. */
const BY_AFTER_QUOTE = /^[^\n\r\u2028\u2029]{1,2}[ \t]by[ \t]/;

/** A run's dates in brackets and its author after a title in a season's listing: " (Sept. 7–Oct. 23) by Ana Reyes",
 *  " by Ana Reyes (beginning Nov. 20)", " by Ana Reyes (Feb. 2–28)". */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]\d`;
const RUN_AND_AUTHOR = lazyPattern(() => new RegExp(String.raw`^[ \t](?:\(${MONTH_DAY}[^)\n]{0,30}\)[ \t]by[ \t]\p{Lu}|by[ \t]\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*)+[ \t]\((?:beginning|opening|running|starting|through|until|${MONTH_DAY}))`, 'u'));
/** " by ", which both of RUN_AND_AUTHOR's ways hold: tested first, as the pattern is dear to compile. */
const runAndAuthor = (after: string): boolean => /[ \t]by[ \t]/.test(after) && RUN_AND_AUTHOR().test(after);

/**
 * The mentions without the titles of works named like people, told by the person named right after them: an actor
 * of the work ("the Harbour Lane actor Tom Reyes": a person's are "Lane's co-star"), the full name of someone else;
 * or, after a title closed by its quotation mark, its author's full name ("‘Call Me Ada Quill’ by Rosa Venn"); or, in a
 * theatre's season, its run and its author ("Dear Ada (Sept. 2–25) by Rosa Venn", "Ada Quill by Rosa Venn (beginning
 * Nov. 20)").
 */
export function withoutTitlesBeforeCredits(text: string, mentions: PersonMention[]): PersonMention[] {
  const drop = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    const close = text.charAt(m.end);
    if (close in OPENING_QUOTES) {
      // (the quotation opened before the title's first words, on its line, and closed right after the name)
      const after = text.slice(m.end, m.end + 40);
      if (!BY_AFTER_QUOTE.test(after) || !AUTHOR_AFTER_QUOTE().test(after)) continue;
      const open = text.lastIndexOf(OPENING_QUOTES[close], m.start - 1);
      if (open >= m.start - 40 && !/[\n\r]/.test(text.slice(open, m.start)) && !text.slice(open + 1, m.start).includes(close)) drop.add(i);
    } else if (text.charCodeAt(m.end) === 32 && (text.charCodeAt(m.end + 1) === 40 /* ( */ || text.startsWith('by ', m.end + 1))
      && runAndAuthor(text.slice(m.end, m.end + 64))) {
      // (a play's title in a theatre's season, between its author and the days it runs)
      drop.add(i);
    } else if (n !== undefined && n.start - m.end < 10 && n.entity !== m.entity && /[ \t]/.test(n.text)
      && CAST_AFTER.test(text.slice(m.end, n.start))) {
      drop.add(i);
    }
  }
  return drop.size === 0 ? mentions : mentions.filter((_, i) => !drop.has(i));
}

/** A work's numbered part right after its title: "John Wick: Chapter 4", "Saw Part 2", "Kill Bill: Volume 1". */
const NUMBERED_PART_AFTER = /^:?[ \t]+(?:Chapter|Part|Volume|Vol\.|Season|Episode|Book)[ \t]+(?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four|Five)\b/;
/** A show's numbered season or episode before "of" and its title: "Season 2 of Cobra Kai". */
const NUMBERED_PART_OF_BEFORE = /\b(?:Season|Series|Episode|Chapter|Part)[ \t]+\d{1,2}[ \t]+of[ \t]+$/i;

/**
 * The mentions that are no title of a work numbered into parts: 'John Wick: Chapter 4 director', "Season 2 of Cobra
 * Kai is fun" (not a speaker's label at the start of a line: "ANNA RUIZ: Chapter 11 was the only way").
 */
export function withoutNumberedWorks(text: string, mentions: PersonMention[]): PersonMention[] {
  return mentions.filter(m => {
    const c = text.charCodeAt(m.end);
    if ((c === 58 /* : */ || c === 32) && NUMBERED_PART_AFTER.test(text.slice(m.end, m.end + 16))) {
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
      if (text.slice(lineStart, m.start).trim() !== '' || c === 32) return false;
    }
    return !(m.start > 8 && text.charCodeAt(m.start - 2) === 102 /* f */ && NUMBERED_PART_OF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  });
}
