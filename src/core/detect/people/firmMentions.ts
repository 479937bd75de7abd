// The firm-or-founder decisions that need the whole article: a bare word that names a person in one place ("Michael
// Dell") and a firm, an institution or a club in another ("Dell said it would cut prices"), decided mention by mention.
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import type { WordClass } from './classify';
import type { NameFinding } from './link';
import { headlineLines, inHeadline } from './headlines';
import { ampersandBefore, firmInItsSentence, organisationUse, personalPronoun, personalUse, saidOf, shopNameUse } from './organisations';
import { wordAfter, wordBefore } from './words';
import { ageAfter, appositiveWho, personOnlyAfter, roleBefore, toldPressAfter } from './mentionCues';
import { oneWhoAfter } from './evidence';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/**
 * "Ferrari said …" with no Ferrari of a full name anywhere in the article, no title and nothing personal: a one-word
 * brand that is also a surname names the firm (news introduces a person by full name first).
 */
export function dropLoneFirmSurnames(tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>,
  personal: ReadonlySet<string>, lex: PeopleLexicon): void {
  let surnamesOfNames: Set<string> | undefined;
  for (const f of findings) {
    if (!f.person || f.first !== f.last || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (!lex.firmSurnames.has(word) || personal.has(word)) continue;
    if (!surnamesOfNames) {
      surnamesOfNames = new Set();
      for (const g of findings) if (g.last > g.first) surnamesOfNames.add(tokens[g.last].lower);
    }
    if (!surnamesOfNames.has(word)) { f.person = false; f.firm = true; }
  }
}

/**
 * A bare word that names a person elsewhere in the article ("Michael Dell") and a firm in its own sentence ("Dell said
 * it would cut prices on its laptops", "Dell shares rose"): that mention is the firm's, not a short form of the person.
 */
export function markFirmMentions(text: string, tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>,
  firms: ReadonlySet<string>, owned: ReadonlySet<string>, lex: PeopleLexicon, headlines: ReturnType<typeof headlineLines>,
  uses: Map<number, ReturnType<typeof organisationUse>>): void {
  // only a mention that is a person by its own evidence, or could be a short form of one, is worth the look
  const namesWords = new Set<string>();
  const surnames = new Set<string>();
  for (const f of findings) {
    if (f.person && f.last > f.first) {
      namesWords.add(tokens[f.first].lower);
      namesWords.add(tokens[f.last].lower);
      surnames.add(tokens[f.last].lower);
    }
  }
  // the last words of full names the article uses as a firm's ("Harold Pemberley Co."): "Pemberley said it …" is that firm
  const firmLastWords = new Set<string>();
  for (const key of firms) if (key.includes(' ')) firmLastWords.add(key.slice(key.lastIndexOf(' ') + 1));
  // (and of full names the article also names as a firm, though it shows a person of them: "fashion house Marta
  // Vellini" beside "Marta Vellini, 76,")
  const ownedLastWords = new Set<string>();
  for (const key of owned) if (key.includes(' ')) ownedLastWords.add(key.slice(key.lastIndexOf(' ') + 1));
  // the words of the bare mentions the last loop decides (a person's, or a word of a person's full name): the
  // article-wide tallies below are read for these words only, as nothing else asks for them (they were read for every
  // one-word finding, headlines' words included: some fifty times as many, each an organisationUse and more)
  const asked = new Set<string>();
  for (const f of findings) {
    if (f.first !== f.last || f.firm || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (f.person || namesWords.has(word)) asked.add(word);
  }
  if (asked.size === 0) return;
  // each bare mention's use is asked up to three times below, and reading it is dear: once a token (`uses` holds those
  // the caller read already)
  const useOf = (k: number): ReturnType<typeof organisationUse> => {
    if (!uses.has(k)) uses.set(k, organisationUse(text, tokens, k, k));
    return uses.get(k);
  };
  // ("Carver & Lowe" names the firm by both families: "Lowe" alone is not its short form, as "Carver" may be; "Ruth &
  // Omar Haddad", two given names, no firm at all)
  const couple = (k: number): boolean => k + 1 < tokens.length && /^[ \t]&[ \t]$/.test(text.slice(tokens[k].end, tokens[k + 1].start))
    && lex.givenNames.has(tokens[k].lower) && lex.givenNames.has(tokens[k + 1].lower);
  const firmAlone = (k: number): boolean => useOf(k) === 'sure' && !ampersandBefore(text, tokens[k].start) && !couple(k);
  const introduced = introducedAsFirm(tokens, findings, headlines, firmAlone, asked);
  // the one-word findings by token, read only for a word joined by "&" to a surname of a person of the article
  let oneWord: Map<number, NameFinding> | undefined;
  const partnerIsPerson = (k: number): boolean => {
    if (!oneWord) {
      oneWord = new Map();
      for (const g of findings) if (g.first === g.last) oneWord.set(g.first, g);
    }
    const other = ampersandBefore(text, tokens[k].start) ? k - 1 : k + 1;
    return oneWord.get(other)?.person === true;
  };
  // (or that the article uses as a firm twice or more and never alone as a person: "Harold Pemberley opened his first
  // bakery in 1932 … Pemberley shares fell … Pemberley employs 4,000": "Pemberley said on Monday that the company
  // would move" is the firm too)
  const firmUsesOf = new Map<string, number>();
  const personalUsesOf = new Map<string, number>();
  for (const f of findings) {
    if (f.first !== f.last) continue;
    const t = tokens[f.first];
    if (!asked.has(t.lower)) continue;
    const said = saidOf(text, t);
    if (personalUse(text, tokens, f.first) || said === 'person' || titled.has(f) || saysPersonalOfWord(text, t, lex)) {
      personalUsesOf.set(t.lower, (personalUsesOf.get(t.lower) ?? 0) + 1);
    } else if (said === 'thing' || firmAlone(f.first)) {
      firmUsesOf.set(t.lower, (firmUsesOf.get(t.lower) ?? 0) + 1);
    }
  }
  for (const [word, n] of firmUsesOf) if (n >= 2 && !personalUsesOf.has(word)) introduced.add(word);
  // a shop's name written with its 's ("Wendell's, founded in 1969 by Dave Wendell,", "the chain Wendell's said"): its
  // other mentions with the 's are the shop's too, where no relative or agent follows ("Wendell's daughter")
  let shops: Set<string> | undefined;
  for (const f of findings) {
    if (f.first === f.last && tokens[f.first].possessive && asked.has(tokens[f.first].lower) && shopNameUse(text, tokens[f.first])) {
      (shops ??= new Set()).add(tokens[f.first].lower);
    }
  }
  for (const f of findings) {
    if (f.first !== f.last || f.firm || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (!f.person && !namesWords.has(word)) continue;
    const use = useOf(f.first);
    // whom the sentence goes on to be about: "Vellacott said in a statement that … it could no longer …" is the
    // firm, "… that he would forgo his own pay" the chairman
    const said = saidOf(text, tokens[f.first]);
    const pronoun = personalUse(text, tokens, f.first) || said === 'person';
    const firmKnown = lex.organisations.has(word) || lex.firmSurnames.has(word) || lex.firmWords.has(word);
    const firmElsewhere = firms.has(word) || owned.has(word);
    // "Marsh & Tully employs 900" beside "Gideon Marsh, the founder": a firm, where the word joined to it is no
    // surname of a person the article names (else left to the firm's other evidence: "Nell Penn … Ivo Quist")
    const partner = pronoun ? undefined : ampersandPartner(text, tokens[f.first]);
    // ("Hollins & Marsh's chairman" beside "Arthur Hollins and Walter Marsh": where the word joined to it is no person
    // in this mention, neither is this one)
    if ((partner !== undefined && (!surnames.has(partner) || !partnerIsPerson(f.first)))
      || firmInItsSentence(text, tokens, f.first, firmElsewhere, firmKnown, use, pronoun)
      || (said === 'thing' && (firmElsewhere || firmLastWords.has(word)))
      // "Vellini's shares rose 4%": a listed company's shares that move, where the article names a firm so (a person's
      // shares are "in" a firm: "Musk's shares in the carmaker")
      || ((firms.has(word) || firmLastWords.has(word) || ownedLastWords.has(word)) && !pronoun && sharesMove(text, tokens[f.first]))
      || (shops !== undefined && tokens[f.first].possessive && shops.has(word) && !pronoun && !personAfterPossessive(text, tokens[f.first]))
      // "Ostrander's lead drug" beside "Ostrander Bio": what a drugmaker makes, after the possessive of a word the
      // article names a firm with
      || ((firms.has(word) || firmLastWords.has(word)) && !pronoun && productAfterPossessive(text, tokens[f.first]))
      || ((firmKnown || firmElsewhere) && !pronoun && (besideFirm(text, tokens[f.first], firms, lex) || namedBySelf(text, tokens[f.first])))
      || (introduced.has(word) && !pronoun && !titled.has(f) && !saysPersonalOfWord(text, tokens[f.first], lex))) {
      f.person = false;
      f.firm = true;
    }
  }
}

/**
 * "Thornbury, the garden tool maker founded by Edwin Thornbury, will close …": a bare word the article uses as a
 * firm before any person's full name ends in it names the firm in every later bare mention that says nothing
 * personal of itself ("Thornbury said in a statement that the company would …", "ask Thornbury to keep the works
 * open", "the Thornbury works"), as a reader takes it; the family's people are named in full or with a pronoun, title
 * or age ("Vellacott, 58,"). Headlines do not count: their words may be anyone's. Read for the words in `asked` only.
 */
function introducedAsFirm(tokens: readonly Token[], findings: readonly NameFinding[],
  headlines: ReturnType<typeof headlineLines>, firmAlone: (k: number) => boolean, asked: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  const firms = new Set<string>();
  for (const f of findings) {
    const t = tokens[f.last];
    // (each word decided apart from the others: only the words asked about are worth the look)
    if (!asked.has(t.lower) || inHeadline(tokens[f.first], headlines)) continue;
    const word = t.lower;
    if (named.has(word) || firms.has(word)) continue;
    if (f.first !== f.last) { if (f.person) named.add(word); continue; }
    if (!t.possessive && (f.firm || firmAlone(f.first))) firms.add(word);
  }
  return firms;
}

/** "'s shares rose", "'s stock, listed in Milan since 2015, fell": the name's shares, then what a share price does. */
const SHARES_MOVE = /^['’]s?[ \t]{1,2}(?:shares|stock)(?:,[^,.;\n]{1,60},)?[ \t]{1,2}(?:(?:have|has|had)[ \t]{1,2}(?:risen|fallen|gained|lost|dropped|slipped|climbed|jumped|tumbled|slumped|surged|soared|sunk|declined|advanced|rallied)|rose|fell|gained|lost|dropped|slipped|climbed|jumped|tumbled|slumped|surged|soared|sank|slid|declined|advanced|rallied|closed|ended|edged|were[ \t]{1,2}(?:up|down))\b/;

/** "'s daughter", "'s wife", "'s agent": a person's own after the possessive. */
function personAfterPossessive(text: string, t: Token): boolean {
  return RELATIVE_AFTER.test(text.slice(t.end, t.end + 24));
}
const RELATIVE_AFTER = /^['’]s?[ \t]{1,2}(?:wife|husband|widow|widower|(?:girl|boy)friend|fianc[eé]e?|(?:grand)?(?:son|daughter)s?|mother|father|brothers?|sisters?|parents|(?:grand)?children|family|agent|death|funeral|birth)\b/;

/** "'s lead drug", "'s vaccine", "'s streaming service", "'s subscribers", "'s revenue": a firm's products, customers or
 *  results after a possessive, one word between at most; or the places it runs ("'s four hospitals", "'s restaurants"). */
function productAfterPossessive(text: string, t: Token): boolean {
  if (!t.possessive) return false;
  const after = text.slice(t.end, t.end + 40);
  return WORD_AFTER_POSSESSIVE.test(after) && DRUG_AFTER_POSSESSIVE().test(after);
}
/** What DRUG_AFTER_POSSESSIVE and FIRMS_PART_AFTER_POSSESSIVE open with, without their letter classes (dear to
 *  compile; a word between is any run of non-blanks here): tested first. */
const WORD_AFTER_POSSESSIVE = /^['’]s?[ \t]{1,2}(?:[^ \t]+[ \t]{1,2})?(?:drugs?|vaccines?|medicines?|pills?|treatments|streaming|online|cloud|banking|delivery|subscribers|customers|stores|factories|revenue|profits?|sales|hospitals|clinics|restaurants|hotels|shops|branches|outlets|plants|mills|warehouses|showrooms|depots|units?|divisions?|subsidiar(?:y|ies)|segments?|networks|shareholders|stockholders|board|headquarters)\b/;
const DRUG_AFTER_POSSESSIVE = lazyPattern(() => /^['’]s?[ \t]{1,2}(?:\p{Ll}+[ \t]{1,2})?(?:drugs?|vaccines?|medicines?|pills?|treatments|(?:streaming|online|cloud|banking|delivery)[ \t]{1,2}services?|subscribers|customers|stores|factories|revenue|profits?|sales|hospitals|clinics|restaurants|hotels|shops|branches|outlets|plants|mills|warehouses|showrooms|depots)\b/u);

/**
 * Something only a person is around a bare mention (saysPersonal), but for what a firm has or is after the name: "Vell's
 * entertainment unit", "Vell's TV networks" (a part of a firm after the possessive) and "Vell CFO Ann Kerr told …"
 * (the firm before its officer's post and name, whose "told" is the officer's).
 */
function saysPersonalOfWord(text: string, t: Token, lex: PeopleLexicon): boolean {
  return saysPersonal(text, t, lex) && !(t.possessive && firmsOwnAfterPossessive(text, t)) && !(!t.possessive && officerNamedAfter(text, t));
}

/** " CFO Ann Kerr", " chief executive Ann Kerr": an officer's post and a capitalised name after the firm's. */
function officerNamedAfter(text: string, t: Token): boolean {
  const after = text.slice(t.end, t.end + 32);
  return OFFICER_SHAPE.test(after) && OFFICER_NAMED_AFTER().test(after);
}
/** OFFICER_NAMED_AFTER without its letter classes (dear to compile): a capital is an ASCII capital or any character
 *  past ASCII. Tested first. */
const OFFICER_SHAPE = /^[ \t]{1,2}(?:CEO|CFO|COO|CTO|[Cc]hairman|[Cc]hairwoman|[Cc]hief[ \t]{1,2}(?:executive|financial[ \t]{1,2}officer))[ \t]{1,2}[A-Z\u0080-\uffff]/;
const OFFICER_NAMED_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:CEO|CFO|COO|CTO|[Cc]hairman|[Cc]hairwoman|[Cc]hief[ \t]{1,2}(?:executive|financial[ \t]{1,2}officer))[ \t]{1,2}\p{Lu}\p{Ll}/u);

/** "'s entertainment unit", "'s TV networks", "'s parks division": a part of a firm after a possessive, a word or a
 *  name in capitals between. */
function firmsOwnAfterPossessive(text: string, t: Token): boolean {
  if (productAfterPossessive(text, t)) return true;
  const after = text.slice(t.end, t.end + 40);
  return WORD_AFTER_POSSESSIVE.test(after) && FIRMS_PART_AFTER_POSSESSIVE().test(after);
}
const FIRMS_PART_AFTER_POSSESSIVE = lazyPattern(() => /^['’]s?[ \t]{1,2}(?:(?:\p{Ll}+|\p{Lu}{2,4})[ \t]{1,2})?(?:units?|divisions?|subsidiar(?:y|ies)|segments?|networks|shareholders|stockholders|board|headquarters)\b/u);

function sharesMove(text: string, t: Token): boolean {
  return t.possessive && SHARES_MOVE.test(text.slice(t.end, t.end + 100));
}

/** Something only a person is, in the words right around a bare mention: an age, ", who", a role, a quotation's speaker. */
function saysPersonal(text: string, t: Token, lex: PeopleLexicon): boolean {
  if (t.possessive) return true;
  if (ageAfter(text, t) || appositiveWho(text, t) || personOnlyAfter(text, t) || roleBefore(text, t.start, lex)
    || toldPressAfter(text, t) || oneWhoAfter(text, t.end)) return true;
  // "the company Vellacott founded"
  if (/^[ \t]{1,2}(?:co-)?founded\b/.test(text.slice(t.end, t.end + 14))) return true;
  const before = wordBefore(text, t.start).word;
  // ("said Whitby would open two data centres": the subject of what was said, not the speaker of "…, said Whitby.")
  return ((before === 'said' || before === 'says') && !AUXILIARIES_AFTER.test(text.slice(t.end, t.end + 12)))
    || before === 'mr' || before === 'mrs' || before === 'ms' || before === 'dr'
    || QUOTE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))
    || lex.personVerbs.has(wordAfter(text, t.end).word);
}

/** A reported clause's auxiliary right after its subject: "said Whitby would", "says Marsh has". */
const AUXILIARIES_AFTER = /^[ \t]{1,2}(?:would|will|could|can|should|might|may|had|has|have|was|is|were|are)\b/;

/** '"…," Vellacott said': the speaker after a closing quotation mark. */
const QUOTE_BEFORE = /[,.!?]["”]\s{1,2}$/;

/**
 * "a professor at Halvorsen" beside "Halvorsen University" (or "Anders Halvorsen", its founder): a bare word that
 * opens an institution's name elsewhere in the article, after "at" or "in", is that institution, not a short form.
 */
/** Words before a bare name that make it the place or the body, where the article names an institution so. */
const INSTITUTION_LEADS = wordSet('at in from led leads joined joins attended attends left');
/** An institution's people and bodies after "the" and its name: "the Whitcombe trustees" (not "the Crossley family"). */
const MEMBERS_AFTER = wordSet('trustees board governors regents students staff faculty campus'
  + ' alumni doctors nurses researchers scientists professors chancellor provost management'
  + ' spokesman spokeswoman authorities');

export function markInstitutionMentions(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  findings: NameFinding[], lex: PeopleLexicon): void {
  let institutions: Set<string> | undefined;
  for (const f of findings) {
    if (f.first !== f.last || f.firm) continue;
    const t = tokens[f.first];
    if (t.possessive) continue;
    // ("led Whitcombe for 14 years", "graduated from Whitcombe", "the Whitcombe trustees": what is led, attended or
    // left, and a modifier of a noun after "the", are the institution the article names so)
    const lead = wordBefore(text, t.start).word;
    if (!INSTITUTION_LEADS.has(lead) && !(lead === 'the' && text.charCodeAt(t.end) === 32 && MEMBERS_AFTER.has(wordAfter(text, t.end).word))) continue;
    if (!institutions) institutions = institutionWords(text, tokens, classes, lex);
    if (institutions.has(t.lower) && !personalUse(text, tokens, f.first)) { f.person = false; f.firm = true; }
  }
}

/** Words that end a sports club's name: "Dunmore Athletic", "Brackwater Rovers", "Kelso FC". */
const TEAM_WORDS = wordSet('athletic athletico rovers united city town wanderers fc afc albion'
  + ' rangers harriers hotspur argyle thistle county villa academicals orient');

/**
 * "Brackwater Rovers beat Dunmore Athletic 3-1 … Dunmore, who had not lost in 14 matches, took the lead": a word the
 * article uses as a club's first word is the club where it stands alone ("who" and "said" are a club's as well in
 * sports prose), unless the article shows a person of that name: a full name ending in it ("Ellis Dunmore"), or "he",
 * "she", an age or a title with the bare word.
 */
export function markClubMentions(text: string, tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>): void {
  let clubs: Set<string> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (!TEAM_WORDS.has(tokens[k].lower) || tokens[k].shape === 'lower') continue;
    const before = tokens[k - 1];
    if (before.possessive || before.shape !== 'capitalised' || before.line !== tokens[k].line
      || !/^[ \t]{1,2}$/.test(text.slice(before.end, tokens[k].start))) continue;
    (clubs ??= new Set()).add(before.lower);
  }
  if (!clubs) return;
  const people = new Set<string>();
  for (const f of findings) {
    const t = tokens[f.last];
    if (!clubs.has(t.lower)) continue;
    if ((f.person && f.last > f.first && !TEAM_WORDS.has(tokens[f.last + 1]?.lower ?? '')) || titled.has(f)
      || (f.first === f.last && (ageAfter(text, t) || personalPronoun(text, tokens, f.last) !== undefined))) people.add(t.lower);
  }
  for (const f of findings) {
    if (f.first !== f.last || !f.person || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (clubs.has(word) && !people.has(word)) { f.person = false; f.firm = true; }
  }
}

/** The word right before an institution's noun: "halvorsen" of "Halvorsen University", "Lindqvist Memorial Infirmary". */
function institutionWords(text: string, tokens: readonly Token[], classes: readonly WordClass[], lex: PeopleLexicon): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (classes[k] !== 'org' || !lex.nonPersonWords.has(tokens[k].lower) || tokens[k - 1].possessive) continue;
    const c = classes[k - 1];
    if ((c === 'unknown' || c === 'surname' || c === 'given') && /^[ \t]{1,2}$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      words.add(tokens[k - 1].lower);
    }
  }
  return words;
}

/** The word, in lower case, joined to this one by an ampersand ("Marsh & Tully", "Tully & Marsh"), if any. */
function ampersandPartner(text: string, t: Token): string | undefined {
  // (a possessive may end the pair, "Hollins & Marsh's chairman", but not open it)
  if (!t.possessive) {
    const ahead = text.slice(t.end, t.end + 40);
    const after = /^[ \t]{1,2}&/.test(ahead) ? AMPERSAND_NEXT().exec(ahead) : null;
    if (after) return after[1].toLowerCase();
  }
  const lead = text.slice(Math.max(0, t.start - 40), t.start);
  // (the ampersand the pattern ends with, tested first: its letter classes are dear to compile)
  const before = /&[ \t]{1,2}$/.test(lead) ? AMPERSAND_PREVIOUS().exec(lead) : null;
  return before ? before[1].toLowerCase() : undefined;
}

// (not "Reyes & The Tides": a singer and the band behind her)
const AMPERSAND_NEXT = lazyPattern(() => /^[ \t]{1,2}&[ \t]{1,2}(?!The[ \t]{1,2}\p{Lu})(\p{Lu}[\p{L}'’-]*)/u);
const AMPERSAND_PREVIOUS = lazyPattern(() => /(\p{Lu}[\p{L}'’-]*)[ \t]{1,2}&[ \t]{1,2}$/u);

/** "Dell and Hewlett-Packard reported …", "Apple or Dell": a firm's name joined by "and"/"or" to a known firm's. */
function besideFirm(text: string, t: Token, firms: ReadonlySet<string>, lex: PeopleLexicon): boolean {
  const isFirm = (w: string | undefined) => w !== undefined && (lex.organisations.has(w) || firms.has(w));
  if (t.possessive) return false;
  const after = JOINED_AFTER().exec(text.slice(t.end, t.end + 40));
  if (after && isFirm(after[1].toLowerCase())) return true;
  const before = JOINED_BEFORE().exec(text.slice(Math.max(0, t.start - 40), t.start));
  return before !== null && isFirm(before[1].toLowerCase());
}

const JOINED_AFTER = lazyPattern(() => /^,? (?:and|or) (\p{Lu}[\p{L}&-]*)/u);
const JOINED_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}&-]*),? (?:and|or) $/u);

/** "Michael Dell said Dell would …": a person does not report himself by his surname, so this is his firm. */
function namedBySelf(text: string, t: Token): boolean {
  const back = text.slice(Math.max(0, t.start - 40), t.start);
  // (how the pattern ends, tested first: its letter classes are dear to compile)
  if (!/ (?:said|says|told reporters) $/.test(back)) return false;
  const m = SAID_BEFORE().exec(back);
  return m !== null && m[1] === t.text;
}

const SAID_BEFORE = lazyPattern(() => /\p{Lu}\p{L}+ (\p{Lu}[\p{L}'’-]+) (?:said|says|told reporters) $/u);
