// Two firms named together with what firms do to a share: "Jefferies and Piper Sandler both lowered their price
// targets", "Bexley Quant and Orrin Hale cut their ratings on the stock". A broker or a bank is named like a person often
// enough ("Piper Sandler", "Morgan Hale"); beside a name that is plainly a firm, doing what only a firm's desk does
// with it, the name is one too (evidence a person could have: an analyst lowers a target as well, so it counts only
// where the article shows nothing personal of the name; see people.ts).
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** A capitalised name of one to three words, ending right before " and " (the name before the joined one). */
const PARTNER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}),?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/u);
/** " and " and a capitalised name of one to three words after the name (the name after it). */
const PARTNER_AFTER = lazyPattern(() => /^,?[ \t]{1,2}(?:and|&)[ \t]{1,2}(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})/u);
/**
 * What the pair then does, in the same clause: "both lowered their price targets", "cut their ratings on", "told their
 * clients", "downgraded the shares", "led the underwriting", "ended merger talks", "agreed to merge". Firms' desks set
 * targets and ratings for their clients and underwrite their issues; firms merge.
 */
const FIRMS_ACT = lazyPattern(() => /^[^.;:!?\n"“”]{0,60}?\b(?:their[ \t]{1,2}(?:(?:price|share|12-month)[ \t]{1,2}targets?|targets?[ \t]{1,2}(?:for|on)|(?:(?:buy|sell|hold|neutral|overweight|underweight|outperform|underperform)[ \t]{1,2})?(?:ratings?|recommendations?)|earnings[ \t]{1,2}estimates?|clients|customers)|(?:downgraded|upgraded)[ \t]{1,2}(?:the[ \t]{1,2})?(?:stock|shares)|(?:led|managed|arranged|underwrote)[ \t]{1,2}(?:the[ \t]{1,2})?(?:underwriting|offering|share[ \t]{1,2}sale|bond[ \t]{1,2}issue|issue|placement|syndicated[ \t]{1,2}loan|loan)|merger[ \t]{1,2}(?:talks|discussions|negotiations)|(?:agreed|plan|plans|planned|voted)[ \t]{1,2}to[ \t]{1,2}merge)\b/u);
/**
 * What every match of FIRMS_ACT holds: one of its verbs or "their" opening a word, then a blank. Tested first: FIRMS_ACT's
 * 60 characters of any but a stop, in Unicode, cost some 8 ms to compile, at the first pair of names of a megabyte of news.
 */
const FIRMS_ACT_CUE = /\b(?:their|downgraded|upgraded|led|managed|arranged|underwrote|merger|merge)[ \t]/;
const firmsAct = (after: string): boolean => FIRMS_ACT_CUE.test(after) && FIRMS_ACT().test(after);

/**
 * Whether the name of tokens first…last (two words or more, the first no given name) is joined by "and" to a firm's name, and the pair does what firms do with a
 * share. The other name must be a firm by itself: one word that no list gives as a given name, a surname or a word
 * of the language ("Jefferies"), a name the firm lists hold, or one that ends in a corporate word ("Ardmore
 * Securities"). Bounded look-around.
 */
export function firmBesideFirm(text: string, tokens: readonly Token[], first: number, last: number, lex: PeopleLexicon): boolean {
  const start = tokens[first].start;
  const end = tokens[last].end;
  // (a bare word may be the surname of someone named in full, and a given name opening the name speaks for a person:
  // "Whitcombe and Jefferies told their clients", "Dana Whitcombe and Jefferies …" keep the analyst)
  if (tokens[last].possessive || last === first || lex.givenNames.has(tokens[first].lower)) return false;
  const before = PARTNER_BEFORE().exec(text.slice(Math.max(0, start - 50), start));
  if (before && firmByItself(before[1], lex)) return firmsAct(text.slice(end, end + 120));
  const after = PARTNER_AFTER().exec(text.slice(end, end + 50));
  if (after && firmByItself(after[1], lex)) return firmsAct(text.slice(end + after[0].length, end + after[0].length + 120));
  return false;
}

const FIRM_OPENERS = wordSet('banco banca banque bank caixa caja grupo groupe gruppo compagnie'
  + ' companhia compania compañía sociedad sociedade societe société');

function firmByItself(name: string, lex: PeopleLexicon): boolean {
  const words = name.toLowerCase().split(/[ \t]/);
  const key = words.join(' ');
  if (lex.firmNames.has(key) || lex.organisations.has(key) || lex.corporateWords.has(words[words.length - 1])) return true;
  // ("Banco Alvorada", "Groupe Tessier": a firm's word opening its name, as in much of Europe and Latin America)
  if (words.length > 1) return FIRM_OPENERS.has(words[0]);
  const w = words[0].replace(/['’]s$/, '');
  return w.length > 2 && (lex.firmWords.has(w) || !(lex.givenNames.has(w) || lex.surnames.has(w) || lex.commonWords.has(w)
    || lex.places.has(w) || lex.neverNames.has(w) || lex.titles.has(w) || lex.demonyms.has(w)));
}

/** One item of a list of names: one to four capitalised words (a firm's "Co." or "Inc." included, "&" between two). */
const ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t](?:&[ \t])?\p{Lu}[\p{L}'’.-]*){0,3}`;
/** The items before the name, each followed by ", ", " and " or ", and ", the last one right before the name. */
const ITEMS_BEFORE = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}'’.-])((?:${ITEM}(?:,[ \t]{1,2}|,?[ \t]{1,2}and[ \t]{1,2})){1,4})$`, 'u'));
/** The items after the name, each after ", ", " and " or ", and ". */
const ITEMS_AFTER = lazyPattern(() => new RegExp(String.raw`^((?:(?:,[ \t]{1,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2})${ITEM}){1,4})`, 'u'));
/** What ends ITEMS_BEFORE and opens ITEMS_AFTER: a comma or "and" between the name and the list. */
const LIST_SEPARATOR_BEFORE = /(?:,|[ \t]and)[ \t]{1,2}$/u;
const LIST_SEPARATOR_AFTER = /^(?:,|[ \t]{1,2}and[ \t])/u;
const ITEM_SPLIT = /,[ \t]{1,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2}/u;
/**
 * What a list of stocks then does in a market report: "led gains", "led the decliners", "fell", "rose 3% each", "were
 * down 2 percent". A bare rise or fall must end its clause or give a figure ("fell behind", "rose to speak" do not).
 */
// (no Unicode flag: it has no letter class, dot or character past U+FFFF, so the flag changed nothing it matches and
// cost some 0.2 ms to compile)
const STOCKS_MOVE = /^(?:[ \t]{1,2}(?:each|both|all|shares|stock))?[ \t]{1,2}(?:(?:led|topped|paced)[ \t]{1,2}(?:the[ \t]{1,2})?(?:gains|gainers|losses|losers|decliners|advancers|declines|advances|fallers|risers)\b|(?:rose|fell|gained|lost|dropped|slipped|climbed|jumped|tumbled|slumped|surged|soared|sank|slid|declined|advanced|rallied|shed|eased|were[ \t]{1,2}(?:up|down|higher|lower)|closed[ \t]{1,2}(?:up|down|higher|lower)|edged[ \t]{1,2}(?:up|down|higher|lower))(?=[ \t]*[.;,]|[ \t]{1,2}(?:more[ \t]{1,2}than[ \t]{1,2}|about[ \t]{1,2}|nearly[ \t]{1,2}|by[ \t]{1,2}|as[ \t]{1,2}much[ \t]{1,2}as[ \t]{1,2}|each[ \t]{1,2}|sharply|steeply|slightly|in[ \t]{1,2}(?:early|late|heavy|afternoon|morning)?[ \t]?trading|on[ \t]{1,2}the[ \t]{1,2}day)?[ \t]*\$?\d))/;

/** The lists of names touching a name: ITEMS_BEFORE's match before it and ITEMS_AFTER's after it, or null. */
interface ListAround {
  before: RegExpExecArray | null;
  after: RegExpExecArray | null;
}

/**
 * Whether the name of tokens first…last is listed with firms: a list of stocks moving together (stocksMovingTogether)
 * or a list of firms (firmAmongFirms). The lists around the name are read once for both (they were read twice).
 */
export function listedWithFirms(text: string, tokens: readonly Token[], first: number, last: number, lex: PeopleLexicon): boolean {
  if (tokens[last].possessive) return false;
  const list = listAround(text, tokens[first].start, tokens[last].end);
  return stocksMovingTogether(text, tokens, first, last, lex, list) || firmAmongFirms(tokens, first, last, lex, list);
}

function listAround(text: string, start: number, end: number): ListAround {
  // (the lists' patterns are tried only where a list's separator touches the name: an end-anchored pattern is tried
  // from every character of its slice, the costliest step of a long article's people)
  const before = LIST_SEPARATOR_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? ITEMS_BEFORE().exec(text.slice(Math.max(0, start - 120), start)) : null;
  const after = LIST_SEPARATOR_AFTER.test(text.slice(end, end + 6)) ? ITEMS_AFTER().exec(text.slice(end, end + 120)) : null;
  return { before, after };
}

/**
 * Whether the name of tokens first…last is one of a list of names ("Kestrel Dynamics and Orrin Vale", "A, B and C")
 * that then moves as stocks do ("led gains", "fell", "rose 3%") in a market report, with a firm by itself among the others (see
 * firmByItself; or a name whose last word the firm lists hold: "Estee Lauder"). A person's name is listed so in a
 * market report only as the firm named after them; the caller makes it a firm only where the article shows nothing
 * personal of it. Bounded look-around.
 */
function stocksMovingTogether(text: string, tokens: readonly Token[], first: number, last: number, lex: PeopleLexicon,
  { before, after }: ListAround): boolean {
  if (tokens[last].possessive) return false;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const others = [...(before ? before[1].split(ITEM_SPLIT) : []), ...(after ? after[1].split(ITEM_SPLIT) : [])]
    .map(s => s.trim()).filter(s => s.length > 0);
  const listEnd = end + (after ? after[0].length : 0);
  // ("… while Correia Martins rose 2.5%": alone, a name of no given name whose share price moves by a percentage, or
  // by pence: "Pemberton Kaye added 6p to 287p")
  if (others.length === 0 && last > first && !lex.givenNames.has(tokens[first].lower)) {
    const move = text.slice(end, end + 60);
    return (STOCK_MOVES_BY_PERCENT.test(move) || STOCK_MOVES_IN_PENCE.test(move))
      && MARKET_NEARBY.test(text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300)));
  }
  if (others.length === 0 || !others.some(name => firmByItself(name, lex) || firmWordLast(name, lex))) return false;
  return STOCKS_MOVE.test(text.slice(listEnd, listEnd + 80))
    && MARKET_NEARBY.test(text.slice(Math.max(0, start - 300), Math.min(text.length, listEnd + 300)));
}

/** A move by a percentage right after the name, not in a poll: "rose 2.5%", "was down 3 percent". */
const STOCK_MOVES_BY_PERCENT = /^[ \t]{1,2}(?:rose|fell|gained|lost|dropped|slipped|climbed|jumped|tumbled|slumped|surged|soared|sank|slid|declined|advanced|rallied|shed|eased|(?:was|were|closed|ended)[ \t]{1,2}(?:up|down|higher|lower))[ \t]{1,2}(?:(?:more[ \t]{1,2}than|about|nearly|almost|by|as[ \t]{1,2}much[ \t]{1,2}as)[ \t]{1,2})?\d[\d.,]*[ \t]?(?:%|percent|per[ \t]cent)(?![ \t]{1,2}(?:in|of)[ \t]{1,2}(?:the[ \t]{1,2})?(?:polls?|votes?|surveys?))/;

/** A move of a share price in pence written short, or in cents, yen, pfennigs or centimes: "added 6p to 287p", "fell
 *  3.5p", "added 75 cents", "fell 20 yen". */
const STOCK_MOVES_IN_PENCE = /^[ \t]{1,2}(?:rose|fell|gained|lost|added|dropped|slipped|climbed|jumped|tumbled|slumped|surged|soared|sank|slid|declined|advanced|rallied|shed|eased)[ \t]{1,2}\d[\d.]*(?:p|[ \t](?:cents?|yen|pfennigs?|centimes))\b/;

/** Words of a market report, near the list ("Ruiz and Okoro rose 2 places" in a tennis ranking is no report). */
const MARKET_NEARBY = /\b(?:shares?|stocks?|index|indexes|indices|Nasdaq|Dow|S&P|FTSE|DAX|CAC|Nikkei|Hang Seng|trading|traders|investors|equities|bourse|blue[ -]chips?)\b/iu;

function firmWordLast(name: string, lex: PeopleLexicon): boolean {
  const words = name.toLowerCase().split(/[ \t]/);
  return words.length > 1 && lex.firmWords.has(words[words.length - 1]);
}

/**
 * Whether the name of tokens first…last (two words or more) is one item of a list of three names or more ("with
 * Microsoft, Deloitte, Publicis Sapient and Capgemini", "from Harrow Bancorp, Keller Rudd, and Deutsche Bank") at
 * least two of whose other items are firms by themselves (see firmByItself), at least one of them surely (a name the
 * firm lists hold, a corporate word ending it, a firm's word opening it: a lone unfamiliar word may be a surname in a
 * line-up), and none of which opens with a given name (a list of people and firms). A person's full name is listed so
 * only as the firm named after them. Where the name opens with a given name ("Merrill Lynch") two of the others must
 * be firms surely. Evidence a person could have (a partner listed among firms), so it counts only where the article
 * shows nothing personal of the name; see people.ts. Bounded look-around.
 */
function firmAmongFirms(tokens: readonly Token[], first: number, last: number, lex: PeopleLexicon, { before, after }: ListAround): boolean {
  if (last === first || tokens[last].possessive) return false;
  const others = [...(before ? before[1].split(ITEM_SPLIT) : []), ...(after ? after[1].split(ITEM_SPLIT) : [])]
    .map(s => s.trim().replace(/\.$/, '')).filter(s => s.length > 0);
  // ("advised by Harwell & Stroud, Pendry Voss and Quillan Marsh": beside a partnership named by two families
  // joined by "&", a name of no given name in a list of no given name is a partnership too)
  if (others.length > 0 && !lex.givenNames.has(tokens[first].lower) && others.some(name => partnershipOfTwo(name, lex))
    && others.every(name => !lex.givenNames.has(name.split(/[ \t]/)[0].toLowerCase()))) return true;
  if (others.length < 2) return false;
  let firms = 0, sure = 0;
  for (const name of others) {
    const firstWord = name.split(/[ \t]/)[0].toLowerCase();
    if (lex.givenNames.has(firstWord) && !firmSurely(name, lex)) return false;
    if (firmSurely(name, lex)) { firms++; sure++; } else if (firmByItself(name, lex) || firmWordLast(name, lex)) firms++;
  }
  return firms >= 2 && sure >= (lex.givenNames.has(tokens[first].lower) ? 2 : 1);
}

/** "Harwell & Ellis", "Carver & Lowe LLP": two families' names joined by "&", not both given names (a couple: "Ruth &
 *  Omar"). */
function partnershipOfTwo(name: string, lex: PeopleLexicon): boolean {
  const m = PARTNERSHIP_OF_TWO.exec(name);
  return m !== null && !(lex.givenNames.has(m[1].toLowerCase()) && lex.givenNames.has(m[2].toLowerCase()));
}
const PARTNERSHIP_OF_TWO = /^([A-Z][a-z]+)[ \t]&[ \t]([A-Z][a-z]+)(?:[ \t](?:LLP|LLC|Co\.?|PC))?$/;

/** A name that is a firm whoever reads it: the firm lists hold it, a corporate word or a word no person's name ends in
 *  ends it ("Tessaro Bank"), a firm's word opens it. */
function firmSurely(name: string, lex: PeopleLexicon): boolean {
  const words = name.toLowerCase().replace(/['’]s$/, '').split(/[ \t]/);
  const key = words.join(' ');
  return lex.firmNames.has(key) || lex.organisations.has(key) || lex.corporateWords.has(words[words.length - 1])
    || (words.length > 1 && (FIRM_OPENERS.has(words[0]) || lex.nonPersonWords.has(words[words.length - 1])));
}
