// Evidence that a name like a person's names a ship, an aircraft or a locomotive: "aboard the Adelaide Marchbank",
// "the locomotive Sir Ambrose Crale", "the Ambrose Crale was withdrawn from service", "the Princess Lorna, a paddle
// steamer", "flew the Tobias Penn". People are not boarded, launched, docked or withdrawn from service. Racehorses are
// named the same way, titles and all: "the mare Lady Arden", "Sir Percival, a nine-year-old gelding".
import type { Token } from './tokenize';
import { isJob } from './organisations';
import { peopleLexicon } from '../lexicon';
import { asciiWordBeforeSpace, wordsAfter } from './words';
import { lazyPattern, testShaped } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/**
 * "aboard the", "on board", "flew the", "sailed the": right before a name, what only a vehicle is (a person is
 * flown, not "flew the …" by a pilot; "the" is needed after a verb: "sailed Elena home" is a person; "will be named
 * the Anna Larsen": a person is named after someone, not "named the" someone).
 */
const VEHICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:(?:aboard|onboard|on\s{1,2}board)(?:\s{1,3}the)?|(?:flew|flown|flying|piloted|sailed|boarded|boarding|crewed|skippered|steered|christened|named|renamed|dubbed|scuttled|scrapped|refitted)\s{1,3}the)\s{1,3}$/u);
/** VEHICLE_BEFORE's verb (or "board") and "the" ending the look-behind, without its letter class (which costs some
 *  0.3 ms to compile): tried first. */
const VEHICLE_VERB_BEFORE = /(?:board|flew|flown|flying|piloted|sailed|boarded|boarding|crewed|skippered|steered|christened|named|renamed|dubbed|scuttled|scrapped|refitted)\s{1,3}(?:the\s{1,3})?$/;
/** A navy's or a merchant ship's prefix right before: "HMS Queen Elizabeth", "USS Gerald R. Ford", "MV Ellen Price" (not
 *  "MS" or "SS", which are initials as often: "MS Dhoni"). */
const SHIP_PREFIX_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:HMS|USS|USNS|RMS|HMAS|HMCS|HMNZS|INS|PNS|TCG|HNLMS|HNoMS|HDMS|HSwMS|ROKS|HTMS|ESPS|FGS|ORP|BRP|KRI|MV|RV|M\/[BVST])[ \t]{1,2}$/u);
/** SHIP_PREFIX_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const SHIP_PREFIX_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:HMS|USS|USNS|RMS|HMAS|HMCS|HMNZS|INS|PNS|TCG|HNLMS|HNoMS|HDMS|HSwMS|ROKS|HTMS|ESPS|FGS|ORP|BRP|KRI|MV|RV|M\/[BVST])[ \t]{1,2}$/;
/** "the M/V Glory", "the M/B Kim": the slashed prefix's first half, where the name was read from its "V" on. */
const SLASHED_PREFIX_HALF = lazyPattern(() => /(?:^|[^\p{L}])M\/$/u);
/** "a tug called the Elsa M. Brandt": a vehicle's noun and "called the" or "named the" right before a name (not "called
 *  the Joe Biden administration", with no vehicle before it). */
const VEHICLE_CALLED_THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}+)[ \t]{1,2}(?:called|named)[ \t]{1,2}the[ \t]{1,2}$/u);
/** How VEHICLE_CALLED_THE_BEFORE ends, tested first: its letter classes are dear to compile. */
const CALLED_THE_END = /(?:called|named)[ \t]{1,2}the[ \t]{1,2}$/;
/** "the locomotive Sir Ambrose Crale", "the steamer Princess Lorna": a vehicle's noun in lower case right before. */
const VEHICLE_NOUN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}+)\s{1,3}$/u);
/** "tug, the ", "ship the ": a noun in lower case, a comma perhaps and "the", right before a name. */
const VESSEL_COMMA_THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}+),?[ \t]{1,2}the[ \t]{1,2}$/u);
/** Ships firms run as well (organisations.ts counts them as a firm's in an appositive after the name). */
const VESSELS = wordSet('ship vessel tanker freighter ferry trawler liner yacht carrier flagship');
/** Right after a name, what only a vehicle does or has done to it: "docked", "was launched in 1936". */
// (no Unicode flag, as SPACE_ACT_AFTER below)
const VEHICLE_AFTER = /^\s{1,3}(?:docked|berthed|moored|capsized|derailed|taxied|ran\s{1,2}aground|was\s{1,2}(?:launched|scrapped|refitted|decommissioned|mothballed|laid\s{1,2}up|christened|scuttled|withdrawn\s{1,2}from\s{1,2}service|towed|moored|berthed|docked|derailed))\b/;

const CLASS_AFTER = /^(?:[ \t]|-)class\b/;
const THE_RIGHT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he[ \t]{1,2}$/u);

/** A vehicle's noun or an airliner's model number, a comma and "named" right before a name. */
/** How every NAMED_VEHICLE_BEFORE ends, tested first (its letter classes are dear to compile). */
const NAMED_AFTER_COMMA = /,[ \t]{1,2}(?:named|called|christened|renamed|dubbed)[ \t]{1,2}$/;
const NAMED_VEHICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\d])(?:jet|plane|aircraft|airliner|ship|vessel|boat|locomotive|engine|train|tanker|ferry|yacht|rocket|spacecraft|satellite|7\d7|A3\d0),[ \t]{1,2}(?:named|called|christened|renamed|dubbed)[ \t]{1,2}$/u);
/** "a " or "A " right before a name (no person is "a" one, but "a Mr Dale" stands before a title, not a name). */
/** A_BEFORE at the end of `before`, tried only where it ends as it must: a blank after "a", "A" or "n". */
function articleABefore(before: string): boolean {
  const blank = before.charCodeAt(before.length - 1);
  const c = before.charCodeAt(before.length - 2);
  return (blank === 32 || blank === 9) && (c === 97 || c === 65 || c === 110) && A_BEFORE().test(before.slice(-4));
}
const A_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Aa]n?[ \t]$/u);
/** A model year before a name: "a 2022 ", "the 2019 ", "its 2023 ", or a range of years "2020-2023 ", "2019–21 ". */
const MODEL_YEAR_BEFORE = lazyPattern(() => /(?:(?:^|[^\p{L}])(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Cc]ertain|[Oo]lder|[Nn]ewer|[Uu]sed)[ \t]{1,2}(?:19|20)\d\d|(?:^|[^\p{L}\d])(?:19|20)\d\d[-–](?:(?:19|20)?\d\d))[ \t]$/u);
/** MODEL_YEAR_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const MODEL_YEAR_BEFORE_SHAPE = /(?:(?:^|[^A-Za-z])(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Cc]ertain|[Oo]lder|[Nn]ewer|[Uu]sed)[ \t]{1,2}(?:19|20)\d\d|(?:^|[^A-Za-z\d])(?:19|20)\d\d[-–](?:(?:19|20)?\d\d))[ \t]$/;
/** After a model's name: the clause's end, "and"/"or", a vehicle's noun, or a verb of the present or the past. */
const MODEL_AFTER = lazyPattern(() => /^(?:[ \t]*(?:[,;:.!?)]|$)|[ \t]{1,2}(?:and|or|models?|vehicles?|cars?|SUVs?|suvs?|trucks?|pickups?|sedans?|vans?|hatchbacks?|coupes?|crossovers?|\p{Ll}+(?:s|ed))\b)/u);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const CRASHED_AFTER = /^\s{1,3}(?:crashed|crash-landed|ditched|overturned)\b/u;

/** Whether `before` ends in a ship's prefix and a space or two (SHIP_PREFIX_BEFORE), tested where one can stand. */
export function shipPrefixBefore(before: string): boolean {
  let j = before.length - 1;
  // (no read before the string's start, which throws V8's optimised code away)
  while (j >= 0 && j >= before.length - 2 && (before.charCodeAt(j) === 32 || before.charCodeAt(j) === 9)) j--;
  if (j < 0) return false;
  const c = before.charCodeAt(j);
  return j < before.length - 1 && (c === 83 /* S */ || c === 71 /* G */ || c === 86 /* V */ || c === 80 /* P */ || c === 73 /* I */ || c === 84 /* T */ || c === 66 /* B */)
    && testShaped(SHIP_PREFIX_BEFORE_SHAPE, SHIP_PREFIX_BEFORE, before);
}

/**
 * Whether this use of a name, from token `lead` (the name's first word, or the title written inside the vehicle's
 * name: the "Sir" of "the locomotive Sir Ambrose Crale") to token `last`, names a vehicle. Bounded look-around.
 */
export function vehicleUse(text: string, tokens: readonly Token[], lead: number, last: number): boolean {
  const start = tokens[lead].start;
  const before = text.slice(Math.max(0, start - 24), start);
  // (each pattern is tried only where its last words can stand: one tried from every character of every name's
  // look-behind costs more than the rest of the test)
  const close = before.slice(-8);
  if (((close.includes('the') || close.includes('board')) && VEHICLE_VERB_BEFORE.test(before) && VEHICLE_BEFORE().test(before)) || shipPrefixBefore(before)) return true;
  if (/^[BVST]$/.test(tokens[lead].text) && SLASHED_PREFIX_HALF().test(close)) return true;
  const called = close.includes('the') && CALLED_THE_END.test(before) ? VEHICLE_CALLED_THE_BEFORE().exec(before) : null;
  if (called && (peopleLexicon().vehicleNouns.has(called[1]) || VESSELS.has(called[1]))) return true;
  const word = asciiWordBeforeSpace(before, 3);
  if ((peopleLexicon().vehicleNouns.has(word) || peopleLexicon().animalNouns.has(word)) && VEHICLE_NOUN_BEFORE().exec(before)?.[1] === word) return true;
  // "Panda mother Mei Lan", "an elephant named Rosa", "a dog called Pip": an animal's kin or name, after its noun
  if ((ANIMAL_KIN.has(word) || word === 'named' || word === 'called') && peopleLexicon().animalNouns.has(asciiWordBeforeSpace(before.slice(0, before.length - word.length - 1), 2).toLowerCase())) return true;
  // "A tug, the Hendrik Laan, and two boats", "the ferry, the Queen Isolde,": named in apposition to what it is (its
  // comma perhaps left out: "the Korean flagship the Halla Star is carrying")
  const apposed = close.includes('the') ? VESSEL_COMMA_THE_BEFORE().exec(before) : null;
  if (apposed && (peopleLexicon().vehicleNouns.has(apposed[1]) || peopleLexicon().animalNouns.has(apposed[1]) || VESSELS.has(apposed[1]))) return true;
  // "Another 787, named Freddie Mercury,", "the ferry, christened Ada Lind,": a vehicle's name set off after it
  if (before.includes(',') && NAMED_AFTER_COMMA.test(before) && NAMED_VEHICLE_BEFORE().test(before)) return true;
  // "a 2022 Harlan Ridge", "2019-2021 Corvin Sport models": a model year right before, after a determiner, or a range of
  // them; no person is named with the year of their making ("in 2019 Jane Roe said" has a preposition before the year)
  // (and what follows is a vehicle's, not an event's: "the 2016 Dana Ruiz campaign" is the person's)
  if (before.length >= 5 && isDigitCode(before.charCodeAt(before.length - 2)) && testShaped(MODEL_YEAR_BEFORE_SHAPE, MODEL_YEAR_BEFORE, before)
    && MODEL_AFTER().test(text.slice(tokens[last].end, tokens[last].end + 16))) return true;
  const t = tokens[last];
  if (t.possessive) return false;
  if (VEHICLE_AFTER.test(text.slice(t.end, t.end + 40))) return true;
  if (theKindAfter(text, t.end)) return true;
  if (vesselNounAfter(text, t.end)) return true;
  // "the Collins class", "the Nimitz-class carriers": a class of ships or aircraft named after the first of them
  if (lead === last && CLASS_AFTER.test(text.slice(t.end, t.end + 7)) && THE_RIGHT_BEFORE().test(before.slice(-5))) return true;
  // "A de Havilland Beaver crashed": "a" before a name, and what aircraft and vehicles do
  if (articleABefore(before) && CRASHED_AFTER.test(text.slice(t.end, t.end + 20))) return true;
  return vehicleAppositive(text, t.end);
}

/**
 * Whether this use of a name (tokens first…last, with no title or role before it: "Minister Ana Kovach is due to
 * arrive" is a person) names a spacecraft by what it does in space, or a racehorse by the race it won. Bounded.
 */
export function craftOrHorseUse(text: string, tokens: readonly Token[], first: number, last: number, titled: boolean):
  'craft' | 'horse' | undefined {
  const t = tokens[last];
  const start = tokens[first].start;
  // "Jonny Marsh's jockey", "Vanto's trainer Ed Hale said": a horse's people after its possessive (a boxer has a trainer
  // and a firm an owner too: those only on a page of horse racing, HORSE_WORDS, whose words hold no trainer)
  if (t.possessive) {
    const people = HORSES_PEOPLE_AFTER.exec(text.slice(t.end, t.end + 20));
    return people && (people[1] === 'jockey' || HORSE_WORDS.test(text)) ? 'horse' : undefined;
  }
  const tail = text.slice(t.end, t.end + 80);
  // "Last year's winner Justify, with jockey Mo Hale and trainer Ed Marsh,": named with the one who rides it
  if (WITH_JOCKEY_AFTER.test(tail)) return 'horse';
  // "- Hot Rod Charlie, 8-1", "Plus Que Parfait 30–1 (9)": a list's entry of a name and its odds (and its post), ending
  // the line, on a page of horse racing, ODDS_PAGE (a name before a set's score, "Ana Ruiz 6-3", is a player's, on no
  // such page)
  if (ODDS_FIRST_ON_LINE.test(tail) && ODDS_ENDING_LINE.test(tail) && LIST_OPENING().test(text.slice(text.lastIndexOf('\n', start) + 1, start))
    && ODDS_PAGE.test(text)) return 'horse';
  // "Regal Marsh is another lovely horse for them": what the sentence says it is
  const kind = IS_A_KIND_AFTER.exec(tail);
  if (kind) {
    const words = kind[1].split(/\s+/);
    for (let k = 0; k < words.length && k < 3; k++) {
      if (peopleLexicon().animalNouns.has(words[k])) return words[k + 1] === undefined || !(isJob(words[k + 1]) || TRADE_ENDING.test(words[k + 1])) ? 'horse' : undefined;
    }
  }
  if (SPACE_ACT_AFTER.test(tail)) {
    return !titled && !CREW_BEFORE.test(text.slice(Math.max(0, start - 24), start))
      && SPACE_WORDS.test(sentenceAround(text, start, t.end)) ? 'craft' : undefined;
  }
  // "3. Oscar Schindler (Stephen Craine) 11-1": a results line's horse, its jockey in brackets, its odds ending the line
  // (or its odds first: "1. Miss Stamper 3-1 joint-favourite (ridden by David Harrison)")
  if ((text.charCodeAt(t.end + 1) === 40 /* ( */ ? ODDS_AFTER_BRACKET.test(tail) && JOCKEY_AND_ODDS_AFTER().test(tail) : ODDS_FIRST.test(tail) && ODDS_THEN_BRACKET.test(tail) && ODDS_AND_JOCKEY_AFTER().test(tail))
    && HORSE_RACING_NEAR.test(text.slice(Math.max(0, start - 400), Math.min(text.length, t.end + 400)))) return 'horse';
  // (a horse's name may hold a title: "Captain Ferrall took the Redmire Stakes under Aoife Brennan")
  if ((RACE_WON.test(tail) && RACE_NAME.test(tail) && RACE_WIN_AFTER().test(tail) && RACING().test(sentenceAround(text, start, t.end))) || (BY_FIRST.test(tail) && BEATEN_BY_LENGTHS.test(tail))) return 'horse';
  return undefined;
}

/** " (Stephen Craine) 11-1", " (ridden by Ana Ruiz) 9-4 favourite": a rider in brackets and odds that end the line (not
 *  a player's country and a set's score, which another set follows). */
const JOCKEY_AND_ODDS_AFTER = lazyPattern(() => /^ \((?:ridden by )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\) (?:\d{1,3}-\d{1,2}|\d{1,3}\/\d{1,2}|evens)(?: (?:joint-|co-)?(?:favourite|favorite|fav))?[ \t]*(?:\r?\n|$)/u);
const ODDS_AND_JOCKEY_AFTER = lazyPattern(() => /^ (?:\d{1,3}-\d{1,2}|\d{1,3}\/\d{1,2}|evens)(?: (?:joint-|co-)?(?:favourite|favorite|fav))? \((?:ridden by )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\)[ \t]*(?:\r?\n|$)/u);
// Where a pattern below holds letter classes (1–2 ms to compile, paid by a process at its first use), the words or
// figures every match opens with are tested first, so a process whose text has none never compiles it.
/** How ODDS_AND_JOCKEY_AFTER opens. */
const ODDS_FIRST = /^ (?:\d|evens)/;
/** ODDS_AND_JOCKEY_AFTER's odds and the bracket after them; JOCKEY_AND_ODDS_AFTER's bracket closed before its odds. */
const ODDS_THEN_BRACKET = /^ (?:\d{1,3}[-/]\d{1,2}|evens)(?: (?:joint-|co-)?(?:favourite|favorite|fav))? \(/;
const ODDS_AFTER_BRACKET = /\) (?:\d{1,3}[-/]\d|evens)/;
/** What a horse has after its name's possessive: "'s jockey", "'s trainer", "'s owner", "'s connections". */
const HORSES_PEOPLE_AFTER = /^(?:['’]s?)?\s{1,2}(jockey|trainer|owners?|connections)\b/;
/** Words only a page of horse racing holds (no trainer's or owner's: a boxer has them too). */
const HORSE_WORDS = /\b(?:[Hh]orse racing|racecourse|furlongs?|jockeys?|geldings?|colts?|fillies|filly|mares?|Stakes|Handicap|Hurdle|Steeplechase|Guineas|ridden by|saddled)\b/;
/** ", with jockey Mo Hale": a horse named with the one who rides it. */
const WITH_JOCKEY_AFTER = /^,?\s{1,2}(?:with|under)\s{1,2}(?:jockey|apprentice)\s/;
/** ", 8-1", " 30–1 (9)": odds, perhaps a post in brackets, and the line's end. */
const ODDS_ENDING_LINE = /^,?[ \t]{1,2}(?:\d{1,3}[-–/]\d{1,2}|evens)(?:[ \t]{1,2}\(\d{1,2}\))?[ \t]*(?:\r?\n|$)/;
/** A page of horse racing, anywhere in it, where a list of names with odds stands: its words, or a race's draw. */
const ODDS_PAGE = /\b(?:[Hh]orse racing|racecourse|Stakes|Handicap|Hurdle|Steeplechase|Guineas|jockeys?|trainers?|furlongs?|ridden by|horses|post positions?|morning line)\b/;
/** How ODDS_ENDING_LINE opens. */
const ODDS_FIRST_ON_LINE = /^,?[ \t]{1,2}(?:\d|evens)/;
/** Before a list's entry on its line: a dash, a bullet or a number, and up to two capitalised words of the name that no
 *  rule read as its own ("- Hot Rod Charlie": "Hot"). */
const LIST_OPENING = lazyPattern(() => /^[ \t]*(?:[-–•*]|\d{1,2}\.?)?[ \t]*(?:\p{Lu}[\p{L}'’]*[ \t]{1,2}){0,2}$/u);
/** " is another lovely horse", " was a seven-year-old gelding": what the name is, said right after it (up to four
 *  words, of which one of the first three is an animal's noun and no trade follows it: not "is a horse trainer"). */
const IS_A_KIND_AFTER = /^\s{1,2}(?:is|was)\s{1,2}(?:a|an|another)\s{1,2}([a-z-]+(?:\s{1,2}[a-z-]+){0,3})/;
/** A trade's ending, after an animal's noun: "horse trainer", "dog walker", "horse dentist", "horseman". */
const TRADE_ENDING = /^[a-z]{2,}(?:er|or|ist|man|men)s?$/;
/** The race's word that ends every RACE_WIN_AFTER. */
const RACE_NAME = /(?:Cup|Stakes|Derby|Handicap|Hurdle|Chase|Guineas|Oaks|Plate|National|Leger)\b/;
/** How BEATEN_BY_LENGTHS opens. */
const BY_FIRST = /^\s{1,3}by\s/u;
/** How RACE_WIN_AFTER opens. */
const RACE_WON = /^\s{1,3}(?:won|wins|took|landed|claimed|captured)\s/u;
/** Words of a race meeting near a results line. */
const HORSE_RACING_NEAR = /\b(?:HORSE RACING|[Hh]orse racing|racecourse|Stakes|Handicap|Hurdle|Steeplechase|Guineas|Prix|jockey|trainer|ridden by|furlongs?)\b/u;
/** "beating the favourite Lady Rosamund by two lengths", "X by a short head": a margin only a race is won by. */
const BEATEN_BY_LENGTHS = /^\s{1,3}by\s{1,2}(?:a\s{1,2}(?:neck|head|nose|short\s{1,2}head|length|length\s{1,2}and\s{1,2}a\s{1,2}half)|(?:half\s{1,2}a|a\s{1,2}half|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|\d\s{1,2}1\/2)\s{1,2}lengths?)\b/u;

/**
 * What a spacecraft does, right after its name: "is due to arrive", "entered orbit", "flew past", "launched from"; or the
 * mission it flies ("NASA's Europa Clipper mission, launched in 2024", not the envoy's of "the Kofi Annan mission"). A
 * person is due to arrive too, so only with a word of spaceflight in the same sentence (SPACE_WORDS), and not after a
 * crew member's role ("astronaut Vera Lindqvist is due to arrive at the station").
 */
// (no Unicode flag: it has no letter class, dot or character past U+FFFF, so the flag changed nothing it matches and
// cost some 0.3 ms to compile)
const SPACE_ACT_AFTER = /^\s{1,3}(?:missions?\b|(?:is|was|are)\s{1,2}(?:due|expected|scheduled|set)\s{1,2}to\s{1,2}(?:arrive|reach|enter|land|fly|swing|touch\s{1,2}down)|(?:entered|reached|left)\s{1,2}orbit|went\s{1,2}into\s{1,2}orbit|lifted\s{1,2}off|blasted\s{1,2}off|touched\s{1,2}down|splashed\s{1,2}down|flew\s{1,2}(?:past|by)|(?:beamed|sent|radioed)\s{1,2}back|launched\s{1,2}(?:in|on|from|aboard|atop))\b/;
const SPACE_WORDS = /\b(?:orbit|orbits|orbiter|spacecraft|probe|asteroid|asteroids|comet|planet|moon|lunar|Mars|Jupiter|Saturn|Venus|Mercury|Neptune|Uranus|Pluto|Europa|Titan|launch|launched|rocket|telescope|flyby|fly-by)\b/u;
const CREW_BEFORE = /(?:astronaut|cosmonaut|taikonaut|commander|pilot|crew|engineer|specialist)\s{1,3}$/iu;

/**
 * A race won, right after the name: "won the Gold Cup", "took the Kessington Stakes", "won this year's Derby". A
 * golfer or a tennis player wins cups too, so the name is a horse only where the sentence also says what only a race
 * says (RACING): who trained or rode it, the odds, the distance in lengths or furlongs.
 */
const RACE_WIN_AFTER = lazyPattern(() => /^\s{1,3}(?:won|wins|took|landed|claimed|captured)\s{1,3}(?:the\s{1,3}|this\s{1,3}year['’]s\s{1,3}|last\s{1,3}year['’]s\s{1,3})?(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){0,4}(?:Cup|Stakes|Derby|Handicap|Hurdle|Chase|Guineas|Oaks|Plate|National|Leger)\b/u);
const RACING = lazyPattern(() => /\b(?:trained\s{1,2}by|ridden\s{1,2}by|under\s{1,2}(?:jockey\s{1,2})?\p{Lu}\p{Ll}|jockey|trainer|furlongs?|lengths|odds-on|(?:at|of)\s{1,2}\d{1,3}-\d{1,2}\b|\d{1,3}\/\d{1,2}\s{1,2}(?:favourite|favorite|shot)|in\s{1,2}the\s{1,2}saddle|by\s{1,2}a\s{1,2}(?:neck|head|nose|short\s{1,2}head))/u);

/** The sentence around start…end, up to 240 characters either way: from the stop or line break before to the one after. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 240 && !SENTENCE_STOP.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 240 && !(SENTENCE_STOP.test(text[to]) && !/\d/.test(text[to + 1] ?? ''))) to++;
  return text.slice(from, to);
}

const SENTENCE_STOP = /[.!?\n]/;

/** What an animal is to another before its name: "panda mother Mei Lan", "hippo calf Juno". */
const ANIMAL_KIN = wordSet('mother mom mum father dad mate cub calf pup sister brother');
/** " the hippo", " the Robot": what a name's bearer is, right after it ("Mabel the hippo", "Sophia the Robot"); not a
 *  trade ("Ed the dog walker") nor an object's owner ("gave Ed the dog's lead"). */
const THE_KIND_AFTER = /^ the ([A-Za-z]+)(?![\w'’-])(?! [a-z]+(?:er|or)\b)/;
function theKindAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end + 1) !== 116 /* t */) return false;
  const m = THE_KIND_AFTER.exec(text.slice(end, end + 30));
  if (!m) return false;
  const w = m[1].toLowerCase();
  return peopleLexicon().animalNouns.has(w) || w === 'robot';
}

/** " ferry", " oil tanker", " cargo ship": a ship's noun right after a name, or after one word for what it carries or
 *  does (a person is no ferry; the words between are a kind of ship's, not a clause's: "Ruiz said ferry fares rose"). */
const VESSEL_AFTER = lazyPattern(() => /^ (?:(?:oil|cargo|container|passenger|car|fishing|cruise|bulk|chemical|gas|research|supply|patrol|crude|product|cable|survey|hospital|training|support|fuel)[ \t])?(?:ship|vessel|tanker|freighter|ferry|trawler|liner|yacht|carrier|steamer|barge|tug|dredger|icebreaker|warship|frigate|destroyer|submarine)(?![\p{L}\d'’-])/u);
function vesselNounAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && VESSEL_AFTER().test(text.slice(end, end + 32));
}

/** ", a", ", the": how vehicleAppositive's words open, as far as the article's first letter. */
const COMMA_THEN_ARTICLE = /^,\s{1,2}[at]/;

/** ", a paddle steamer", ", a transport aircraft from the 1940s", ", a seven-year-old mare": a vehicle's or a horse's noun in
 *  the first three words after ", a". */
function vehicleAppositive(text: string, end: number): boolean {
  // (the comma, its blanks and the article's first letter tested before the words after it are cut out)
  if (text.charCodeAt(end) !== 44 /* , */ || !COMMA_THEN_ARTICLE.test(text.slice(end, end + 4))) return false;
  const words = wordsAfter(text, end, 5);
  if (words.length < 2 || !/^,\s{1,2}$/.test(words[0].gap) || !/^(?:a|an|the)$/.test(words[0].word)) return false;
  for (let k = 1; k < words.length && k < 4; k++) {
    if (!/^\s{1,2}$/.test(words[k].gap)) return false;
    const w = words[k].word;
    // not the trade of a person: ", a seaplane pilot", ", a locomotive driver"
    if (peopleLexicon().vehicleNouns.has(w) || peopleLexicon().animalNouns.has(w)) return !(k + 1 < words.length && words[k + 1].gap === ' ' && isJob(words[k + 1].word));
  }
  return false;
}
