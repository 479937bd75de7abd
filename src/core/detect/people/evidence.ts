// Evidence from a name's surroundings that it names a person: a role before it, "said" after it, an age beside it.
import { tradeGiantBefore } from './tradeGiants';
import { bodyInBefore, compassRegionBefore, hometownBetween, placeOpener, residenceBefore } from './localPlaces';
import { partyTagAfter } from './politicalWords';
import { placeBeside } from './placesBeside';
import type { Token } from './tokenize';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import { isSpecialistWord, type NamePart, type WordClass } from './classify';
import { asciiWordBeforeSpace, wordBefore, wordsAfter, type NeighbourWord } from './words';
import { toldPressAfter } from './mentionCues';
import { staffCreditAt } from './credits';
import { playerInSets } from './results';
import { US_STATE_SHORT } from '../../text/usStates';
import { playerLineAfter } from './statLines';
import { firstQuoteMarkAfter, lastQuoteMarkBefore } from './quoteMarks';
import { isUpperCode, isWordCode } from './chars';
import { lazyPattern, testShaped } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

export interface Evidence {
  /** "Mr", "President", "striker" right before. */
  titled: boolean;
  /**
   * A title only people carry ("Ms", "Chief", "Senator") right before; "rival", "owner" or "leader" describe
   * companies too, so they do not outweigh the article's evidence that the name is one.
   */
  personTitle: boolean;
  /** "said", "told" right after (or "said X" right before). */
  reported: boolean;
  /** "…," said Okonkwo: the speaker named after a closing quotation mark and "said". */
  quoteSpeaker: boolean;
  /** ", 35," or ", who" right after. */
  appositive: boolean;
  /** "told reporters", "told a news conference" right after (see mentionCues.ts). */
  toldPress: boolean;
  /** "Evander Holyfield's wife", "Kostelnik's agent": a relative or an agent after the name's possessive. */
  relativeAfter: boolean;
  /** "Rai scored both goals for PSG", "netted twice for Ajax": a goal scored for a side, which only a player scores. */
  scoredFor: boolean;
  /**
   * "Evander Holyfield's manager", "Elena Voss's trainer": a manager or a trainer after the possessive, which a
   * fighter or a player has, and a side too ("Feyenoord's manager"): read only of a name of two words or more.
   */
  staffAfter: boolean;
  /** A person-typical verb right after: "resigned", "scored". */
  acted: boolean;
  /** Right after, what only a person does, never a side or a firm: "shot a 67", "birdied", "resigned", "died". */
  personOnlyAct: boolean;
  /** A result in sets right after: "beat Holger Rune 6-3 6-4" (a player's, whatever words the name is made of). */
  wonInSets: boolean;
  /** "the", "in", "at" right before: more likely a place or an organisation. */
  placeLead: boolean;
  /** "the" right before. */
  afterThe: boolean;

  /** "the daily Le Matin", "Charles de Gaulle airport": a noun beside it says it is no person. */
  organisationContext: boolean;
  /** Of those, a place or a firm's own shown: "the town of Bou Saada", "Ashcombe, Mass.", "its Molly Crisp bars". */
  placeShown: boolean;
  /** Of those, a noun before it: "the carrier Carl Vinson", "carmaker Brenner Motorwerke". */
  organisationBefore: boolean;
  /** Of those, a noun after it: "the Lockwood Gale consortium", "Ardal Quayle airport". */
  organisationAfter: boolean;
  /** First word is a known given name. */
  givenFirst: boolean;
  /** First word is a family name written first ("Xi Jinping"). */
  familyFirst: boolean;
  /** Full words in the name, initials not counted. */
  words: number;
  /** Lower-case particles among them: the "van den" of "Willem van den Broek". */
  particles: number;
  hasInitial: boolean;
}

/** What the words around `part` say of it; `before` and `wordAfterName` are the words beside it (wordBefore, wordAfter). */
export function gatherEvidence(text: string, tokens: readonly Token[], part: NamePart, classes: readonly WordClass[],
  lex: PeopleLexicon, before: NeighbourWord, wordAfterName: NeighbourWord): Evidence {
  const after = tokens[part.last].possessive ? undefined : wordAfterName;
  const lowerBefore0 = before.adjacent ? before.word : '';
  // ("the official Instagram page", "some major Buzzsprout updates": a role's word used as an adjective of one
  // capitalised word that a noun in lower case follows gives no title)
  const lowerBefore = adjectiveRole(text, tokens, part, lowerBefore0) ? '' : lowerBefore0;
  // ("Ana Ruiz Staff Writer", "… and Tom Rusk STAFF WRITERS": a newsroom's credit after a byline's name, no firm's staff)
  const lowerAfter = after?.adjacent && !(after.word === 'staff' && staffCreditAt(text, tokens[part.last].end)) ? after.word : '';
  // ("Lena Ward shares her view", "Tom Ode courts his rivals": a body's noun that is also a verb, before a person's
  // possessive, is what the person does, no noun of a firm's or a place's)
  const nounAfter = lex.organisationNounsAfter.has(lowerAfter)
    && !(lowerAfter.endsWith('s') && VERB_OBJECT_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 32)));
  let words = 0;
  let particles = 0;
  let hasInitial = false;
  for (let k = part.first; k <= part.last; k++) {
    if (classes[k] === 'initial') hasInitial = true; else words++;
    if (tokens[k].shape === 'lower') particles++;
  }
  // "24-year-old Harwick midfielder Tom Brannagh": the age is the person's after the role, not the club's before it
  // ("Mr. Lozier", "Sen. Okafor": a short title with its full stop, which the word before cannot read, counts too)
  // (not of the noun it describes, capitalised in a title: "a 9-Year-Old Girl")
  const aged = isAged(lowerBefore) && !lex.roleNouns.has(lowerAfter) && !lex.titles.has(lowerAfter)
    && !(!tokens[part.last].possessive && hometownBetween(text, tokens[part.first].start, tokens[part.last].end))
    && !(part.first === part.last && PERSON_NOUNS.has(tokens[part.first].lower))
    || abbreviatedTitleBefore(text, tokens[part.first].start);
  // "the town of Bou Saada", "Ashcombe, Mass.", "its Molly Crisp bars": a place, or what a firm has, wherever else it stands
  // ("a 39-year-old Corbin man", "a resident of Monte Verde", "who live on Alder Vale": where local people come from)
  const hometown = !tokens[part.last].possessive && hometownBetween(text, tokens[part.first].start, tokens[part.last].end);
  const placeShown = ((lowerBefore === 'of' || lowerBefore === 'for') && placeNounBeforeOf(text, tokens[part.first].start, lowerBefore, lex))
    || hometown || ((lowerBefore === 'of' || lowerBefore === 'on' || lowerBefore === 'in') && residenceBefore(text, tokens[part.first].start))
    || (lowerBefore === 'in' && bodyInBefore(text, tokens[part.first].start))
    || lowerBefore === 'its'
    // ("in eastern Kafr Dunis", "Beit Lavi and Kiryat Omer": a region of the compass before it, or a word that opens
    // a town's name in Hebrew or Arabic)
    || (before.adjacent && compassRegionBefore(text, tokens[part.first].start, lowerBefore))
    // ("SEPTA's West Trenton Line", "at the North Jay Grange", "Lower Allen Township": a capitalised point of the compass,
    // "Upper", "Lower", "Fort", "Mount" or "Port" joined before opens a place's name; nobody is "West Jane Dunn")
    || (PLACE_NAME_OPENERS.has(lowerBefore) && text.charCodeAt(tokens[part.first].start - 1) === 32
      && isUpperCode(text.charCodeAt(tokens[part.first].start - 1 - lowerBefore.length)))
    // ("12 Mill St. in Prince Alwyn", "Kerry Road, Hollis Green on May 3", "all at the Grinning Goose.": a town or a venue)
    || (!tokens[part.last].possessive && placeBeside(text, tokens[part.first].start, tokens[part.last].end, lowerBefore, lex))
    || (part.last > part.first && placeOpener(tokens[part.first].lower, part.last - part.first + 1))
    // "Tarvia's Hector Salgado", "Kestrel Ardane's Ana Ruiz": what a person is of, a country, a side or a firm
    || (tokens[part.last].possessive && classes[part.first] !== 'given' && possessorOfPerson(text, tokens[part.last].end, lex))
    // ("flights out of Ben Tzoran", "landed at Ben Tzoran": where aircraft come and go is an airport or a town)
    || (PREPOSITIONS_OF_FLIGHT.has(lowerBefore) && flightPlace(text, tokens[part.first].start))
    // "Tycoon Lee Shau-wing's Hutchison Whampoa", "Ana Ruiz's Kestrel Ardane": what a person owns, named after her full
    // name's possessive (a person named so is opened by a given name: "Ana Ruiz's Tom Kerr")
    || (part.last > part.first && classes[part.first] !== 'given' && !lex.familyNamesFirst.has(tokens[part.first].lower)
      && ownedByFullName(tokens, classes, part.first))
    // (a full name opened by a given name may be a party's rival, a candidate)
    || (classes[part.first] !== 'given' && itsRivalBefore(text.slice(Math.max(0, tokens[part.first].start - 40), tokens[part.first].start)))
    || (!tokens[part.last].possessive && text.charCodeAt(tokens[part.last].end) === 44 /* , */
      && (STATE_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 8))
        || STATE_NAMED_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 24))));
  const firstToken = tokens[part.first];
  const firstClass = classes[part.first];
  // (an age or ", who" after it makes a person of it all the same: "the club called Ana Ruiz, 31, …")
  const called = thingCalled(text, tokens[part.first].start, lowerBefore, lex,
    classes[part.first] === 'given' && part.last > part.first)
    && (tokens[part.last].possessive || !appositiveAfter(text, tokens[part.last].end));
  // "producer Naomi Sato", not "oil producer Kestrel Petroleum": a noun a firm or a person is, before a given name
  // (nor a trade's plural before a given name: "the architects Anne Lacaton and Jean Vassal", not "the architects Pollard Moss")
  // (nor such a word used as a verb, after "to" or a modal: "tried for years to book Osei")
  // ("mortgage giant Hollin Reed": a trade's giant is a firm, see tradeGiants.ts)
  const organisationNounBefore = (lowerBefore === 'giant' && tradeGiantBefore(text, tokens[part.first].start)) || lex.organisationNounsBefore.has(lowerBefore)
    // ("journalist for The Wall Street Journal Evan Kessler": the noun capitalised after a capitalised word ends an
    // outlet's or a body's own name, and says nothing of the name after it)
    && !ownNameEndsBefore(text, tokens[part.first].start, lowerBefore)
    && !((lex.roleNouns.has(lowerBefore) || PLURAL_TRADES.has(lowerBefore)) && firstClass === 'given' && part.last > part.first)
    && !VERB_AFTER_TO_OR_MODAL().test(text.slice(Math.max(0, tokens[part.first].start - lowerBefore.length - 10), tokens[part.first].start))
    // (nor before a given name and a surname whose verb has "his" or "her" after it: "shipbuilder Josiah Carver opened
    // his yard", a firm's "its")
    && !(firstClass === 'given' && part.last > part.first && !tokens[part.last].possessive
      && VERB_THEN_HIS().test(text.slice(tokens[part.last].end, tokens[part.last].end + 30)));
  return {
    // ("rival Amazon said": a role firms have too, before one word of firms' names, is no person's)
    titled: part.titled || part.officeAfter === true || (lex.roleNouns.has(lowerBefore)
      && !(part.first === part.last && FIRMS_ARE_TOO.has(lowerBefore) && lex.firmWords.has(tokens[part.first].lower))
      // ("league leaders Arsenal", "the players Kessel and Rook": a role's plural before one name alone is a side's)
      && !(part.first === part.last && /[^s]s$/.test(lowerBefore) && lex.roleNouns.has(lowerBefore.slice(0, -1))
        && !JOINED_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 8)))
      // ("the socialist Fabian Society", "nationalist Hindu Front": a member's word before a body's name, not a role)
      && !(part.last > part.first && BODIES_LAST.has(tokens[part.last].lower)))
      || lex.titles.has(lowerBefore) || aged || lowerBefore === 'née' || lowerBefore === 'nee'
      // ("Head of content Mara West said": a department's head, its field in small letters right before the name)
      || headOfFieldBefore(text, tokens[part.first].start)
      // ("Rep. Jo Bell, D-Ohio,", "Jo Bell (R-Fla.)": a lawmaker's party and state after the name)
      || (!tokens[part.last].possessive && partyTagAfter(text, tokens[part.last].end, lex))
      || kinInApposition(text, tokens[part.first].start, tokens[part.last])
      || (part.first === part.last && firstClass === 'given' && roleThenGiven(text, tokens[part.first].start, tokens[part.last], lex))
      || ((lowerBefore === 'by' || lowerBefore === 'and' || text.charCodeAt(tokens[part.first].start - 2) === 44 /* , */)
        && workCreatorBefore(text, tokens[part.first].start))
      || ((lowerBefore === 'of' || PLAY_VERBS.has(lowerBefore)) && characterPlayed(text, tokens[part.first].start, lowerBefore)),
    // ("Grace Nnamdi (née Eze)": a maiden name is a person's as a title's name is)
    personTitle: (part.titled && part.first > 0 && lex.titles.has(tokens[part.first - 1].lower)) || part.officeAfter === true || lex.titles.has(lowerBefore)
      || aged || lowerBefore === 'née' || lowerBefore === 'nee',
    // "…," said Budanov. — but not "said Eagles owner Jeffrey Lurie"
    // (not "Analysts said Cassidy's forecast was lower", "said Kessler's Jonas Brandt": a possessive after "said" opens
    // what was said, or names the speaker's firm, unless a person's role follows it: "said Okonkwo's lawyer")
    reported: lex.reportingVerbs.has(lowerAfter)
      || ((lowerBefore === 'said' || lowerBefore === 'says') && (after === undefined || !after.adjacent || after.numeric)
        && (!tokens[part.last].possessive || lex.roleNouns.has(ROLE_AFTER_POSSESSIVE().exec(text.slice(tokens[part.last].end, tokens[part.last].end + 24))?.[1] ?? ''))),
    quoteSpeaker: (lowerBefore === 'said' || lowerBefore === 'says') && (after === undefined || !after.adjacent || after.numeric)
      && quoteBeforeVerb(text, tokens[part.first].start),
    // ("scored for Ajax, whose coach …": a side a goal is for, whose coach or players follow, is a club)
    appositive: !tokens[part.last].possessive && !(lowerBefore === 'for' && part.first === part.last && clubWhoseAfter(text, tokens[part.last].end))
      && (appositiveAfter(text, tokens[part.last].end) || styledOfAfter(text, tokens[part.last].end) || roleAppositive(text, tokens[part.last].end, lex, part.last > part.first)
        || (part.last > part.first && (countryAfter(text, tokens[part.last].end, lex) || selfAfter(text, tokens[part.last].end)
          || citedAuthor(text, tokens[part.first].start, tokens[part.last].end)
          || describedAsPerson(text, tokens[part.last].end, lex) || RECORD_AFTER().test(text.slice(tokens[part.last].end, tokens[part.last].end + 12))))),
    // ("Kestrel Dynamics was awarded a $2 billion contract": what a contractor is given says nothing of a person)
    // (not of a name that opens with a given name: "Perry Lockwood was awarded a new contract by the club")
    acted: (lex.personVerbs.has(lowerAfter) && !(lowerAfter === 'was' && classes[part.first] !== 'given'
      && CONTRACT_GIVEN.test(text.slice(tokens[part.last].end, tokens[part.last].end + 90))))
      || playerLineAfter(text, tokens[part.last].end, tokens[part.last].possessive) || (!tokens[part.last].possessive && (becameRole(text, tokens[part.last].end, lex)
      || sportingClause(text, tokens[part.last].end))),
    wonInSets: !tokens[part.last].possessive && playerInSets(text, tokens[part.last].end),
    personOnlyAct: (!tokens[part.last].possessive && PERSON_ONLY_ACT.test(text.slice(tokens[part.last].end, tokens[part.last].end + 16)))
      // ("Jalon Daniels completed 12 of 19 passes", "Tavon Rivers caught a 25-yard touchdown pass": a player's line)
      || playerLineAfter(text, tokens[part.last].end, tokens[part.last].possessive),
    toldPress: toldPressAfter(text, tokens[part.last]),
    relativeAfter: tokens[part.last].possessive && afterPossessive(text, tokens[part.last].end, RELATIVE_AFTER_POSSESSIVE),
    staffAfter: tokens[part.last].possessive && part.last > part.first && afterPossessive(text, tokens[part.last].end, STAFF_AFTER_POSSESSIVE),
    scoredFor: !tokens[part.last].possessive && (lowerAfter === 'scored' || lowerAfter === 'netted' || lowerAfter === 'headed')
      && SCORED_FOR().test(text.slice(tokens[part.last].end, tokens[part.last].end + 50)),
    placeLead: lex.placeOrOrgLeads.has(lowerBefore),
    afterThe: lowerBefore === 'the',
    organisationContext: organisationNounBefore
      || (!tokens[part.last].possessive && (nounAfter || namesakeNounAfter(text, tokens[part.last].end)
        || (lowerAfter === 'and' && goodsAfterPair(text, tokens[part.last].end))))
      || placeShown
      || fillsQuotation(text, tokens[part.first].start, tokens[part.last])
      || inQuotedTitle(text, tokens[part.first].start, tokens[part.last].end)
      || called || bodyNamedAfterComma(text, tokens[part.first].start, tokens[part.last]),
    organisationBefore: organisationNounBefore || called,
    // (not "spokesman": "Ines Calder spokesman Tom Ruiz" speaks for a person as often as for a firm)
    organisationAfter: !tokens[part.last].possessive && ((nounAfter && !lowerAfter.startsWith('spokes'))
      || (lowerAfter === 'and' && goodsAfterPair(text, tokens[part.last].end))),
    placeShown,
    givenFirst: firstClass === 'given' && !(firstToken.sentenceStart && lex.commonWords.has(firstToken.lower)),
    familyFirst: lex.familyNamesFirst.has(firstToken.lower) && part.last > part.first && !firstToken.sentenceStart,
    words,
    particles,
    hasInitial,
  };
}

const PLACE_NAME_OPENERS = wordSet('north south east west upper lower fort mount port');

/** The lower-case word after a possessive: "'s lawyer". */
const ROLE_AFTER_POSSESSIVE = lazyPattern(() => /^['’]s?[ \t]{1,2}(\p{Ll}+)/u);
/** "takes the part of ", "played the title role of ": a character's name follows, a person in the story. */
const PART_OF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:play|plays|played|playing|take|takes|took|taking|landed|lands|cast[ \t]in|won|wins)[ \t]the[ \t](?:title[ \t]|lead[ \t]|leading[ \t])?(?:role|part)[ \t]of[ \t]$/u);
/** PART_OF_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const PART_OF_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:play|plays|played|playing|take|takes|took|taking|landed|lands|cast[ \t]in|won|wins)[ \t]the[ \t](?:title[ \t]|lead[ \t]|leading[ \t])?(?:role|part)[ \t]of[ \t]$/;
const PLAY_VERBS = wordSet('play plays played playing portray portrays portrayed portraying');
/** Words of the stage and the screen that make "played Romeo" an actor's part rather than a match. */
const STAGE_WORDS = /\b(?:actor|actress|actors|actresses|theatre|theater|staging|playwright|film|movie)\b/;
let stageText: string | undefined;
let stageAnswer = false;

/**
 * "Cressida Hale will play Ophelia", "Dunmore played Banquo", "takes the part of Polonius": a character an actor plays,
 * a person in the text as in the play (after a verb of playing only in an article of the stage or the screen, read
 * once a text: in sport "played Tarvik" is a match).
 */
function characterPlayed(text: string, start: number, lowerBefore: string): boolean {
  if (lowerBefore === 'of') {
    // (its last words first: the pattern's letter classes cost some 0.3 ms to compile)
    const before = text.slice(Math.max(0, start - 40), start);
    return /(?:role|part)[ \t]of[ \t]$/.test(before) && testShaped(PART_OF_BEFORE_SHAPE, PART_OF_BEFORE, before);
  }
  if (stageText !== text) {
    stageText = text;
    stageAnswer = STAGE_WORDS.test(text);
  }
  return stageAnswer;
}

/** A firm's or a thing's noun, a verb's helpers, then "called", "named" or "renamed" before the name (not right after
 *  "has", "have" or "had": "the company has named Ann Kerr its chief" is the firm naming a person, active). */
const FIRM_TO_BE_CALLED = lazyPattern(() => /(?:^|[^\p{L}])(?:company|firm|group|entity|business|bank|airline|carrier|brand|venture|chain|product|app|ship|vessel|jet|aircraft|rocket|spacecraft)[ \t]{1,2}(?:(?:will|would|shall|is|was|are|were|to|has|have|had|be|been|being|now|also|later|then)[ \t]{1,2}){1,3}(?<!(?:has|have|had)[ \t]{1,2})(?:called|named|renamed)[ \t]{1,2}$/u);

/** FIRM_TO_BE_CALLED's noun and the blank after it, tested first (its letter classes cost some 0.3 ms to compile). */
const FIRM_OR_THING_NOUN = /(?:company|firm|group|entity|business|bank|airline|carrier|brand|venture|chain|product|app|ship|vessel|jet|aircraft|rocket|spacecraft)[ \t]/;

/**
 * "works by Schubert and Chopin", "paintings by Vermeer, Hals and Steen": who made the works named before "by" (the
 * names already between "by" and this one joined by commas or "and"). Not films or songs, which firms and bands make.
 */
function workCreatorBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const by = before.lastIndexOf(' by ');
  if (by < 0 || !NAMES_SINCE_BY().test(before.slice(by + 4))) return false;
  const works = before.slice(Math.max(0, by - 16), by);
  // (the plural noun first, without the pattern's letter class, which costs some 0.3 ms to compile)
  return WORKS_LAST.test(works) && WORKS_BEFORE_BY().test(works);
}
const NAMES_SINCE_BY = lazyPattern(() => /^(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]|,[ \t]|[ \t]and[ \t]))*$/u);
const WORKS_LAST = /(?:works|paintings|novels|poems|plays|operas|symphonies|sonatas|concertos|compositions|sculptures|portraits|essays|drawings|etchings|pieces)$/;
const WORKS_BEFORE_BY = lazyPattern(() => /(?:^|[^\p{L}])(?:works|paintings|novels|poems|plays|operas|symphonies|sonatas|concertos|compositions|sculptures|portraits|essays|drawings|etchings|pieces)$/u);

/** What a golfer, a mourner or an official does and no side or firm: "shot a 67", "carded", "resigned", "died". */
const PERSON_ONLY_ACT = /^[ \t]{1,2}(?:shot[ \t]{1,2}(?:an?[ \t]|\d)|carded|birdied|bogeyed|eagled|putted|resigned|died|married|testified|wept|smiled|laughed|shrugged|sighed|nodded)\b/;

/** Whether a full name opened by a given name (or a family name written first), with its possessive, stands right before
 *  token `first`: "Lee Shau-wing's", "Ana Ruiz's". */
function ownedByFullName(tokens: readonly Token[], classes: readonly WordClass[], first: number): boolean {
  const k = first - 1;
  if (k < 1 || !tokens[k].possessive || tokens[first].start - tokens[k].end > 4) return false;
  const g = k - 1;
  return tokens[k].start - tokens[g].end === 1 && classes[g] === 'given' && !tokens[g].possessive;
}

/** Trades in the plural that name a firm of them before its name ("the architects Pollard Moss"). */
const PLURAL_TRADES = wordSet('architects solicitors accountants auditors consultants auctioneers');

const IN_LANGUAGE = lazyPattern(() => /^ \(in \p{Lu}\p{Ll}+\)/u);

/**
 * '* Ina Marsh. "Title" — Publisher, date': the author opening a source's line in a list of sources, before the title in
 * quotation marks.
 */
function citedAuthor(text: string, start: number, end: number): boolean {
  // (a source in another language says so after its author: 'Hannes Wolter (in German). "Title"')
  const language = text.charCodeAt(end + 1) === 40 /* ( */ ? IN_LANGUAGE().exec(text.slice(end, end + 24)) : null;
  if (language) end += language[0].length;
  const c = text.charCodeAt(end + 2);
  if (text.charCodeAt(end) !== 46 /* . */ || text.charCodeAt(end + 1) !== 32 || (c !== 34 && c !== 0x201c)) return false;
  for (let i = start - 1; i >= 0 && start - i < 8; i--) {
    const b = text.charCodeAt(i);
    if (b === 10) return true;
    if (b !== 32 && b !== 9 && b !== 42 /* * */ && b !== 45 /* - */ && b !== 0x2022 /* • */) return false;
  }
  return start === 0;
}

/** " (Kenya)", " (U.S.)": a results table's or line-up's country after a competitor's full name. */
const COUNTRY_IN_BRACKETS = lazyPattern(() => /^ \((\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)\)/u);

function countryAfter(text: string, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(end + 1) !== 40 /* ( */) return false;
  const ahead = text.slice(end, end + 28);
  const m = /^ \((?:[A-Z]|[\u0080-\uffff])/.test(ahead) ? COUNTRY_IN_BRACKETS().exec(ahead) : null;
  if (!m) return false;
  const place = m[1].toLowerCase();
  // (or a candidate's party: "Ann Kerr (Labour) 1,204", "(Green)", "(Independent)")
  return lex.places.has(place) || lex.demonyms.has(place) || place === 'u.s.' || place === 'u.k.' || PARTIES.has(place)
    || (lex.roleNouns.has(place) && PARTY_MEMBERS.has(place));
}

/** A party in brackets after a candidate's full name, as results and ballots list them (its member's noun too). */
const PARTIES = new Set(['labour', 'green', 'greens', 'independent', 'reform', 'liberal democrat', 'liberal democrats',
  'lib dem', 'social democrat', 'christian democrat', 'ind', 'lab', 'con', 'snp', 'ukip', 'plaid cymru']);
const PARTY_MEMBERS = wordSet('democrat republican libertarian conservative socialist liberal communist tory nationalist');

/** The last word of a body's name, which a person's full name never ends in: "the Fabian Society", "Workers Party". */
const BODIES_LAST = wordSet('society foundation institute council association federation academy'
  + ' committee commission alliance coalition party movement league congress');

/** "Democrats", "Tories", "Democratic": a party's members, or its adjective, which no person's name is made of (the
 *  member's noun itself may stand before a name as a role: "Democrat Ann Kerr"). */
export function partyWord(lower: string): boolean {
  return lower === 'tories' || (lower.endsWith('s') && PARTY_MEMBERS.has(lower.slice(0, -1)))
    || (lower.endsWith('ic') && PARTY_MEMBERS.has(lower.slice(0, -2)));
}

/** "the town of Bou Saada", "the province of …": a place named after the noun and "of". */
const PLACES_OF = wordSet('town city village province region district county port island suburb'
  + ' municipality state hamlet settlement township firm company');

/** Institutions named "for" their cause ("the Institute for Healthy Ageing"); not a prize ("the Gold Cup for Kearney"). */
const INSTITUTIONS_FOR = wordSet('institute centre center foundation council society office department'
  + ' ministry agency commission alliance coalition campaign fund trust association network'
  + ' academy committee institution partnership forum board authority federation');

/** "its rival Kestrel", "its nearest competitor Vane Foods": a thing's rival is a firm, a side or a party. */
const ITS_RIVAL_BEFORE = lazyPattern(() => /\bits\s+(?:[\p{Ll}-]+\s+)?(?:rivals?|competitors?)\s+$/iu);
const RIVALS = wordSet('rival rivals competitor competitors');
export function itsRivalBefore(before: string): boolean {
  return RIVALS.has(asciiWordBeforeSpace(before, before.length).toLowerCase()) && ITS_RIVAL_BEFORE().test(before);
}

/** "Ashcombe, Mass.", "Fremont, Calif.": a town followed by its US state, written short as the wire services do. */
const STATE_AFTER = new RegExp(String.raw`^,[ \t](?:${US_STATE_SHORT})\.`, 'i');

/** "Boca Verde, Texas," "Harlan, West Virginia.": a town and its US state written out, the state ending the phrase (not
 *  a results row's "Ann Pelley, Georgia, 4:31.2", where a country follows an athlete). */
const STATE_NAMED_AFTER = /^,[ \t](?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)(?:[,.;:)](?![ \t]*\d)|$)/m;

/**
 * "the town of Bou Saada", "the Swiss firm of Aldo Brun Becker", "the University of Lund", "the Bank of Tarvos", "the Duke of Kent": after a place noun, or
 * an institution's or a title's capitalised word, and "of", a name names a place or the institution. After "for" only
 * an institution's word does ("the Institute for Healthy Ageing", "the Centre for Rural Affairs"): a title's "for"
 * comes before its brief, which a name may follow ("Minister for Health Simon Harkin"), and a prize's before its winner.
 */
function placeNounBeforeOf(text: string, start: number, link: 'of' | 'for', lex: PeopleLexicon): boolean {
  let i = start;
  while (i > 0 && start - i < 3 && text.charCodeAt(i - 1) === 32) i--;
  const noun = wordBefore(text, i - link.length);
  if (link === 'for') {
    if (!INSTITUTIONS_FOR.has(noun.word)) return false;
  } else if (PLACES_OF.has(noun.word)) return true;
  else if (!lex.nonPersonWords.has(noun.word) && !lex.titles.has(noun.word)) return false;
  // capitalised: "University", "Bank", "Duke" (in lower case "the king of Jordan" is a person's title too, but rarer)
  let k = i - link.length - 1;
  while (k > 0 && /\s/.test(text[k])) k--;
  const c = text.charCodeAt(k - noun.word.length + 1);
  return c >= 65 && c <= 90;
}

/** Nouns of people that may stand before "called": "a man called …". */
/** "to book ", "will film ": a word after "to" or a modal is a verb there, right before a name. */
const VERB_AFTER_TO_OR_MODAL = lazyPattern(() => /(?:^|[^\p{L}])(?:to|will|would|could|can|might|must|should)[ \t]+\p{Ll}+[ \t]{1,2}$/u);
/** A verb in the past, then "his" or "her": " opened his ", " sold her ". */
const VERB_THEN_HIS = lazyPattern(() => /^[ \t]\p{Ll}+ed[ \t](?:his|her)[ \t]/u);
const PREPOSITIONS_OF_FLIGHT = wordSet('at in from to into of');
/** "flights out of ", "landed at ", "took off from ", "no flights left ": what aircraft do at a place. */
const FLIGHT_BEFORE = /(?:\b(?:landed|landing|lands|touched[ \t]down|took[ \t]off|taking[ \t]off|takes[ \t]off|diverted|flew|flying)[ \t]{1,2}(?:at|in|from|to|into|out[ \t]of)|\b(?:[Ff]lights?|[Pp]lanes?|[Jj]ets?|[Aa]irliners?)\b[^.;:!?"“”\n]{0,30}\b(?:at|in|from|to|into|out[ \t]of|left|leave|leaving|reached|reach))[ \t]{1,2}$/;

/** Whether the name starting at `start` is where aircraft land, take off or fly to: an airport or a town. */
export function flightPlace(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return FLIGHT_PREPOSITIONS.has(asciiWordBeforeSpace(before, 2)) && FLIGHT_BEFORE.test(before);
}
/** The words FLIGHT_BEFORE ends in before its space. */
const FLIGHT_PREPOSITIONS = wordSet('at in from to into of left leave leaving reached reach');


const PERSON_NOUNS = wordSet('man woman boy girl child baby son daughter brother sister'
  + ' person friend men women guy lady gentleman teenager husband wife cousin nephew'
  + ' niece uncle aunt mother father someone somebody character');

/**
 * "a tool called Night Owl", "a storm dubbed Ivo": a name given to a thing, after a noun of the language that names no
 * person (not "a man called …", "a player called …").
 */
function thingCalled(text: string, start: number, lowerBefore: string, lex: PeopleLexicon, personLike: boolean): boolean {
  // "The combined company will be called Bluebird Sterling", "the airline was renamed Kestrel Vance"
  if ((lowerBefore === 'called' || lowerBefore === 'named' || lowerBefore === 'renamed')
    && FIRM_OR_THING_NOUN.test(text.slice(Math.max(0, start - 60), start)) && FIRM_TO_BE_CALLED().test(text.slice(Math.max(0, start - 60), start))) return true;
  if (lowerBefore !== 'called' && lowerBefore !== 'dubbed' && lowerBefore !== 'codenamed' && lowerBefore !== 'code-named') return false;
  let i = start;
  while (i > 0 && start - i < 3 && text.charCodeAt(i - 1) === 32) i--;
  const noun = wordBefore(text, i - lowerBefore.length);
  if (!noun.adjacent || noun.numeric || noun.word.length < 3) return false;
  const raw = text.slice(i - lowerBefore.length - 1 - noun.word.length, i - lowerBefore.length - 1);
  if (raw !== noun.word) return false; // capitalised: a name ("Castlebrook called Ana Ruiz")
  // ("a property developer called Roland Slade": a given name and a surname after a noun a person may be name a
  // person; a firm, a ship or a horse is named so only after a noun that says what it is)
  if (personLike && !lex.organisationNounsBefore.has(noun.word) && !peopleLexicon().thingsCalled.has(noun.word)) return false;
  return !PERSON_NOUNS.has(noun.word) && !lex.roleNouns.has(noun.word) && !lex.titles.has(noun.word)
    && !/^(?:he|she|they|we|i|you|who|was|were|is|be|been|being|it|him|her|them|also|once|and|then|now)$/.test(noun.word);
}

/**
 * "A group, Tavita Lemalu Ose, has written", "the charity, Hope Varnum, said": a name set off right after a body's
 * noun and a comma is the body's name (not "The group, Ana Ruiz said, has grown": a speaker set into the sentence).
 */
function bodyNamedAfterComma(text: string, start: number, last: Token): boolean {
  if (text.charCodeAt(start - 2) !== 44 /* , */) return false;
  return BODY_NOUN_COMMA_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    && !SPEAKER_SET_IN_AFTER.test(text.slice(last.end, last.end + 12));
}
const BODY_NOUN_COMMA_BEFORE = /\b(?:[Aa]n?|[Tt]he)[ \t]{1,2}(?:[a-z-]+[ \t]{1,2})?(?:group|coalition|organi[sz]ation|association|movement|alliance|charity|company|firm|party),[ \t]$/;
const SPEAKER_SET_IN_AFTER = /^[ \t]{1,2}(?:said|says|told|added|wrote)\b/;

/**
 * '"Tessa Grey and the Glass Tower" sold a million copies': a name inside a quotation written in title case (three
 * words or more, every word of four letters or more capitalised, no punctuation) is part of a work's title. Quoted
 * speech is written in sentence case.
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  // the opening mark: the last mark within 60 characters before the name, no line break or closing mark
  const open = lastQuoteMarkBefore(text, start, 60);
  if (open < 0 || text[open] === '\n' || text[open] === '”') return false;
  if (text[open] === '"' && open > 0 && /[\p{L}\d]/u.test(text[open - 1])) return false;
  // the closing mark: the first mark within 81 characters after the name, no line break or opening mark
  const close = firstQuoteMarkAfter(text, end, 81);
  if (close < 0 || text[close] === '\n' || text[close] === '“') return false;
  const words = text.slice(open + 1, close).split(/\s+/);
  if (words.length < 3) return false;
  for (const w of words) {
    if (!/^[\p{L}'’-]+$/u.test(w)) return false;
    if (w.length >= 4 && !/^\p{Lu}/u.test(w)) return false;
  }
  return true;
}

/** '"Paloma Verde", his film': a name that is the whole of a quotation is a title of a work, not a person there. */
function fillsQuotation(text: string, start: number, last: Token): boolean {
  const open = text[start - 1], close = text[last.end];
  return !last.possessive && (open === '"' || open === '“') && (close === '"' || close === '”');
}

/**
 * "her husband, Clement, said", "survived by her husband, Peter; her daughters, Jane and Louise;": a relative named in
 * apposition after the kinship noun, up to a comma, semicolon or full stop (or the "and" of two children).
 */
// (nieces, nephews, cousins, aunts and uncles too, "great-" ones, as obituaries list the survivors: "great-niece, Sarah;",
// and a marriage's years: "his wife of 52 years, Celia")
const KIN_BEFORE = /\b(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|grandson|granddaughter|(?:great-)?(?:grand)?(?:niece|nephew)|cousin|aunt|uncle|(?:son|daughter|brother|sister|grandson|granddaughter|niece|nephew)s|(?:grand)?children)(?: of \d{1,2} years)?,\s{1,2}$/;
/** The second of two relatives: "her daughters, Jane and Louise". */
const KIN_PAIR_BEFORE = lazyPattern(() => /\b(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children),?\s{1,2}\p{Lu}[\p{L}'’-]+ and\s{1,2}$/u);
/** Relatives in the plural named with no comma, after whose they are or how many: "his sons John and Peter". */
// (after "by" and "and" as well, as obituaries list the survivors: "survived by daughters Marla and Connie, and sisters
// Joan and Pat"; a number or an age's word may stand between: "his three younger sisters Jill, Pat and Chris")
const KIN_PLURAL_BEFORE = /\b(?:his|her|their|two|three|four|five|six|by|and)\s{1,2}(?:(?:two|three|four|five|six|seven|eight|younger|older|elder|twin|late|surviving)\s{1,2}){0,2}(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children)\s{1,2}$/i;
/** The first of relatives listed after a colon: "grandchildren: Peter, Alice and Kenny". */
const KIN_PLURAL_COLON = /\b(?:(?:son|daughter|brother|sister|grandson|granddaughter|niece|nephew)s|(?:grand)?children):\s{1,2}$/i;

/** Relatives in the plural after a person's possessive: "Carver's sons Thomas and Henry". */
const KIN_PLURAL_AFTER_NAME = lazyPattern(() => /\p{Lu}[\p{L}-]*['’]s?\s{1,2}(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children)\s{1,2}$/u);

function kinInApposition(text: string, start: number, last: Token): boolean {
  if (last.possessive) return false;
  // "children: Kathleen, 15; Joseph, 14; and Matthew, 2.": survivors listed with their ages, each after a semicolon
  if (text.charCodeAt(last.end) === 44 && AGE_IN_LIST_AFTER.test(text.slice(last.end, last.end + 7))
    && KIN_AGES_BEFORE().test(text.slice(Math.max(0, start - 240), start))) return true;
  const close = text.charCodeAt(last.end);
  const closes = close === 44 /* , */ || close === 59 /* ; */ || (close === 46 /* . */ && !/\p{L}/u.test(text[last.end + 1] ?? ''));
  if (text.charCodeAt(start - 2) === 44 && KIN_BEFORE.test(text.slice(Math.max(0, start - 32), start))) {
    return closes || (/^ and \p{Lu}/u.test(text.slice(last.end, last.end + 6)) && /s,\s{1,2}$/.test(text.slice(start - 4, start)));
  }
  // (the first of them where more follow: "his sons John and Peter", "their children Tom, Lucy and Sam", "Carver's sons
  // Thomas and Henry")
  // (both patterns end in a relatives' plural and one or two spaces, read first as a word: after most names it is
  // none, and the two patterns, tried from every character of their look-behind, cost most of this rule)
  if (KIN_PLURALS.has(asciiWordBeforeSpace(text.slice(Math.max(0, start - 40), start), 2).toLowerCase())
    && (KIN_PLURAL_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || KIN_PLURAL_AFTER_NAME().test(text.slice(Math.max(0, start - 40), start)))) return /^,?\s{1,2}(?:and\s{1,2})?\p{Lu}/u.test(text.slice(last.end, last.end + 8));
  if (closes && text.charCodeAt(start - 2) === 100 /* d of "and" */) {
    const lead = text.slice(Math.max(0, start - 40), start);
    if (KIN_PLURAL_THEN_CAPITAL.test(lead) && KIN_PAIR_BEFORE().test(lead)) return true;
  }
  if (text.charCodeAt(start - 2) === 58 /* : */ && KIN_PLURAL_COLON.test(text.slice(Math.max(0, start - 20), start))) return /^,?\s{1,2}(?:and\s{1,2})?\p{Lu}/u.test(text.slice(last.end, last.end + 8));
  // "three children, Javier, Lucía and Carmen,": the names after the first of a list of relatives, up to its end
  // (the comma or the "and" before the name tested first: it is the cheapest of the three)
  return (text.charCodeAt(start - 2) === 44 || text.charCodeAt(start - 2) === 100)
    && (closes || /^(?:,?\s{1,2}and\s{1,2}\p{Lu}|\s{1,2}\p{Ll})/u.test(text.slice(last.end, last.end + 8)))
    && kinListBefore(text.slice(Math.max(0, start - 64), start));
}
const kinListBefore = (lead: string): boolean => KIN_PLURAL_THEN_CAPITAL.test(lead) && KIN_LIST_BEFORE().test(lead);
/**
 * What every match of KIN_PAIR_BEFORE and KIN_LIST_BEFORE holds: a relatives' plural, then a blank or two and a capital
 * (an ASCII capital, or any character beyond ASCII). Tested first: the two patterns' letter classes cost more to compile
 * than a megabyte of news used them, where "children" and "sisters" stand before no name.
 */
const KIN_PLURAL_THEN_CAPITAL = /\b(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children)[,:]?\s{1,2}(?:[A-Z]|[\u0080-\uffff])/;
/** The relatives' plurals KIN_PLURAL_BEFORE and KIN_PLURAL_AFTER_NAME end in, lower-cased. */
const KIN_PLURALS = wordSet('sons daughters brothers sisters grandsons granddaughters children grandchildren');

/**
 * Trades that are family names too ("Sergeant Ida Cook", "Ann Shepherd"): a person's role only in lower case after a name
 * (", a shepherd in the hills"), never a title that a capitalised word is read as.
 */
const TRADES_ALSO_SURNAMES = wordSet('shepherd farmer fisherman clerk cook butler baker carpenter'
  + ' smith weaver mason porter miller tailor gardener hunter');

/** ", a junior clerk, ": an article, up to one word, and a noun set off by commas right before a name. */
const ROLE_COMMA_GIVEN = lazyPattern(() => /(?:^|[^\p{L}])(?:a|an|the|his|her|their)[ \t]{1,2}(?:[\p{Ll}-]+[ \t]{1,2})?([\p{Ll}-]+),[ \t]{1,2}$/u);

/**
 * "a junior clerk, Stanley, played by …", "the narrator, Agnes.": a given name set off after a person's role is that
 * person, as "her husband, Clement," is a relative.
 */
function roleThenGiven(text: string, start: number, last: Token, lex: PeopleLexicon): boolean {
  if (last.possessive || text.charCodeAt(start - 2) !== 44 /* , */) return false;
  const close = text.charCodeAt(last.end);
  if (close !== 44 && close !== 59 && !(close === 46 && !/\p{L}/u.test(text[last.end + 1] ?? ''))) return false;
  const m = ROLE_COMMA_GIVEN().exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && (lex.roleNouns.has(m[1]) || TRADES_ALSO_SURNAMES.has(m[1]));
}

/** A survivor's age after the name, ending its item of the list: ", 15;", ", 2." */
const AGE_IN_LIST_AFTER = /^, \d{1,3}(?:;|\.(?!\d))/;
/** The kinship noun of a list of survivors with their ages, and the items before this one: "children: Kathleen, 15; ". */
const KIN_AGES_BEFORE = lazyPattern(() => /\b(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children)[,:]?\s{1,2}(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?, \d{1,3}; ){0,12}(?:and\s{1,2})?$/u);

/** A later name of a list of relatives: the kinship noun, one or more given names set off by commas, then ", " or "and". */
const KIN_LIST_BEFORE = lazyPattern(() => /\b(?:(?:son|daughter|brother|sister|grandson|granddaughter)s|(?:grand)?children)[,:]?\s{1,2}(?:\p{Lu}\p{Ll}+,\s{1,2}){0,3}\p{Lu}\p{Ll}+(?:,\s{1,2}|,?\s{1,2}and\s{1,2})$/u);

/** A closing quotation mark right before the "said" that stands before `start`: '…," said X'. */
function quoteBeforeVerb(text: string, start: number): boolean {
  let i = start - 1;
  while (i > 0 && start - i < 3 && text.charCodeAt(i) === 32) i--;
  i -= 3; // the verb's four letters end here
  while (i > 0 && start - i < 10 && text.charCodeAt(i - 1) === 32) i--;
  const c = i > 0 ? text[i - 1] : '';
  return c === '"' || c === '”' || c === '\'' || c === '’';
}

/** "Mr. ", "Dr. ", "Sen. ", "Gov. ": a title written short, with its full stop, right before a name. */
const ABBREVIATED_TITLE = lazyPattern(() => /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sens?|Reps?|Gov|Gen|Lt|Col|Capt|Sgt|Cmdr|Insp|Det|Supt|Ptl|Ptlm|Fr|Smt|Engr|Asec|Usec|Hon|Barr)\.[ \t]{1,2}$/u);

export function abbreviatedTitleBefore(text: string, start: number): boolean {
  return text.charCodeAt(start - 2) === 46 /* . */ && text.charCodeAt(start - 1) === 32
    && ABBREVIATED_TITLE().test(text.slice(Math.max(0, start - 8), start))
    // ("Barr." a barrister's title, "Barr. Ada Obi", not the surname ending a name and its sentence: "William Barr. The")
    && !(text.startsWith('Barr', start - 6) && NAME_WORD_BEFORE().test(text.slice(Math.max(0, start - 30), start - 6)));
}
const NAME_WORD_BEFORE = lazyPattern(() => /(?:\p{Lu}[\p{L}'’]*|-)[ \t]?$/u);

/** "20-year-old Tiger Woods", "five-year-old Niamh", "twenty-three-year-old …" (the age in figures or in words) */
const AGED = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;
const isAged = (word: string) => word.endsWith('-year-old') && AGED.test(word);

/** Words that may stand between ", the" and a role noun: ", the former deputy minister". */
const ROLE_MODIFIERS = wordSet('the a an former deputy vice acting new then top senior'
  + ' chief veteran his her its their assistant general head team club party');

const UPPER_START = lazyPattern(() => /^\p{Lu}/u);
/** A word written with a capital and then lower case: "Eastmoor", "England". */
const CAPITALISED = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);

const POSSESSIVE_WORD = lazyPattern(() => /\p{Ll}['’]s$/u);

/** ", the chairman of …", ", a former minister" right after the name. */
/** A company officer's initials: "CEO", "CFO", "CTO" (capitals, so no role noun of the lexicon). */
const OFFICER_INITIALS = wordSet('CEO CFO COO CTO CIO CMO CPO CSO');

function roleAppositive(text: string, end: number, lex: PeopleLexicon, fullName: boolean): boolean {
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const words = wordsAfter(text, end, 5);
  // ", the shipping line's founder", ", the club's new manager": the words up to a possessive name the role's owner
  // (or a name's possessive right after the comma: ", Maersk's vice president of operations,")
  // (a name ending in "s" writes its possessive with the mark alone, which the next word's gap holds: ", Voss’ team
  // principal,")
  const markOnly = words.length > 1 && /^\p{Lu}\p{Ll}*s$/u.test(words[0].word) && /^['’]\s{1,2}$/.test(words[1].gap);
  let owner = words.length > 1 && /^,\s{1,2}$/.test(words[0].gap) && (markOnly || /^\p{Lu}\p{Ll}+['’]s$/u.test(words[0].word)) ? 1 : 0;
  for (let k = 1; owner === 0 && k < 4 && k < words.length; k++) if (POSSESSIVE_WORD().test(words[k].word)) { owner = k + 1; break; }
  let compounded = false;
  for (let k = 0; k < words.length && k < Math.max(4, owner + 2); k++) {
    const { gap, word } = words[k];
    // ", the England captain,", ", the Eastmoor coach": a side's, a country's or a party's name between "the" and a
    // rank only a person holds
    if (k === 1 && words[0].word === 'the' && / $/.test(gap) && CAPITALISED().test(word) && k + 1 < words.length
      && / $/.test(words[k + 1].gap) && peopleLexicon().personRanksAfterName.has(words[k + 1].word)
      && /^(?:[,.;]|\s+\p{Ll}|$)/u.test(text.slice(end + words.slice(0, 3).reduce((n, w) => n + w.gap.length + w.word.length, 0), end + 48))
      && !(k + 2 < words.length && /^\s+$/.test(words[k + 2].gap) && lex.reportingVerbs.has(words[k + 2].word))) return true;
    if (k === 0 && owner === 1) continue;
    // (", the CEO of Tesla,", ", Veltrix's CFO,": an officer's initials, written in capitals, are a role only a person
    // holds; after a full name only: "Yesterday, the CEO of Verizon called" opens a sentence with a day)
    const officer = fullName && k > 0 && word.length === 3 && OFFICER_INITIALS.has(word);
    if (!(k === 0 ? /^,\s{1,2}$/.test(gap) : /^\s{1,2}$/.test(gap) || (k === 1 && owner === 1 && markOnly))
      || (word !== word.toLowerCase() && !officer)) return false;
    if (k > 0 && k < owner) continue;
    // ", police said": the role noun is the next clause's subject, not the name's apposition (", the skipper, said" is)
    // (not a wing, a party's or a side's: ", the movement's political wing")
    // (nor ", police Lt. Jason Hall told reporters", ", spokesman Tom Lee said": a role before a name opens the next clause)
    if (officer || lex.roleNouns.has(word) || isSpecialistWord(word) || TRADES_ALSO_SURNAMES.has(word)) {
      // ("bought by Quorvex, a rival, and …": one word set off as a rival, a buyer or an owner of nothing named is a
      // firm as often as a person; "Lebrov, a rival of the president," is one's; a leader is left to the rest)
      const ofSomeone = k + 1 < words.length && /^\s+$/.test(words[k + 1].gap) && (words[k + 1].word === 'of' || words[k + 1].word === 'to');
      if (!fullName && FIRMS_ARE_TOO.has(word) && word !== 'leader' && !ofSomeone) return false;
      return word !== 'wing' && !(k + 1 < words.length && /^\s+$/.test(words[k + 1].gap)
        && (lex.reportingVerbs.has(words[k + 1].word) || UPPER_START().test(words[k + 1].word)));
    }
    if (ROLE_MODIFIERS.has(word)) continue;
    // "Colm Garvey, a bank manager,": one noun before a role that only one person has, after a full name (not "the
    // league leaders", "the asset manager", "a smaller rival", which a firm is, or "Juniper, a voice assistant")
    const next = words[k + 1];
    // ("Tarquin Oduya, a fund manager at Brightwater,": a firm's trade, but held at a firm, which only a person does)
    const heldAt = k + 3 < words.length && words[k + 2].word === 'at' && /^ $/.test(words[k + 2].gap) && CAPITALISED().test(words[k + 3].word);
    if (compounded || !fullName || k === 0 || !next || !/^ $/.test(next.gap) || !lex.roleNouns.has(next.word)
      || /[^s]s$/.test(next.word) || FIRMS_ARE_TOO.has(next.word) || (peopleLexicon().firmRoleNouns.has(word) && !heldAt)) return false;
    compounded = true;
  }
  return false;
}

/**
 * "Ridra Okonjo, the National Football League's all-time leading rusher,", "Ovin Teller, the only four-time winner on
 * the tour", "Umni Sallis, a 52-year-old with two convictions": a full name set off before "the", "a" or "an", up to
 * four describing words (an owner's possessive, ranks, counts, places) and a person's role noun or age ending the
 * description. Not where a firm's noun or a role firms have comes first (", the world's largest maker of", ", the
 * market leader"), nor past a preposition or a clause's word.
 */
function describedAsPerson(text: string, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const apposed = text.slice(end, end + 90);
  if (MEMBER_OF.test(apposed) && MEMBER_OF_A_HOUSE().test(apposed)) return true;
  const words = wordsAfter(text, end, 7);
  if (words.length < 3 || !/^,[ \t]{1,2}$/.test(words[0].gap) || !ARTICLES.has(words[0].word.toLowerCase())) return false;
  for (let k = 1; k < words.length && k <= 5; k++) {
    if (!/^[ \t]{1,2}$/.test(words[k].gap)) return false;
    const word = words[k].word.toLowerCase();
    if (DESCRIPTION_ENDS.has(word) || lex.organisationNounsBefore.has(word) || FIRMS_ARE_TOO.has(word) || peopleLexicon().firmRoleNouns.has(word)) return false;
    const next = words[k + 1];
    // the description's last word: punctuation, a preposition or "who" after it
    const last = !next || !/^[ \t]{1,2}$/.test(next.gap) || HEAD_FOLLOWERS.has(next.word.toLowerCase());
    if (last && (lex.roleNouns.has(word) || AGED_WORD.test(word))) return true;
  }
  return false;
}

/**
 * ", a member of parliament", ", a member of the Senate": a seat in a house of lawmakers or a
 * government, which firms are not members of (they are members of trade bodies and indices).
 */
const MEMBER_OF_A_HOUSE = lazyPattern(() => /^,[ \t]{1,2}(?:a|an|the)[ \t]{1,2}(?:\p{Ll}+[ \t]{1,2}){0,2}member[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(?:\p{L}[\p{L}'’-]*[ \t]{1,2}){0,3}(?:[Pp]arliament|[Aa]ssembly|[Cc]ongress|[Ss]enate|[Hh]ouse of|[Ll]egislature|[Cc]abinet|[Pp]olitburo)\b/u);
/** What every match of MEMBER_OF_A_HOUSE holds (its words and the house's), tested first (its letter classes are dear to compile). */
const MEMBER_OF = /member[ \t]{1,2}of[ \t]{1,2}.*(?:[Pp]arliament|[Aa]ssembly|[Cc]ongress|[Ss]enate|[Hh]ouse of|[Ll]egislature|[Cc]abinet|[Pp]olitburo)\b/;
/**
 * "'s wife", "' mother", "'s agent": only a person has a relative (or a sportsman's agent) after the possessive
 * (firms and sides have coaches and lawyers too, so those are not read at all).
 */
const RELATIVE_AFTER_POSSESSIVE = /^['’]s?[ \t]{1,2}(?:wife|husband|widow|widower|(?:ex-)?(?:girl|boy)friend|fianc[eé]e?|(?:grand)?(?:son|daughter)s?|mother|father|brothers?|sisters?|parents|(?:grand)?children|nephew|niece|cousin|uncle|aunt|agent)\b/;
/** "scored both goals for PSG", "netted twice for Ajax", "scored for Milan": the verb, up to three words, "for" and a side. */
const SCORED_FOR = lazyPattern(() => /^[ \t]{1,2}(?:scored|netted|headed)[ \t]{1,2}(?:[\p{Ll}\d-]+[ \t]{1,2}){0,3}for[ \t]{1,2}\p{Lu}/u);
const STAFF_AFTER_POSSESSIVE = /^['’]s?[ \t]{1,2}(?:manager|trainer)\b/;

function afterPossessive(text: string, end: number, words: RegExp): boolean {
  const c = text.charCodeAt(end);
  return (c === 39 || c === 8217) && words.test(text.slice(end, end + 24));
}

/**
 * "Ralph Lauren and Tommy Hilfiger clothing": the first of two labels before the goods they share (the second has the
 * noun right after it).
 */
function goodsAfterPair(text: string, end: number): boolean {
  const m = PAIR_THEN_GOODS().exec(text.slice(end, end + 60));
  return m !== null && SHARED_GOODS.has(m[1]);
}
const PAIR_THEN_GOODS = lazyPattern(() => /^[ \t]{1,2}and[ \t]{1,2}(?:\p{Lu}[\p{L}'’-]*[ \t]{1,2}){1,3}(\p{Ll}+)/u);
const SHARED_GOODS = wordSet('clothing clothes jeans handbags perfume perfumes fragrance fragrances'
  + ' flavours flavors boutiques');

/** "'s Hector Salgado", "'s Hector “Macho” Salgado": a possessive's ending, a given name and more of a name. */
const POSSESSIVE_THEN_NAME = lazyPattern(() => /^['’]s?[ \t](\p{Lu}\p{Ll}+)[ \t]["“]?\p{Lu}\p{Ll}/u);

function possessorOfPerson(text: string, end: number, lex: PeopleLexicon): boolean {
  const m = POSSESSIVE_THEN_NAME().exec(text.slice(end, end + 40));
  return m !== null && lex.givenNames.has(m[1].toLowerCase()) && !lex.commonWords.has(m[1].toLowerCase());
}

/** " was awarded a $1.3 billion contract", " was given an order": a contract, an order or a deal given to a contractor. */
const CONTRACT_GIVEN = /^ was (?:awarded|given|granted|handed) (?:a|an|the)\b[^.;\n]{0,60}?\b(?:contract|order|deal)s?\b/;

/** " (6-1) pitched": a pitcher's or a fighter's record of wins and losses between a full name and its verb. */
const RECORD_AFTER = lazyPattern(() => /^ \(\d{1,2}-\d{1,2}\) \p{Ll}/u);
const ARTICLES = wordSet('the a an');
/** Words after which a description says no more of the name before it. */
const DESCRIPTION_ENDS = wordSet('of for to in on at with from by that which who whose'
  + ' and or but is was has had said says');
/** What may follow the last word of a description set off after a name. */
const HEAD_FOLLOWERS = wordSet('of for in on at with from who whose since and');
/** "52-year-old", "year-old" (of "a 52 year-old"). */
const AGED_WORD = /^(?:\d{1,3}-)?year-old$/;

/**
 * "Batel Orrin became president in 1988", "… was elected mayor": what only a person becomes (not "became the market
 * leader", a role firms have too); so, in arts and fashion news, "… serves as its creative director" and "… assumed
 * the role of chief designer" (a word of any kind may stand before the role: "creative", "artistic"; and a firm's possessive: "Chanel's").
 */
function becameRole(text: string, end: number, lex: PeopleLexicon): boolean {
  // (its first word read alone first: after most names it is none of these, and seven words cost seven strings)
  // (and before it, its first letter: "b" of "became", "w" of "was", "s" of "serves", "a" of "assumed", "c" of
  // "currently"; the gap skipped as wordsAfter skips it)
  let i = end;
  while (i < text.length && !isWordCode(text.charCodeAt(i)) && i - end < 4) i++;
  const initial = text.charCodeAt(i);
  if (initial !== 98 /* b */ && initial !== 119 /* w */ && initial !== 115 /* s */ && initial !== 97 /* a */ && initial !== 99 /* c */) return false;
  const first = wordsAfter(text, end, 1)[0]?.word;
  if (!BECOMES.has(first ?? '')) return false;
  const words = wordsAfter(text, end, 8);
  let k = words[0].word === 'currently' || words[0].word === 'also' ? 1 : 0;
  const verb = words[k]?.word;
  if (verb === 'became' || verb === 'becomes') k++;
  else if (verb === 'was' && (words[k + 1]?.word === 'elected' || words[k + 1]?.word === 'appointed')) k += 2;
  else if ((verb === 'serves' || verb === 'served') && words[k + 1]?.word === 'as') k += 2;
  else if (verb === 'assumed' && words[k + 1]?.word === 'the' && words[k + 2]?.word === 'role' && words[k + 3]?.word === 'of') k += 4;
  else return false;
  const loose = verb !== 'became' && verb !== 'becomes' && verb !== 'was';
  if (k < words.length && (ARTICLES.has(words[k].word) || (loose && (words[k].word === 'its' || /['’]s$/.test(words[k].word))))) k++;
  if (k < words.length && ROLE_MODIFIERS.has(words[k].word)) k++;
  else if (loose && k + 1 < words.length && lex.roleNouns.has(words[k + 1].word)) k++;
  for (let n = 0; n <= k && n < words.length; n++) if (!/^[ \t]{1,2}$/.test(words[n].gap)) return false;
  const role = words[k]?.word;
  return role !== undefined && lex.roleNouns.has(role) && !FIRMS_ARE_TOO.has(role);
}
/** The first words of becameRole's phrases. */
const BECOMES = wordSet('became becomes was serves served assumed currently also');

/**
 * "Omi Margulo hit a pair of solo homers", "Vovek Anmosri allowed one hit and two walks": the clause a name's verb
 * opens counts what only a player makes (no "its" or "their" before it: a firm's figures are its own); "went 3-for-4"
 * is a batter's hits in his times at bat, "allowed one Kestrel hit" a pitcher's; "was suspended for three games" is a
 * player's ban; "led Harlow with 26 points" a player's share of a side's score; "put Juventus ahead", "gave Harlow the
 * lead" a scorer's goal; "had 20 for Vancouver" a player's points.
 */
const SPORTING_CLAUSE = lazyPattern(() => /^[ \t]{1,2}(?:\p{Ll}+(?:[ \t]{1,2}(?!(?:its|their)\b)[\p{Ll}\d'’/-]+){0,7}?[ \t]{1,2}(?:homers?|home runs?|RBIs?|innings|strikeouts?|birdies|bogeys|putts?|wickets|touchdowns?|rebounds|assists|aces|hat-tricks?|hat tricks?)\b|(?:went|goes|was|is)[ \t]{1,2}\d{1,2}-for-\d{1,2}\b|(?:had|has|added|scored)[ \t]{1,2}\d{1,2}(?:[ \t]{1,2}points)?[ \t]{1,2}for[ \t]{1,2}\p{Lu}|(?:put|puts|gave|gives)[ \t]{1,2}\p{Lu}[\p{L}'’-]*(?:[ \t]{1,2}\p{Lu}[\p{L}'’-]*)?[ \t]{1,2}(?:ahead|in[ \t]front|the[ \t]lead)\b|led[ \t]{1,2}\p{Lu}[\p{L}'’-]*(?:[ \t]{1,2}\p{Lu}[\p{L}'’-]*)?[ \t]{1,2}with[ \t]{1,2}\d{1,2}[ \t]{1,2}(?:points|rebounds|assists|goals)\b|allowed[ \t]{1,2}(?:[\p{L}\d-]+[ \t]{1,2}){1,3}(?:hits?|walks?)\b|(?:will[ \t]{1,2}be|was|has[ \t]{1,2}been|is)[ \t]{1,2}(?:sidelined|suspended|banned)[ \t]{1,2}for[ \t]{1,2}(?:[\p{L}\d-]+[ \t]{1,2}){1,2}(?:games|matches|fixtures|races|ties)\b)/u);

/**
 * What every match of SPORTING_CLAUSE holds, in a small pattern with no letter classes: a player's noun after a blank,
 * "-for-" and a figure, or how its other clauses open (a verb, and a figure, a capital or "suspended" after it). It is
 * tested first because SPORTING_CLAUSE, tried after a thousand names in a megabyte of news, costs some 5-10 ms to
 * compile (its Unicode letter classes), and ordinary news rarely passes this test.
 */
// (a capital is [A-Z] or any character past ASCII here: \p{Lu} needs the Unicode flag)
const SPORTING_CUE = /^[ \t]{1,2}(?:(?:had|has|added|scored)[ \t]{1,2}\d|(?:put|puts|gave|gives|led)[ \t]{1,2}[A-Z\u0080-\uffff]|allowed[ \t]|(?:will[ \t]{1,2}be|was|has[ \t]{1,2}been|is)[ \t]{1,2}(?:sidelined|suspended|banned)[ \t])|[ \t](?:homers?|home runs?|RBIs?|innings|strikeouts?|birdies|bogeys|putts?|wickets|touchdowns?|rebounds|assists|aces|hat-tricks?|hat tricks?)\b|-for-\d/;

/** SPORTING_CLAUSE after `end`, tried only where it opens as it must: a blank, then a blank or a small letter. */
function sportingClause(text: string, end: number): boolean {
  const blank = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  if ((blank !== 32 && blank !== 9) || !(next === 32 || next === 9 || next >= 128 || (next >= 97 && next <= 122))) return false;
  const after = text.slice(end, end + 80);
  return SPORTING_CUE.test(after) && SPORTING_CLAUSE().test(after);
}

/** "outside the Casa Verdal presidential palace", "the Kofi Annan international airport": an adjective of office or rank, then
 *  what was named after the name. */
const NAMESAKE_ADJECTIVE_AFTER = /^[ \t]{1,2}(?:presidential|royal|municipal|provincial|federal|international|memorial|civic)[ \t]{1,2}(?:palace|airport|stadium|hospital|park|museum|library|university|college|school|bridge|highway|hall|centre|center|square|residence)\b/u;

/** NAMESAKE_ADJECTIVE_AFTER's opening, tested first with no Unicode flag: the pattern, tried after every name, costs
 *  some 1.5-5 ms to compile with it, and its adjectives rarely follow a name. */
const NAMESAKE_ADJECTIVE_OPENS = /^[ \t]{1,2}(?:presidential|royal|municipal|provincial|federal|international|memorial|civic)[ \t]/;

function namesakeNounAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (NAMESAKE_ADJECTIVE_OPENS.test(after) && NAMESAKE_ADJECTIVE_AFTER.test(after)) return true;
  return worksAfter(after);
}

/** "Whitmore textile mill", "the Corlett steel plant": what is made there, then a works' noun, in `after` (the text right
 *  after a name). */
export function worksAfter(after: string): boolean {
  // (tried after every name: first, whether the second word opens as a works' noun does)
  const space = after.indexOf(' ', 2);
  if (space < 0 || !WORKS_INITIALS.has(after.charCodeAt(space + 1))) return false;
  const works = WORKS_AFTER_PRODUCT().exec(after);
  return works !== null && !NOT_PRODUCTS.test(works[1]);
}

/** The first letters of WORKS_AFTER_PRODUCT's nouns: m, f, p, r, s, b, l. */
const WORKS_INITIALS = new Set([109, 102, 112, 114, 115, 98, 108]);
/** A lower-case word, then a works' noun, right after a name. */
const WORKS_AFTER_PRODUCT = lazyPattern(() => /^[ \t]{1,2}(\p{Ll}{3,})[ \t]{1,2}(?:mill|mills|factory|factories|plant|plants|refinery|smelter|shipyard|brewery|foundry|laboratory)\b/u);
/** Words that say something of the name rather than name what is made: "said", "visits", "closing", "to". */
const NOT_PRODUCTS = /(?:ed|s|ing)$|^(?:and|the|for|but|not|has|had|was|will|would|can|may|must|new|old|own)$/;

/** Roles a firm has as well as a person: "its rival Minera Alcott", "investor Sterling Hart". */
/** Another name joined right after one: ", ", " and ", " & ". */
const JOINED_AFTER = /^\s*(?:,|and\s|&)/;
/** A noun of ORGANISATION_NOUNS_AFTER in -s, then a person's possessive: the noun is a verb ("shares his concern"; not
 *  "its": "Orchard shares its plans" may be a firm's). */
const VERB_OBJECT_AFTER = /^[ \t]{1,3}[a-z]+s[ \t]{1,2}(?:his|her|their|my|our|your)[ \t]/;

/** Role words that are adjectives too: "the official site", "a major update", "the general public". */
const ADJECTIVE_ROLES = wordSet('official major general chief principal');
/** The role word before `part` written in lower case after a determiner, before one word and a word in lower case. */
export function adjectiveRole(text: string, tokens: readonly Token[], part: NamePart, word: string): boolean {
  if (!ADJECTIVE_ROLES.has(word) || part.first !== part.last) return false;
  const start = tokens[part.first].start, end = tokens[part.last].end;
  return /(?:^|[^\p{L}])(?:the|an?|its|his|her|their|some|this)[ \t]+(?:official|major|general|chief|principal)[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start))
    && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3));
}

export const FIRMS_ARE_TOO = wordSet('rival rivals competitor owner owners leader investor buyer'
  + ' bidder partner shareholder sponsor supplier client landlord tenant lender creditor wing agent');


// ", 35," — an age in apposition; ", who" — a relative clause about a person; ", with her son", ", in his late 20s" —
// a person's pronoun in the phrase set off after the name. Bounded look-ahead.
// (not ", who sit fourth", ", who are unbeaten": a plural verb after "who" is a club's or a band's, not one person's)
// (", now at Karolinska,": where a person works now; ", who's about to retire": "who" and a singular "is" or "has")
const APPOSITIVE = lazyPattern(() => /^,\s(?:\d{1,2},\s|who\s(?!(?:are|were|have|sit|lie|play|top|trail|lead|face|host|meet)\b)|who['’]s\s|whose\s|aged\s\d|(?:with|in)\s(?:his|her)\s|now\sat\s\p{Lu})/u);

function appositiveAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 /* , */ && (APPOSITIVE().test(text.slice(end, end + 16)) || ONE_WHO().test(text.slice(end, end + 64)));
}
/** ", a seventh-century monk who is said to": one of something set off after the name, of whom "who" says more (ONE_WHO). */
export function oneWhoAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 /* , */ && ONE_WHO().test(text.slice(end, end + 64));
}
// ", a local brewer who paid", ", a seventh-century monk who preached": one of something, set off after the name, of whom
// "who" and a singular verb say more; a firm is "which" (not ", a band who", ", a club who sit fourth": many people)
const ONE_WHO = lazyPattern(() => /^,\s(?:a|an)\s(?:[\p{Ll}-]+\s){0,2}(?!(?:band|group|duo|trio|quartet|club|side|team|firm|company|outfit|crew|family|couple|charity|party)\s)[\p{Ll}-]+\swho\s(?!(?:are|were|have|sit|lie|play|top|trail|lead|face|host|meet)\b)\p{Ll}/u);
/** ", whose coach", ", whose players": what a side has, after its name. */
function clubWhoseAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && CLUB_WHOSE.test(text.slice(end, end + 24));
}
const CLUB_WHOSE = /^,[ \t]{1,2}whose[ \t]{1,2}(?:coach|manager|players|fans|supporters|squad|goalkeeper|defence|defense|stadium|ground)\b/;

/** "Michael Kors himself, the designer": a full name that is "himself" or "herself" is a person's (not "a Nobel herself"). */
function selfAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 104 /* h */ && SELF_AFTER.test(text.slice(end, end + 10));
}
const SELF_AFTER = /^ h(?:im|er)self\b/;

/**
 * ", Princess of Wales", ", Duke of Kent", ", Bishop of Ely": a style of rank "of" a place set off after a name, as news
 * names royalty, peers and bishops ("Catherine, Princess of Wales,"); only a person is so styled.
 */
const STYLED_OF = lazyPattern(() => /^,[ \t]{1,2}(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness|King|Queen|Archbishop|Bishop|Grand Duke|Grand Duchess)[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?\p{Lu}/u);

function styledOfAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 /* , */ && STYLED_OF().test(text.slice(end, end + 40));
}

/** Whether the word right before `start` (`lowerBefore`, one blank between) is capitalised and follows another
 *  capitalised word: the last word of a name of its own ("Wall Street Journal", "Harbour Trust"). */
function ownNameEndsBefore(text: string, start: number, lowerBefore: string): boolean {
  const at = start - 1 - lowerBefore.length;
  if (at < 2 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(at - 1) !== 32 || !isUpperCode(text.charCodeAt(at))) return false;
  return isUpperCode(text.charCodeAt(text.lastIndexOf(' ', at - 2) + 1));
}

/** "Head of content ", "head of public relations ": a head's post and its field in small letters (no article: "Head of
 *  the Eastfold …" opens a body's name). */
const HEAD_OF_FIELD = lazyPattern(() => /(?:^|[^\p{L}])[Hh]ead[ \t]of[ \t](?:(?!(?:the|a|an|its|their|his|her|and)[ \t])\p{Ll}+[ \t]){1,2}$/u);

/** Whether a head's post and its field in small letters stand right before `start` (HEAD_OF_FIELD; "ead of " first). */
function headOfFieldBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return before.includes('ead of ') && HEAD_OF_FIELD().test(before);
}
