// A match report's lists of players, read once every name of the article is found: a team's numbered line-up and the
// labelled lists of scorers, bowlers and officials. Players' names come from every country; in these lists the
// layout says they are people where no word list knows them.
import { matchesInCuedLines } from '../../text/cuedMatches';
import type { Token } from './tokenize';
import type { WordClass } from './classify';
import type { NameFinding } from './link';
import { nameLike } from './namesTogether';
import { lazyPattern } from '../../text/lazyPattern';

/** "15 - ", "7- ", "11 -": a shirt number and a dash before a player's name in a team's line-up. */
const SHIRT_NUMBER_BEFORE = /(?:^|[\s(;,])\d{1,2} ?[-–] ?$/;

/** Numbered names on one line that make a line-up by their number alone, with no name a person by its own evidence. */
const LINE_UP_LENGTH = 4;

/**
 * "15 - Teodor Ilic, 14 - Tane Rua, 13 - Jarrah Quaid (Ivo Brandt, 51 mins)": in a line-up that numbers its players, a
 * name after a shirt number is a player where two names numbered so on the same line are people by their own
 * evidence, or four names of two words or more are numbered so. Only name-like words (no place, organisation or word
 * of the language opens it).
 */
export function numberedLineUps(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const numbered = new Map<number, NameFinding[]>();
  for (const f of findings) {
    if (f.firm || f.last - f.first > 3) continue;
    const t = tokens[f.first];
    const c = text.charCodeAt(t.start - 1);
    if (c !== 32 && c !== 45 && c !== 0x2013) continue;
    if (!SHIRT_NUMBER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    const list = numbered.get(t.line);
    if (list) list.push(f); else numbered.set(t.line, [f]);
  }
  for (const list of numbered.values()) {
    if (list.length < 3) continue;
    let people = 0;
    let fullNames = 0;
    for (const f of list) {
      if (f.person) people++;
      if (f.last > f.first && nameLike(tokens, classes, f)) fullNames++;
    }
    if (people < 2 && fullNames < LINE_UP_LENGTH) continue;
    for (const f of list) if (!f.person && nameLike(tokens, classes, f)) f.person = true;
  }
}

/**
 * "Scorers: ", "Tries: ", "Did not bat: ", "Referee: ": the label of a match report's list of players or officials, at
 * a line's start or after a sentence's end.
 */
const PLAYER_LIST_LABEL = /(?:^|[.;)][ \t]+)(?:goal ?scorers?|scorers?|goals|tries|try|conversions?|penalties|penalty goals?|drop[- ]goals?|did not bat|yet to bat|sent off|booked|bookings|cautioned|yellow cards?|red cards?|referee|umpires?|substitutes|subs|unused substitutes|replacements|man of the match|player of the match|bowling)[ \t]?:[ \t]/gimu;

/** How every PLAYER_LIST_LABEL ends: only lines that hold it are searched (over the whole text the case-blind
 *  pattern was tried at every character). */
const COLON_SPACE = /:[ \t]/g;

/** Where another label opens inside the same line: ". Attendance:", "; Referee:". */
const NEXT_LABEL = lazyPattern(() => /[.;][ \t]+\p{Lu}[\p{L} ]{2,24}:/u);

/**
 * "Scorers: Jonas Vik (12th), Amadou Sy (57th).", "Did not bat: Okafor, Rahim.": a name-like finding in a match
 * report's labelled list of players is a player, each one up to the line's end or the next label (not a side's name
 * that heads its own scorers: "Scorers: Harlow - Vik (12th)").
 */
export function playerLists(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  for (const m of matchesInCuedLines(text, COLON_SPACE, PLAYER_LIST_LABEL)) {
    const start = m.index + m[0].length;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = NEXT_LABEL().exec(text.slice(start, end));
    ranges.push(start, next ? start + next.index : end);
  }
  if (ranges.length === 0) return;
  for (const f of findings) {
    if (f.person || f.firm) continue;
    const start = tokens[f.first].start;
    const end = tokens[f.last].end;
    if (!inRanges(ranges, start) || !nameLike(tokens, classes, f) || SIDE_AFTER.test(text.slice(end, end + 3))) continue;
    f.person = true;
  }
}

/** A player on a team sheet: one to three capitalised words, a substitute in brackets with his minute perhaps. */
const SHEET_PLAYER = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}(?:[ \t]\((?:captain|capt|c|wk|gk)\))?(?:[ \t]\(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}[ \t]\d{1,3}\))?`;
/** A captain's or a keeper's mark, which makes a list of names a team's without the semicolons of its lines. */
const CAPTAIN_MARK = /\((?:captain|capt|c|wk|gk)\)/;
/**
 * "Korvala: Rautio; Halvorsen, Pekkala, Sjoberg, Lindqvist; Aaltonen, Vuorinen (Koski 70), Nieminen; …": a side's name
 * and its team sheet, at least nine players, the lines of the team set apart by semicolons or the captain marked
 * ("Kharan: Tariq Afzal, Bilal Hamid, …, Faisal Qadir (captain), …").
 */
const TEAM_SHEET = lazyPattern(() => new RegExp(String.raw`^[ \t]*\p{Lu}[\p{L}.'’ -]{1,40}:[ \t]+((?:${SHEET_PLAYER}[,;][ \t]+){8,}${SHEET_PLAYER}\.?)[ \t]*$`, 'gmu'));

/**
 * What TEAM_SHEET holds wherever it matches, in the same line, and what a sheet it keeps holds: the line's first colon
 * within 41 characters of its start (no digit, comma or semicolon before it), a semicolon or a captain's mark after it,
 * then eight commas or semicolons. (With only the colon and the commas, 17 paragraphs of the bench's megabyte of news
 * and debates passed, and the pattern, 15 letter classes under the `u` flag, was compiled with no team sheet to read.)
 */
const COLON_THEN_LIST = /^[ \t]*[^\n:,;\d]{2,41}:[ \t](?=[^\n]*(?:;|\((?:captain|capt|c|wk|gk)\)))(?:[^\n,;]*[,;]){8}/gm;

/** A scorer and the minutes of his goals: "Ostrander 12", "Rautio 4, 67", "Duvenage 55 pen", "Kerr 90+2". */
// (the mark written out or with its stops too: "Signori 80 penalty", "Rask 12 o.g.")
const GOAL_MARK = String.raw`(?:[ \t](?:pen|og|penalty|pen\.|o\.g\.|own[ -]goal))?`;
const SCORER = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}[ \t]\d{1,3}(?:\+\d)?${GOAL_MARK}(?:,[ \t]\d{1,3}(?:\+\d)?${GOAL_MARK})*`;
/** "KORVALA 2 (Ostrander 12, Melkvist 78)": a side's score, then its scorers in brackets. */
const SCORERS_AFTER_SCORE = lazyPattern(() => new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*[ \t]\d{1,2}[ \t]\((${SCORER}(?:[,;][ \t]${SCORER})*)\)`, 'gu'));

/** What SCORERS_AFTER_SCORE holds wherever it matches: a score, then a bracket. */
const SCORE_THEN_BRACKET = /\d[ \t]\(/g;

/** Every name-like finding among a side's scorers in brackets after its score is a player. */
export function scorersAfterScores(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  // tried at every capital of an article it cost 23 ms a megabyte: only the lines with a score and a bracket
  for (const m of matchesInCuedLines(text, SCORE_THEN_BRACKET, SCORERS_AFTER_SCORE)) {
    const start = m.index + m[0].indexOf('(') + 1;
    ranges.push(start, start + m[1].length);
  }
  markPlayersIn(ranges, tokens, classes, findings);
}

/** A batsman's, fielder's or bowler's name on a scorecard's line: "Moin Khan", "A. Stewart", "A.de Silva". */
const CARD_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}`;
/**
 * "Saeed Anwar c Croft b Cork 176", "Ijaz Ahmed lbw b Mullally 0", "M. Waugh c and b Jayasuriya 50", "D. Lehmann st
 * Kaluwitharana b Chandana 2", "R. Irani not out 45": a batting line of a scorecard, a line of its own.
 */
const BATTING_LINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*${CARD_NAME}[ \t]+(?:c[ \t]+(?:(?:and|&)[ \t]+|${CARD_NAME}[ \t]+)|st[ \t]+${CARD_NAME}[ \t]+|lbw[ \t]+)?(?:b[ \t]+${CARD_NAME}|run[ \t]+out(?:[ \t]+\(${CARD_NAME}\))?|not[ \t]+out|retired[ \t]+hurt)[ \t]+\d{1,3}\*?[ \t]*$`, 'gmu'));
/** What BATTING_LINE holds wherever it matches: a bowler's "b" before a name, "out" or "hurt" before the runs or the
 *  fielder (prose says "out" often, seldom before a figure). */
const BATTING_CUE = /[ \t](?:b[ \t]+\p{Lu}|out[ \t]+[\d(]|hurt[ \t]+\d)/gu;

/** Every name-like finding on a scorecard's batting line is a player. */
export function battingLines(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  for (const m of matchesInCuedLines(text, BATTING_CUE, BATTING_LINE)) ranges.push(m.index, m.index + m[0].length);
  markPlayersIn(ranges, tokens, classes, findings, true);
}

/**
 * "1, Harbor City, Tkachuk 8 (Desrosiers, Bergeron-Clarke), 15:02", "3, Corvale, Ostrand 4 (unassisted) 3:15", "4,
 * Corvale, Pellow 9, 18:40": an ice hockey scoring line, the goal's number, the side, the scorer and his tally, those
 * who assisted in brackets (if any), the period's clock; the scorer and the names in the brackets are players (the side between two commas is left alone).
 */
const GOAL_LINE = lazyPattern(() => new RegExp(String.raw`(?<![\d.:])\d{1,2},[ \t]+\p{Lu}[\p{L}.'’ -]{1,30}?,[ \t]+(${CARD_NAME}[ \t]+\d{1,3}(?:[ \t]+\((?:${CARD_NAME}(?:,[ \t]+${CARD_NAME})?|unassisted|empty[ \t]net|en)\))?),?[ \t]+\d{1,2}:\d\d`, 'gu'));
/**
 * What GOAL_LINE holds wherever it matches: a figure, a comma, the side (no figure or comma in it), a comma, then a
 * period's clock later in the line. (A clock alone let a debate's or a schedule's times compile the pattern for nothing.)
 */
const GOAL_LINE_CUE = /\d,[ \t]+[^\n\d,]{2,31},[ \t]+[^\n]*?\d:\d\d/g;

/** Every name-like finding in the scorer's part of an ice hockey scoring line is a player. */
export function goalLines(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  for (const m of matchesInCuedLines(text, GOAL_LINE_CUE, GOAL_LINE)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    ranges.push(start, start + m[1].length);
  }
  markPlayersIn(ranges, tokens, classes, findings);
}

/** "Goalies: Philadelphia, Hextall. Washington, Kolzig.", "Goalies - Harbor City, Halvorsen.": each side and its goalie. */
const GOALIES_LINE = /^[ \t]*(?:goalies|goaltenders|goalkeepers)[ \t]*[-–:][ \t]+\S.*$/gimu;
/** What GOALIES_LINE holds wherever it matches. */
const GOALIES_CUE = /[Gg]oal(?:ies|tenders|keepers)[ \t]*[-–:]/g;

/** On a line of the goalies of an ice hockey game, each name-like finding after a side's name and a comma is a player. */
export function goaliesLines(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  for (const m of matchesInCuedLines(text, GOALIES_CUE, GOALIES_LINE)) ranges.push(m.index, m.index + m[0].length);
  if (ranges.length === 0) return;
  for (const f of findings) {
    if (f.person || f.firm || !inRanges(ranges, tokens[f.first].start) || !nameLike(tokens, classes, f)) continue;
    if (COMMA_BEFORE.test(text.slice(Math.max(0, tokens[f.first].start - 3), tokens[f.first].start))) f.person = true;
  }
}
const COMMA_BEFORE = /,[ \t]{1,2}$/;

/** A rank before a name in a results list: "1. ", "12. ". */
const RANK_BEFORE = /(?:^|[\s(])\d{1,2}\.[ \t]{1,2}$/;
/** After a ranked name: its country in brackets perhaps, then its result (a time, a distance, points, prize money). */
const RESULT_AFTER_RANKED = lazyPattern(() => /^(?:[ \t]{1,2}\([\p{L}. ]{2,30}\))?[ \t]{1,2}\d[\d.,:]*(?![\p{L}\d-])/u);
/** Ranked names that make a results list, and how far apart two of it may stand (a result and a rank between). */
const RANKED_LENGTH = 3;
const RANKED_GAP = 80;

/**
 * "1. Tamsin Orveld 612,400 euros 2. Kaito Brenvik 398,150 3. Ilse Marrow (Austria) 377,020": a full name after a rank
 * and before its result, three or more such close together, is a competitor (a team is ranked so too, but its name is
 * one word more often, and one-word names are left alone here).
 */
export function rankedResults(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  // findings come in text order; a list is a run of ranked names each near the one before (on one line or one a line)
  let list: NameFinding[] = [];
  let lastEnd = -Infinity;
  const close = () => {
    if (list.length >= RANKED_LENGTH) for (const f of list) if (!f.person && nameLike(tokens, classes, f)) f.person = true;
    list = [];
  };
  for (const f of findings) {
    if (f.firm || f.last === f.first || f.last - f.first > 3) continue;
    const start = tokens[f.first].start, end = tokens[f.last].end;
    if (!RANK_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || !RESULT_AFTER_RANKED().test(text.slice(end, end + 40))) continue;
    if (start - lastEnd > RANKED_GAP) close();
    list.push(f);
    lastEnd = end;
  }
  close();
}

/** Classes no player's name on a sheet has: a sheet that holds one is a list of something else (a route, a draw). */
const NOT_ON_A_SHEET = new Set<WordClass>(['place', 'org', 'demonym', 'title']);

/** Every name-like finding on a team sheet is a player, whatever words the name is made of. */
export function teamSheets(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const ranges: number[] = [];
  // (tried only in the lines with a colon and a list after it: over every line it cost 4 ms a megabyte of news)
  for (const m of matchesInCuedLines(text, COLON_THEN_LIST, TEAM_SHEET)) {
    if (!m[1].includes(';') && !CAPTAIN_MARK.test(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]), end = start + m[1].length;
    if (tokens.some((t, k) => t.start >= start && t.end <= end && NOT_ON_A_SHEET.has(classes[k]))) continue;
    ranges.push(start, end);
  }
  markPlayersIn(ranges, tokens, classes, findings);
}

/** Every name-like finding that starts inside one of `ranges` (start, end pairs) is a player. */
function markPlayersIn(ranges: readonly number[], tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  placesToo = false): void {
  if (ranges.length === 0) return;
  for (const f of findings) {
    if (f.person || f.firm || !inRanges(ranges, tokens[f.first].start)) continue;
    // (on a batting line a place's word is a player's surname too: "c Cork b Croft")
    if (!nameLike(tokens, classes, f) && !(placesToo && f.first === f.last && classes[f.first] === 'place' && !tokens[f.first].possessive)) continue;
    f.person = true;
  }
}

/** " -", " –", ":" after a name heading a side's part of a list. */
const SIDE_AFTER = /^(?: ?[-–:])/;

function inRanges(ranges: readonly number[], at: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (at >= ranges[i] && at < ranges[i + 1]) return true;
  return false;
}
