import type { PersonMention } from './spans';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import { type LineStats, tokenize, type Token } from './people/tokenize';
import { withoutPronounI } from './people/pronounI';
import { capitalisedRuns, type Run, stSurnames } from './people/candidates';
import { splitRunTogetherNames } from './people/runTogetherNames';
import { withoutWorksListed } from './people/worksListed';
import { acronymJustBefore, classifyWords, namePart, type NamePart, type WordClass } from './people/classify';
import { abbreviatedTitleBefore, adjectiveRole, FIRMS_ARE_TOO, flightPlace, gatherEvidence, partyWord } from './people/evidence';
import { headlineLines, inHeadline, wholeNamesJoined } from './people/headlines';
import { withoutNonNameShapes } from './people/notNameShapes';
import { withoutNamesakeBodies } from './people/namesakeBodies';
import { withoutBrandMentions } from './people/brandMentions';
import { AUTHORED_AFTER, CLOSING_QUOTE, PLAYED_BEFORE, withoutNumberedWorks, withoutTitlesBeforeCredits, withoutWorksInApposition, workNounBefore } from './people/works';
import { linkMentions, type NameFinding } from './people/link';
import { ampersandBefore, brandBeforeGoods, clausePronoun, nameBeforeCorporateWord, nameBeforeUpperCorporateWord, organisationUse, personalPronoun, personalUse, type OrganisationUse } from './people/organisations';
import { craftOrHorseUse, shipPrefixBefore, vehicleUse } from './people/vehicles';
import { firmBesideFirm, listedWithFirms } from './people/firmsTogether';
import { sideInResult } from './people/results';
import { listedAsFirm } from './people/firmList';
import { withoutMilitaryShapes } from './people/militaryShapes';
import { firmInitialsBefore } from './people/firmInitials';
import { type NeighbourWord, wordAfter, wordBefore } from './people/words';
import { demonymSurnames, familyNamesThatAreWords, skippedWordIsName, vietnameseNames, wordsThatAreGivenNames } from './people/wordNames';
import { withoutWidgetLabels } from './people/widgetLabels';
import { withPronunciationsBlanked } from './people/pronunciations';
import { withoutBracketedRoles } from './people/bracketedRoles';
import { withoutPartyAndProvinceWords } from './people/partyAndProvinceWords';
import { withoutPartyTags } from './people/politicalWords';
import { withoutZoneNames } from './people/zoneNames';
import { ageAfter, appositiveWho, nameKey, personOnlyAfter, roleBefore } from './people/mentionCues';
import { givenNamesOfCouples, modelNames, namedAfterTwoPeople, namesListedByLine, namesListedWithPeople } from './people/namesTogether';
import { letterSignOffs } from './people/letterSignOffs';
import { wordGivenNames } from './people/wordGivenNames';
import { withDeskBylines } from './people/deskBylines';
import { pseudonyms } from './people/pseudonyms';
import { withoutMachinesNamed } from './people/machinesNamed';
import { pluralTitleLists } from './people/pluralTitleLists';
import { battingLines, goalLines, goaliesLines, numberedLineUps, playerLists, rankedResults, scorersAfterScores, teamSheets } from './people/lineUps';
import { dropLoneFirmSurnames, markClubMentions, markFirmMentions, markInstitutionMentions } from './people/firmMentions';
import { creditOutlet, creditSlot, datelineAgency, isByline, placeSurnameAfterBy } from './people/credits';
import { addressAt, streetAfterWay, streetNamedAfter } from './people/streetNames';
import { articleOpenedName, campaignName, countedBodyBefore, holidayNamedAt, inQuotedTitle, landformName, namesakeAfterPlaceNoun, namesakeOf, placeWordBefore, sportsBody, teamColumn, titleOfWork } from './people/namedThings';
import { namesInCapitals } from './people/capitals';
import { withSpeakerLabels } from './people/speakerLabels';
import { withFirstNameLabels } from './people/firstNameLabels';
import { withFamilyFirstLines } from './people/familyFirstLines';
import { initialsWithoutStops } from './people/initials';
import { wordsBeforeNames } from './people/wordsBeforeNames';
import { withDoubledNamesCut } from './people/doubledNames';
import { withGluedFrontsCut } from './people/gluedFronts';
import { withoutPossessivePlaces } from './people/possessivePlaces';
import { withoutDesignations } from './people/designations';
import { stormsAndTitles } from './people/stormsAndTitles';
import { withoutPhrasesInCapitals } from './people/phrasesInCapitals';
import { withoutYearEditions } from './people/yearEditions';
import { allNameLike, personhood } from './people/personhood';
import { correctClasses } from './people/classCorrections';
import { productLineWords } from './people/productLines';
import { wordsAfterTitleStops } from './people/titleStops';
import { oneWordClausePronoun, personalBeside } from './people/personalBeside';
import { generationSuffixed } from './people/suffixedNames';
import { withCommaSuffixes } from './people/commaSuffixes';
import { spousesInBrackets } from './people/bracketedSpouses';
import { withWrappedGivenNames } from './people/wrappedGivenNames';
import { quoteAttributions } from './people/quoteAttributions';
import { withSurnamesFirst } from './people/surnameFirst';
import { authorAfterBy } from './people/authorsAfterBy';
import { givenNamesBeforeHandles } from './people/handles';
import { wordNamesShown } from './people/wordNamesShown';
import { stageNamesShown } from './people/stageNames';
import { withoutWorksInNomineeLists } from './people/nomineeLists';
import { pairsWithPeople } from './people/pairsWithPeople';
import { withoutDatelinePlaces } from './people/datelinePlaces';
import { withoutTourVenues } from './people/tourDates';
import { withoutFigureLabels, withoutFiguredWords } from './people/figureLabels';
import { withoutOfficeBriefs } from './people/officeBriefs';
import { withoutPortfolioWords } from './people/portfolioWords';
import { withoutAcronymsBeforeNames } from './people/acronymsBeforeNames';
import { withoutOrganisationBranches } from './people/organisationBranches';
import { withoutAcronymTails } from './people/acronymTails';
import { withoutEventNames } from './people/eventNames';
import { withoutThingLists } from './people/thingLists';
import { withoutAwards } from './people/awards';
import { withoutLocalPlaces } from './people/localNames';
import { withoutWorksites } from './people/worksites';
import { familyFirmName } from './people/familyFirms';
import { listedAfterFirmNoun } from './people/firmNounLists';
import { withoutMinutesWords } from './people/minutesWords';
import { withBoundsMended } from './people/spanBounds';
import { withParticleFronts } from './people/particleFronts';
import { sectionHeading } from './people/sectionHeadings';
import { bodysWordAt } from './people/bodyWords';
import { coordinatedGivenNames } from './people/coordinatedGivenNames';
import { termWrittenLower } from './people/lowerCasedTerms';
import { lazyPattern, testShaped } from '../text/lazyPattern';

/**
 * Finds personal names (name only: no title, no possessive) and links every later or earlier mention by surname
 * or first name to the full name, given as `entity`. Precision first: a name needs evidence of personhood
 * (a given name, a title or role, a reporting verb, an age) or must repeat part of a name that had it.
 * Linear in the text length. Throws only when its word lists cannot be read (../detectorFiles.ts), which analyze()
 * reports as the people detector's failure rather than as an article without people.
 */
export function detectPeople(text: string): PersonMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lex = peopleLexicon();
  try {
    return findPeople(withPronunciationsBlanked(text), lex);
  } catch {
    return [];
  }
}

/** " of Italy", " (Italy)": a place the lists know after a name, as a competitor's country is given (not where the
 *  lists know the whole as a place). */
/** How every COUNTRY_AFTER opens, without its letter classes (dear to compile): a capital is an ASCII capital or any
 *  character past ASCII, a small letter a small ASCII letter or any character past ASCII. Tested first. */
const COUNTRY_AFTER_SHAPE = /^(?:[ \t]+of[ \t]+|[ \t]+\()[A-Z\u0080-\uffff][a-z\u0080-\uffff]/;
const COUNTRY_AFTER = lazyPattern(() => /^(?:[ \t]+of[ \t]+|[ \t]+\()(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u);
/** "of the " right before a word: the body an office is "of" ("Leader of the Opposition"). */
const OF_THE_BEFORE = /\bof[ \t]+the[ \t]+$/;

function countryAfter(text: string, last: Token, lex: PeopleLexicon): boolean {
  // (not a street's or a building's word: "Mabel Road of London")
  if (last.possessive || peopleLexicon().namesakeNouns.has(last.lower)) return false;
  const after = text.slice(last.end, last.end + 24);
  const m = COUNTRY_AFTER_SHAPE.test(after) ? COUNTRY_AFTER().exec(after) : null;
  return m !== null && lex.places.has(m[1].toLowerCase()) && !lex.places.has(`${last.lower} of ${m[1].toLowerCase()}`);
}

/**
 * Full names all of whose mentions (two or more) the body writes after a preposition of place with nothing personal said
 * of them (`bare`), and that the article shows no person of, name the place: no person, and no relative of one.
 */
function placesNamedOnlyAfterPrepositions(tokens: readonly Token[], findings: readonly NameFinding[], bare: ReadonlySet<NameFinding>,
  personal: ReadonlySet<string>, roleShown: ReadonlySet<string>): void {
  // per name: its mentions after a preposition, or -1 once one stands elsewhere
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (!f.person || f.last === f.first) continue;
    const key = nameKey(tokens, f);
    const n = counts.get(key) ?? 0;
    counts.set(key, n < 0 || !bare.has(f) ? -1 : n + 1);
  }
  for (const f of bare) {
    const key = nameKey(tokens, f);
    if ((counts.get(key) ?? 0) < 2 || personal.has(key) || roleShown.has(key) || roleShown.has(tokens[f.last].lower)) continue;
    f.person = false;
    f.firm = true;
  }
}

/**
 * "Ruth & Omar Haddad": two given names joined by "&" before one surname are a couple (or siblings), not a firm as
 * "Carver & Lowe" is, and so are two full names of one surname ("Nolan Weeks & Emma Weeks"); true for either part of it.
 */
function ampersandCouple(text: string, tokens: readonly Token[], classes: readonly WordClass[], first: number, last: number): boolean {
  const joined = (a: number) => a + 1 < tokens.length && AMPERSAND_ONLY.test(text.slice(tokens[a].end, tokens[a + 1].start));
  const surnameAfter = (k: number) => k + 1 < tokens.length && tokens[k + 1].start - tokens[k].end === 1
    && (classes[k + 1] === 'surname' || classes[k + 1] === 'unknown');
  if (first === last) return classes[first] === 'given' && joined(first) && classes[first + 1] === 'given' && surnameAfter(first + 1);
  // ("Nolan Weeks & Emma Weeks": two full names of one surname, a given name opening the second)
  const span = last - first;
  if (joined(last) && last + 1 + span < tokens.length && classes[last + 1] === 'given' && tokens[last + 1 + span].lower === tokens[last].lower) return true;
  if (first > span && joined(first - 1) && classes[first] === 'given' && tokens[first - 1].lower === tokens[last].lower) return true;
  return last === first + 1 && first > 0 && classes[first] === 'given' && classes[first - 1] === 'given' && joined(first - 1);
}
const AMPERSAND_ONLY = /^[ \t]&[ \t]$/;

/** "member for ", "MP for ", "TD for ": a constituency's name follows. */
const CONSTITUENCY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:member|MP|MSP|MS|MLA|TD|MHK|candidate|councillor|Cllr)s?[ \t]+for[ \t]+(?:the[ \t]+)?$/u);
/** CONSTITUENCY_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const CONSTITUENCY_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:member|MP|MSP|MS|MLA|TD|MHK|candidate|councillor|Cllr)s?[ \t]+for[ \t]+(?:the[ \t]+)?$/;
/** An acronym and what is named after a person right after a name: " NHS Trust", " CBT Centre". */
function namesakeAfterAcronym(text: string, end: number): boolean {
  const next = text.slice(end, end + 30);
  // (a blank and two capitals or more, tested first: the pattern's letter classes are dear to compile)
  const after = /^[ \t][A-Z\u0080-\uffff]{2,12}[ \t]/.test(next) ? ACRONYM_THEN_NOUN().exec(next) : null;
  return after !== null && peopleLexicon().namesakeNouns.has(after[1].toLowerCase());
}
const ACRONYM_THEN_NOUN = lazyPattern(() => /^[ \t]\p{Lu}{2,6}[ \t](\p{Lu}\p{Ll}+)/u);
/** Words of what is named after a person that are surnames too ("Lee Hall", "Daniel Park", "Kim Tower"). */
const SURNAMES_OF_PLACES = new Set(['hall', 'park', 'street', 'bridge', 'tower', 'square', 'station', 'road', 'cup']);

/** The tokenizer's test of a capitalised word that is never a name: one function a lexicon, the same for every article
 *  (a new closure each article made V8 throw away the tokenizer's optimised code at the next one, "wrong call target",
 *  and compile it again). */
const neverNameTests = new WeakMap<PeopleLexicon, (text: string, w: string, start: number, end: number) => boolean>();
function neverNameTestOf(lex: PeopleLexicon): (text: string, w: string, start: number, end: number) => boolean {
  let test = neverNameTests.get(lex);
  if (!test) {
    test = (text, w, start, end) => (lex.skippedWords.has(w) && !skippedWordIsName(text, w, start, end, lex)) || pronounContraction(w);
    neverNameTests.set(lex, test);
  }
  return test;
}

/** The headline reader's test of a role or a title: one function a lexicon, as the tokenizer's test above. */
const roleTests = new WeakMap<PeopleLexicon, (word: string) => boolean>();
function roleTestOf(lex: PeopleLexicon): (word: string) => boolean {
  let test = roleTests.get(lex);
  if (!test) {
    test = w => lex.roleNouns.has(w) || lex.titles.has(w);
    roleTests.set(lex, test);
  }
  return test;
}

/** "You’re", "We'll", "I’m", "They've": a pronoun and its verb written as one capitalised word, which opens an
 *  interview's question ("You’re Dana Reyes, the founder?") and is no word of a name. */
const PRONOUN_CONTRACTION = /^(?:you|we|they|i|he|she|it|that|there|who|what|here|let)['’](?:re|ll|ve|m|d|s)$/;
function pronounContraction(w: string): boolean {
  return w.length <= 8 && (w.includes("'") || w.includes('’')) && PRONOUN_CONTRACTION.test(w);
}

function findPeople(text: string, lex: PeopleLexicon): PersonMention[] {
  const words = readArticleWords(text, lex);
  const { tokens, classes } = words;
  const tallies = new RunTallies();
  for (const run of splitRunTogetherNames(text, tokens, capitalisedRuns(text, tokens, lex, words.lines, words.stWords), lex)) {
    readRun(words, run, tallies);
  }
  placesAndWorksWeighed(words, tallies);
  const firmWords = firmUsesWeighed(words, tallies);
  firmsAndVehiclesMarked(words, tallies, firmWords);
  const { findings, personal, titledFindings } = tallies;
  if (tallies.vehicles.size > 0) vesselsCalledBySurname(text, tokens, findings, tallies.vehicles, titledFindings);
  namedAfterTwoPeople(text, tokens, findings, personal, tallies.ownEvidence);
  modelNames(text, tokens, classes, findings, personal, titledFindings);
  numberedLineUps(text, tokens, classes, findings);
  playerLists(text, tokens, classes, findings);
  teamSheets(text, tokens, classes, findings);
  scorersAfterScores(text, tokens, classes, findings);
  battingLines(text, tokens, classes, findings);
  goalLines(text, tokens, classes, findings);
  goaliesLines(text, tokens, classes, findings);
  rankedResults(text, tokens, classes, findings);
  givenNamesOfCouples(text, tokens, classes, findings, lex);
  namesListedWithPeople(text, tokens, classes, findings);
  pairsWithPeople(text, tokens, classes, findings);
  namesListedByLine(text, tokens, classes, findings);
  if (words.initialFirms && words.initialFirms.size > 0) firmsAfterInitials(tokens, findings, words.initialFirms);
  dropLoneFirmSurnames(tokens, findings, titledFindings, personal, lex);
  markFirmMentions(text, tokens, findings, titledFindings, tallies.organisations, tallies.owned, lex, words.headlines, tallies.tokenUses);
  markInstitutionMentions(text, tokens, classes, findings, lex);
  markClubMentions(text, tokens, findings, titledFindings);
  // ("Drake has grown into his own … Undoubtedly, Drake has paved the way": a stage name that is a word)
  wordNamesShown(text, tokens, classes, findings, lex);
  // ("Later, Quenby announced that her tour …": a one-word name opening a clause, a verb, a person's pronoun)
  stageNamesShown(text, tokens, classes, findings, lex);
  return mentionsRead(text, linkMentions(text, tokens, classes, findings, lex), lex);
}

/** Once names are linked, passes that read each mention against the whole article, in this order: each may drop,
 *  join or cut mentions the one before it left. */
function mentionsRead(text: string, linked: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let mentions = namesInCapitals(text, withSpeakerLabels(text, linked, lex), lex);
  mentions = withFamilyFirstLines(text, withFirstNameLabels(text, mentions, lex), lex);
  mentions = wholeNamesJoined(text, mentions);
  mentions = wordGivenNames(text, wordsBeforeNames(text, mentions, lex), lex);
  mentions = withGluedFrontsCut(text, withDoubledNamesCut(mentions), lex);
  mentions = withoutPortfolioWords(text, mentions, lex);
  mentions = withoutEventNames(text, withoutAcronymTails(text, withoutAcronymsBeforeNames(text, mentions)));
  mentions = withoutThingLists(text, mentions);
  mentions = stormsAndTitles(text, mentions, lex);
  mentions = withoutPhrasesInCapitals(text, mentions);
  mentions = withoutYearEditions(text, mentions, lex);
  mentions = withoutDatelinePlaces(text, mentions);
  mentions = withoutTourVenues(text, mentions);
  mentions = withoutFiguredWords(withoutFigureLabels(text, mentions));
  mentions = withoutOfficeBriefs(text, mentions, lex);
  mentions = withoutAwards(text, mentions);
  mentions = withoutLocalPlaces(text, mentions);
  mentions = withoutMinutesWords(text, mentions, lex);
  mentions = withoutPossessivePlaces(text, mentions, lex);
  mentions = withoutDesignations(text, mentions);
  mentions = withoutNumberedWorks(text, withoutTitlesBeforeCredits(text, withoutWorksInApposition(text, mentions)));
  mentions = withoutWorksListed(text, mentions);
  mentions = withoutNamesakeBodies(text, mentions);
  mentions = withoutOrganisationBranches(withoutBrandMentions(text, mentions));
  mentions = withoutWorksites(text, mentions);
  // ("Ada Vell (The Harbour), Tom Rusk (Dara Quill)": a line of nominees, each bracket holding a work)
  mentions = withoutWorksInNomineeLists(text, mentions, lex);
  mentions = letterSignOffs(text, mentions, lex);
  mentions = pseudonyms(text, mentions);
  mentions = withoutMachinesNamed(text, mentions);
  mentions = pluralTitleLists(text, mentions, lex);
  mentions = withoutNonNameShapes(text, mentions);
  mentions = withoutMilitaryShapes(text, mentions);
  mentions = withoutWidgetLabels(text, mentions);
  mentions = withoutBracketedRoles(text, mentions, lex);
  mentions = withoutPartyTags(text, withoutZoneNames(withoutPartyAndProvinceWords(mentions)));
  mentions = withParticleFronts(text, withBoundsMended(text, mentions, lex), lex);
  // (names as a page lays them out, read once each mention's own bounds are mended)
  mentions = withCommaSuffixes(text, mentions);
  mentions = spousesInBrackets(text, mentions);
  mentions = withWrappedGivenNames(text, mentions, lex);
  mentions = quoteAttributions(text, mentions, lex);
  return withDeskBylines(text, withSurnamesFirst(text, mentions));
}

/** An article's words as the people detector reads them, made once before its runs of capitalised words are read. */
interface ArticleWords {
  readonly text: string;
  readonly lex: PeopleLexicon;
  readonly tokens: Token[];
  readonly lines: readonly LineStats[];
  readonly classes: WordClass[];
  readonly stWords: Set<string>;
  readonly headlines: boolean[];
  // words the article writes before a model's code ("galaxy" of "the Galaxy S4"): a name they open is the product line's
  readonly productLines: Set<string>;
  /** The words after capitals that name a firm ("Smith" of "WH Smith"), where the article has such capitals. */
  readonly initialFirms: ReadonlySet<Token> | undefined;
}

function readArticleWords(text: string, lex: PeopleLexicon): ArticleWords {
  const scan = tokenize(text, lex.particles, neverNameTestOf(lex));
  // ("JMW Turner", "TS Eliot": initials in capitals without full stops, which the tokens lack, added where a person
  // is shown; "WH Smith", "JP Morgan" are firms)
  const scanned = withoutPronounI(text, scan.tokens, lex);
  const initials = initialsWithoutStops(text, scanned, lex);
  const tokens = initials?.tokens ?? scanned;
  const { lines } = scan;
  suffixesWithTheirStop(text, tokens, lex);
  wordsAfterTitleStops(text, tokens);
  const classes = classifyWords(tokens, lex, text);
  const stWords = stSurnames(text, tokens, lex);
  familyNamesThatAreWords(text, tokens, classes, lex);
  wordsThatAreGivenNames(text, tokens, classes, lex);
  givenNamesBeforeHandles(text, tokens, classes, lex);
  coordinatedGivenNames(text, tokens, classes);
  vietnameseNames(text, tokens, classes, lex);
  demonymSurnames(text, tokens, classes);
  correctClasses(text, tokens, classes, lex, stWords);
  const headlines = headlineLines(text, lines, roleTestOf(lex));
  return { text, lex, tokens, lines, classes, stWords, headlines, productLines: productLineWords(text), initialFirms: initials?.firms };
}

/** What the article's runs of capitalised words show of its names: gathered run by run, weighed once all are read. */
class RunTallies {
  readonly findings: NameFinding[] = [];
  readonly weak: NameFinding[] = [];
  // names seen right beside "company", "airport", "daily"…: an organisation or place everywhere in this text
  readonly notPeople = new Set<string>();
  // names the article uses as a company, product or vehicle ("Kestrel Dynamics Corp.", "Orchard reported revenue"),
  // and names it uses as something a firm or a person has ("Musk's shares"), or as a person's ("Musk said he")
  readonly organisations = new Set<string>();
  // of those, the names used as a firm themselves, not only before a corporate word ("Icahn" of "Icahn Enterprises")
  readonly firmUses = new Set<string>();
  readonly owned = new Set<string>();
  readonly personal = new Set<string>();
  // names the firm lists know, and names (or surnames) the article gives a role or a person's verb ("icon", "died")
  readonly listed = new Set<string>();
  readonly roleShown = new Set<string>();
  readonly titledFindings = new Set<NameFinding>();
  readonly titledPlaces = new Set<string>();
  // of those, names given a role that no firm has ("founder Augustin Brenner", not "its rival Minera Alcott")
  readonly personRoleShown = new Set<string>();
  // what only a person has, said of one mention itself (OWN_* bits: "Harold Pemberley died in 1979", "founded by
  // Harold Pemberley", "Harold Pemberley, who …"): a full name stays a person there although the article uses the
  // same name as a firm's or a vehicle's elsewhere ("shares of Harold Pemberley", "aboard the Adelaide Marchbank")
  readonly ownEvidence = new Map<NameFinding, number>();
  // names the article uses as a ship's, an aircraft's or a locomotive's, with the title written inside the name where
  // there is one ("princess lorna" of "the Princess Lorna, a paddle steamer"), and the titled findings' such keys
  readonly vehicles = new Set<string>();
  // names opened by a Spanish article, and whether each names no person (articleOpenedName)
  readonly openedByArticle = new Map<string, boolean>();
  readonly titledKeys = new Map<NameFinding, string>();
  // a title and one word the article uses as a firm's or a brand's name ("dr pepper" of "a Dr Pepper soda")
  readonly brands = new Set<string>();
  readonly brandKeys = new Map<NameFinding, string>();
  // full names the article gives to a place or a body named after a person ("Sela Dorin International Airport", "the
  // Halvard Brenning Foundation"), and the findings of such a name that say nothing of a person themselves
  readonly namesakes = new Set<string>();
  readonly bare = new Set<NameFinding>();
  // names the article gives as a work's title ("the biopic \"Kessler\"", "the novel Agnes Wilde"), and whether each
  // mention of such a name says nothing of a person (an actor "plays Kessler": the character, a person in the text)
  // (with the title written inside the work's name, "mrs" of "the drama Mrs Ambrose"; '' where none)
  readonly works = new Map<string, string>();
  readonly tokenUses = new Map<number, OrganisationUse | undefined>();
  readonly streetSuffixes = new Set<number>();
  // the words the article writes right after a given name ("Biden" of "Joe Biden"), read once, where a rule needs them
  givenNameBefore: Set<string> | undefined;
}

/** Reads one run of capitalised words: what it names, and what the article shows of it. */
function readRun(words: ArticleWords, run: Run, tallies: RunTallies): void {
  if (runNamesAThing(words, run, tallies)) return;
  const { text, tokens, classes, lex } = words;
  const namesake = namesakeOf(tokens, classes, run);
  if (namesake) tallies.namesakes.add(nameKey(tokens, namesake));
  if (inHeadline(tokens[run.first], words.headlines)) {
    headlineWords(words, run, namesake !== undefined, tallies.findings);
    return;
  }
  const company = nameBeforeCorporateWord(tokens, run.first, run.last, classes, lex)
    ?? nameBeforeUpperCorporateWord(text, tokens, run.first, run.last, classes, lex);
  if (company) tallies.organisations.add(nameKey(tokens, company));
  // (two words or more before it are the firm's whole name, used as a firm: "Mercer Sterling said it …" beside
  // "Mercer Sterling Aerospace" is no relative of its founder Owen Sterling; one word may be a founder's surname)
  if (company && company.last > company.first) tallies.firmUses.add(nameKey(tokens, company));
  if (campaignOrTerm(words, run, tallies.findings)) return;
  const part = nameOfRun(words, run);
  if (!part) {
    loneTitleOrFirmWord(words, run, company, tallies);
    return;
  }
  if (thingAfterThe(words, run, part, tallies)) return;
  if (namedInALongerName(words, part, tallies)) return;
  // (the words beside the name, read once: the rules below ask for them four times)
  const before = wordBefore(text, tokens[part.first].start);
  const after = wordAfter(text, tokens[part.last].end);
  if (placeOrThingNamedAfter(words, run, part, before, after, tallies)) return;
  if (notAPersonsName(words, run, part, company, before, tallies)) return;
  weighName(words, run, part, before, after, tallies);
}

/** A run that names a day, a street, an address, or an author in a list of works (its finding added). */
function runNamesAThing(words: ArticleWords, run: Run, tallies: RunTallies): boolean {
  const { text, tokens, classes } = words;
  const { findings, streetSuffixes } = tallies;
  // "on Martin Luther King Jr. Day", "Guy Fawkes Night": a day's name (a sentence's opener may stand before it)
  const holiday = holidayNamedAt(text, tokens[run.first].start, tokens[run.first].lower) ? run.first
    : run.first < run.last && holidayNamedAt(text, tokens[run.first + 1].start, tokens[run.first + 1].lower) ? run.first + 1 : undefined;
  if (holiday !== undefined) {
    findings.push({ first: holiday, last: run.last, person: false });
    return true;
  }
  // "Cesar Ortega, Jr. Blvd.", "Rep. Dorothy Haines Way": a street named after a person, no mention of the person
  // (and the suffix after the name's comma, a run of its own, no short form of anyone)
  if (run.first === run.last && streetSuffixes.has(run.first)) {
    findings.push({ first: run.first, last: run.last, person: false, thing: true });
    return true;
  }
  if (addressAt(text, tokens, run)) {
    findings.push({ first: run.first, last: run.last, person: false, thing: true });
    return true;
  }
  const street = streetNamedAfter(text, tokens, classes, run);
  if (street) {
    findings.push({ first: street.first, last: street.last, person: false, thing: true });
    if (street.suffix !== undefined) streetSuffixes.add(street.suffix);
    return true;
  }
  // "- Seldom Seen by Tessa Varnum (Harbour)": the author of a work in a list of works, in a line of capitals or not
  if (authorAfterBy(text, tokens, classes, run)) {
    findings.push({ first: run.first, last: run.last, person: true });
    return true;
  }
  return false;
}

/** A title-case headline's words, each found alone (`namesake`: the run names a thing after a person). */
function headlineWords(words: ArticleWords, run: Run, namesake: boolean, findings: NameFinding[]): void {
  const { text, tokens } = words;
  // "Budanov Says Ceasefire Possible": every word may be a short form of a name the body proves
  // (but not the name of a thing: "Proof of Halvorsen Conjecture Wins Medal", "Strike at Sela Dorin airport")
  if (namesake || peopleLexicon().namesakeNouns.has(wordAfter(text, tokens[run.last].end).word)) return;
  // (nor a work's: 'Broadcaster renews drama "Mrs Ambrose"')
  if (workNounBefore(text, tokens[run.first].start)) return;
  for (let k = run.first; k <= run.last; k++) {
    if ((k < run.last || !plusAfter(text, tokens[k])) && !EPONYMS_PLAIN.has(wordAfter(text, tokens[k].end).word)) {
      findings.push(k < run.last ? { first: k, last: k, person: false, headlineNext: k + 1 } : { first: k, last: k, person: false });
    }
  }
}

/** A campaign's name, or a term the article also writes in small letters (its finding added). */
function campaignOrTerm(words: ArticleWords, run: Run, findings: NameFinding[]): boolean {
  const { text, tokens, classes } = words;
  // "Residents' group Save Tarrow Fields said": a campaign's name, no person (nor its place's words elsewhere)
  if (campaignName(text, tokens, run.first, run.last)) {
    findings.push({ first: run.first + 1, last: run.last, person: false, firm: true });
    return true;
  }
  // "Brent Crude prices" beside "Brent crude futures": a term the article also writes in small letters
  if (termWrittenLower(text, tokens, classes, run.first, run.last)) {
    findings.push({ first: run.first, last: run.last, person: false, thing: true });
    return true;
  }
  return false;
}

/** The words of a run that may be a name (a role, an office or a trade before it cut off), if any. */
function nameOfRun(words: ArticleWords, run: Run): NamePart | undefined {
  const { text, tokens, classes, lex } = words;
  // the role before the run matters only to a run opened by a word of the language ("goalkeeper Long …", "Dr. Alma …")
  const opener = tokens[run.first];
  const part = namePart(text, tokens, run, classes, lex, run.last > run.first && classes[run.first] === 'common'
    && ((!opener.sentenceStart && roleBefore(text, opener.start, lex)) || abbreviatedTitleBefore(text, opener.start)
      || creditSlot(text, opener.start, tokens[run.last].end)));
  // "the Exchequer Nigel Hawley", "the Treasury Ana Ruiz": after "the" an unfamiliar word before a given name is the
  // office, not the name's first word; so is a brief after "for" or "of" ("Minister for Health Simon Harkin",
  // "Secretary of State for Education Bridget Fennimore", "Minister of Finance Ana Ruiz")
  // (not before a given name that is a word of the language and a run ending in an institution's word: "the Brindlemoor
  // Art Gallery" is a place's building)
  if (part && part.last - part.first >= 2 && classes[part.first + 1] === 'given' && !part.titled
    && !(classes[part.last] === 'org' && lex.commonWords.has(tokens[part.first + 1].lower))) {
    const before = wordBefore(text, tokens[part.first].start).word;
    // (a word of the language too after "of the", a body that completes the office: "Leader of the Opposition Ana
    // Ruiz", "Speaker of the House Ana Ruiz")
    const body = classes[part.first] === 'unknown' || classes[part.first] === 'common';
    if ((classes[part.first] === 'unknown' && before === 'the')
      || (body && before === 'the' && OF_THE_BEFORE.test(text.slice(Math.max(0, tokens[part.first].start - 12), tokens[part.first].start)))
      || (body && (before === 'for' || before === 'of'))) {
      part.first++;
      part.titled = true;
    }
  }
  // "Shipbuilder Harland Crewe announced …", "Carmaker Brenner Motorwerke said": a firm's trade opening the sentence
  // is no word of the name after it, which the evidence then reads as a firm's (or, "Producer Naomi Sato", a person's)
  // ("Song Jianguo": a word that is also a family name written first stays)
  // (and after a wire's dateline, its credit or dash closing it: "WASHINGTON (AP) Drugmaker Velmora asked …")
  if (part && part.last > part.first && (tokens[part.first].sentenceStart || /[)—–][ \t]{1,2}$/.test(text.slice(tokens[part.first].start - 3, tokens[part.first].start)))
    && lex.organisationNounsBefore.has(tokens[part.first].lower)
    && !lex.familyNamesFirst.has(tokens[part.first].lower)) part.first++;
  return part;
}

/** "King said", "Sears said": a run with no name in it but a title's or a firm's word (its finding added). */
function loneTitleOrFirmWord(words: ArticleWords, run: Run, company: { first: number; last: number } | undefined, tallies: RunTallies): void {
  const { text, tokens, classes, lex } = words;
  // "King said", "Sears said": a title or company word alone may still be the surname of a name found elsewhere
  // ("Billie Jean King", "Michael M. Sears"), also after a capitalised sentence opener ("Later Dell said he")
  const alone = afterOpener(tokens, classes, run);
  if (classes[alone] === 'title' || classes[alone] === 'org') {
    // "Ford, 61, had not …", "Ford said he …": something only a person has makes a person's surname of a firm's word
    // (not after "the": "told the Courier that he …" is a newspaper's)
    // (nor after "on": "wrote on Twitter that he would resign" is a platform's)
    // (nor after an acronym: "told ABC News that he" is a broadcaster's)
    // (nor after a body's words: "the Sheriff's Department, who", "the Secretary of State notified him")
    const self = classes[alone] === 'org' && alone === run.last && !ARTICLE_OR_ON.has(wordBefore(text, tokens[alone].start).word)
      && !acronymJustBefore(text, tokens[alone].start, lex) && !bodysWordAt(text, tokens[alone].start)
      && (ageAfter(text, tokens[alone]) || personalUse(text, tokens, alone) || appositiveWho(text, tokens[alone]));
    if (self) tallies.personal.add(tokens[alone].lower);
    // ("The computer maker Dell Technologies said" beside "Michael Dell": a word before a corporate word of its run is
    // the firm's name there, no short form of its founder)
    const firmNamed = !self && company !== undefined && company.first <= alone && company.last === alone;
    tallies.findings.push(firmNamed ? { first: alone, last: alone, person: false, firm: true } : { first: alone, last: alone, person: self });
  }
}

/** A thing's or a body's name after "the", or a work's title (its finding added). */
function thingAfterThe(words: ArticleWords, run: Run, part: NamePart, tallies: RunTallies): boolean {
  const { text, tokens, classes } = words;
  const { findings } = tallies;
  // "the Large Hadron Collider", "the Great Barrier Reef": after "the", a run opened by a capitalised word of the
  // language is a thing's name, whatever words no list knows follow it
  if (!part.titled && part.first > run.first && classes[run.first] === 'common' && !tokens[run.first].sentenceStart
    && wordBefore(text, tokens[run.first].start).word === 'the') {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // "the Guardia Civil said": after "the", a name whose last word is a word of the language and whose first is no
  // given name is a body's or a thing's name too
  if (!part.titled && part.first === run.first && part.last > part.first && classes[part.last] === 'common'
    && classes[part.first] !== 'given' && !tokens[run.first].sentenceStart && wordBefore(text, tokens[run.first].start).word === 'the') {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // 'the biographical drama "Kessler"', "the novel Agnes Wilde", "the detective drama Mrs Ambrose": a name right after
  // the noun of a work is its title, no person (nor, elsewhere, where nothing personal is said of it: "Kessler took
  // $82 million"); not before what an author does to it ("the novel Agnes Wilde wrote in 1990")
  const opened = part.titled && part.first > run.first && classes[part.first - 1] === 'title' ? part.first - 1 : part.first;
  const work = workNounBefore(text, tokens[opened].start);
  if (work && !AUTHORED_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 14))) {
    // (a name a quotation opens but does not close is a longer title's first words: 'the film "Ezra Is Still
    // Upstairs"', whose villain Ezra may still be named)
    if (!/["“‘']$/u.test(work[0]) || CLOSING_QUOTE.test(text.slice(tokens[part.last].end, tokens[part.last].end + 2))) {
      tallies.works.set(nameKey(tokens, part), (opened < part.first ? tokens[opened].lower : work[1] ?? '').toLowerCase());
    }
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  return false;
}

/** A name inside a saint's, a ship's, an agency's or an outlet's name, or after "the Spirit of" (its finding added). */
function namedInALongerName(words: ArticleWords, part: NamePart, tallies: RunTallies): boolean {
  const { text, tokens } = words;
  // "Doctors at St. Agnes said …", "the Saint Brendan school": a saint's name names a church, a hospital or a town,
  // and is no short form of a person of that given name
  // (and after a ship's prefix: "the USS Harriet Colby", "HMS Tarvos")
  const lead = text.slice(Math.max(0, tokens[part.first].start - 8), tokens[part.first].start);
  // (and after "the Spirit of", "the Pride of": a name inside a longer one, a ship's or a prize's, not the person's)
  // (and in a wire dateline's brackets: "HARLOW, England (Dale Wire) —" names the agency that filed the story; after
  // a photographer's name and its slash, "Photo: Daniel Ruiz / Harwick Ledger", the outlet that ran the picture)
  if (saintBefore(lead) || shipPrefixBefore(lead) || datelineAgency(text, tokens[part.first].start, tokens[part.last].end)
    || creditOutlet(text, tokens[part.first].start, tokens[part.last].end)
    || (lead.endsWith('of ') && NAMED_OF_BEFORE().test(text.slice(Math.max(0, tokens[part.first].start - 30), tokens[part.first].start)))) {
    // (a ship's name of two words or more is a vessel's elsewhere too, where nothing personal is said of it)
    if (part.last > part.first && shipPrefixBefore(lead)) tallies.vehicles.add(nameKey(tokens, part));
    tallies.findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  return false;
}

/** A place, a body, an illness, a brand or a shop named after a person, or a constituency (its finding added). */
function placeOrThingNamedAfter(words: ArticleWords, run: Run, part: NamePart, before: NeighbourWord, after: NeighbourWord,
  tallies: RunTallies): boolean {
  const { text, tokens, classes } = words;
  const { findings } = tallies;
  // "Cedar Ridge", "Harmon Creek": a word of the land ending a name no given name opens is a place ("Tom Ridge" stays)
  // ("Universidad Diego Portales", "Stade Pierre Mauroy", "Avenida Paulista": a place's noun before the name, as
  // Romance languages put it, names a place or a body after the person)
  // ("Cricket Ireland": a sport's body)
  if (landformName(tokens, classes, part) || namesakeAfterPlaceNoun(tokens, part, before.word, after.word) || sportsBody(tokens, classes, part)) {
    // (a thing's name: one word there, "Chez Odette", is no short form of the chef Odette Marchand, and two, "Maison
    // Kayser", no full name of a person of its last word)
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // "at Camp Lejeune", "Fort Bragg", "Port Elizabeth": a base or a place named after a person, no short form of the
  // person it honours ("Lejeune said" elsewhere may still be)
  if (baseOrLandBefore(text, tokens[part.first].start, before)) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // "Florence + the Machine", "Ada + Oak": a name joined by a plus sign names a band or a brand, no short form of
  // a person of that name (nor a firm's word for the article's other mentions: "Florence told …" is the singer)
  if (plusAfter(text, tokens[part.last])) return true;
  // "the spread of Brennick Disease", "a Grocery Coupon Scam", "an Amber Alert", "under Tribal Law": a capitalised noun
  // of an illness, a fraud, an alert or a law ending a name names the thing (not after a given name where the noun is
  // a surname too: "Jude Law")
  if (part.last > part.first && !tokens[part.last].possessive && tokens[part.last].shape === 'capitalised'
    && (NEVER_SURNAME_KINDS.has(tokens[part.last].lower) || (EPONYMS_PLAIN.has(tokens[part.last].lower) && classes[part.first] !== 'given'))) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // "Halloran's disease", "Tessler's law", "Tessler syndrome": a name given to a thing, no short form of the person
  // it honours; "a candidate Ebola vaccine": a disease's name
  if (part.first === part.last && (tokens[part.first].possessive
    ? EPONYMS.has(wordAfter(text, text.indexOf(' ', tokens[part.first].end)).word)
    : EPONYMS_PLAIN.has(after.word) || (ILLNESS_NOUNS_AFTER.has(after.word) && classes[part.first] !== 'surname'
      && classes[part.first] !== 'given' && !(tallies.givenNameBefore ??= wordsAfterGivenNames(tokens, classes)).has(tokens[part.first].lower)))) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // ("Lou Gehrig's disease", "Carl Tessler's syndrome": an illness named with a full name is no mention of the man)
  if (part.last > part.first && tokens[part.last].possessive
    && ILLNESSES.has(wordAfter(text, text.indexOf(' ', tokens[part.last].end)).word)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "Jack Daniel's, owned by Brown-Forman,", "Harlow Kent's, which opened in 1990,": a possessive with nothing owned after it but
  // an appositive or a clause of what it is names a brand or a shop, not the person (whose possessive owns a noun)
  if (tokens[part.last].possessive && BRAND_POSSESSIVE_AFTER.test(text.slice(tokens[part.last].end, tokens[part.last].end + 16))) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "Kelly's Diner", "Okoro's Bakery": a shop named with its owner's possessive is no mention of him there (and no
  // firm's word elsewhere: "Kelly said the diner was busy" is the owner)
  if (part.first === part.last && tokens[part.first].possessive && SHOP_NOUNS.has(wordAfter(text, text.indexOf(' ', tokens[part.first].end)).word)
    && UPPER_AFTER_SPACE().test(text.slice(tokens[part.first].end, tokens[part.first].end + 6))) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "the Eleanor Pryce NHS Trust", "the Ada Lowe CBT Centre": an acronym between the name and what is named after it
  if (part.last > part.first && namesakeAfterAcronym(text, tokens[part.last].end)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // (and after "member for", "MP for": a constituency, named after a place: "the member for Kendal Moor")
  const closeBefore = text.slice(Math.max(0, tokens[part.first].start - 24), tokens[part.first].start);
  if (closeBefore.includes('for') && testShaped(CONSTITUENCY_BEFORE_SHAPE, CONSTITUENCY_BEFORE, closeBefore)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "the King Abdulaziz Foundation": a title's name that ends in what is named after a person is that thing (not in
  // a word that is a surname too: "President Lee Hall said")
  if (part.titled && part.last > part.first && classes[part.last] === 'org' && peopleLexicon().namesakeNouns.has(tokens[part.last].lower)
    && !SURNAMES_OF_PLACES.has(tokens[part.last].lower)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "the nearby Hannah Moore estate", "the new Arthur Pollard wing": a full name between "the" and a building's or an
  // estate's noun in lower case names the place, no mention of the person it honours
  // (or a title and a name: "outside the Lord Nelson pub")
  const named = part.titled && part.first > run.first && classes[part.first - 1] === 'title' ? part.first - 1 : part.first;
  // (and one word before a noun no family or campaign is, "the Mulenga mine", "the Moe wing", "the Gorring school";
  // "the Crossley family", "the Hallam campaign", "the Bush administration" name the person in a noun's modifier)
  if ((part.last > named ? peopleLexicon().namedPlaces.has(after.word) : after.adjacent && NAMED_AFTER_ONE_WORD.has(after.word))
    && !tokens[part.last].possessive
    && THE_BEFORE().test(text.slice(Math.max(0, tokens[named].start - 30), tokens[named].start))) {
    findings.push(part.last > named ? { first: part.first, last: part.last, person: false, firm: true }
      : { first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  return false;
}

/** A bill, a vessel, a work, a band, a club, a firm, a party or a heading named like a person (its finding added). */
function notAPersonsName(words: ArticleWords, run: Run, part: NamePart, company: { first: number; last: number } | undefined,
  before: NeighbourWord, tallies: RunTallies): boolean {
  const { text, tokens, classes, lex } = words;
  const { findings } = tallies;
  // "Assembly Bill Number 5913A", "House Bill No. 12": a bill's number, no "Bill Number" (nor "Bill" alone)
  if (part.last === part.first + 1 && tokens[part.first].lower === 'bill' && (tokens[part.last].lower === 'number' || tokens[part.last].lower === 'no')
    && /^\.?[ \t]+[A-Z]{0,3}\d/.test(text.slice(tokens[part.last].end, tokens[part.last].end + 8))) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // "voted against the Brady Bill": a bill named after its sponsor, after "the", is the bill (a person, "the Bill
  // Hadley case", has the given name first)
  if (part.last === part.first + 1 && tokens[part.last].lower === 'bill' && before.adjacent && before.word === 'the' && !tokens[part.last].possessive) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return true;
  }
  // "the first of which, the Simón Calderón, made its first flight", "named the Rosa Pineda, the Manuel Ortega and
  // …": a given name and a surname right after "the", ended by a stop, a comma or "and", is a thing named after a person
  // (a person is no "the" one; "the John Major government" names him in a noun's modifier, ", who" makes a person)
  if (!part.titled && part.last > part.first && classes[part.first] === 'given' && !tokens[part.last].possessive
    && before.adjacent && before.word === 'the' && THE_NAME_ENDS.test(text.slice(tokens[part.last].end, tokens[part.last].end + 9))) {
    // (and so elsewhere, as a vessel is, where nothing personal is said of it: "Sofia Marsh reached Antwerp")
    const key = nameKey(tokens, part);
    tallies.vehicles.add(key);
    tallies.firmUses.add(key);
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "The Winter Ledger runs until March", "'The Salt House'": a capitalised "The" opening the run makes a title of a
  // work, a band or a place of what follows it, no person (a person's role would stand between: "The striker Ana Ruiz")
  // (and "2. Sofia Lindqvist (Sweden) Brabant 1:19.455": the word after a competitor's country in a results line is
  // her team or her car)
  // (a single word after it may be a person's, used of what is his: "The Hallam campaign", "The Crossley family")
  // (nor a full name before what is his, "The Tom Hale case", "The Ruth Alder report": only a verb or the end of the
  // title may follow)
  // ("the band Sister Marigold", "the rock band Brother Alden": a band's noun right before the run
  // names the band with it, whatever title or given name opens the band's name)
  if ((part.first === run.first && part.last > part.first && !part.titled && !tokens[part.last].possessive
    && titleOfWork(text, tokens[part.first].start, tokens[part.last].end))
    || MUSICAL_GROUPS.has((part.first === run.first ? before : wordBefore(text, tokens[run.first].start)).word)
    || (part.first === part.last && teamColumn(text, tokens[part.first].start, tokens[part.last].end))) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "the 21-year-old Scot", "the 30-year-old Dane": a people's noun after an age describes the person named before it
  if (part.first === part.last && NATIONALS.has(tokens[part.first].lower) && !tokens[part.first].possessive
    && before.adjacent && before.word.endsWith('year-old')) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // "AC Milan, whose coach …", "FC Porto": a club's initials in capitals right before the name make it the club's
  if (!part.titled && part.first === run.first && clubInitialsBefore(text, tokens[part.first].start)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "Earl Dunmore & Sons", "A. Tallis and Sons", "R. Quell and Co": a family firm in its own style
  if (familyFirmName(text, tokens, classes, part)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "JP Morgan Chase": capitals written apart from the firm's name they open, glued back into a listed firm
  if (!part.titled && firmInitialsBefore(text, tokens[part.first].start, nameKey(tokens, part), lex)) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // ("Planes landed at Ben Tzoran": the airport in this mention, whatever the article says of the man it honours)
  // ("El Al said", "El Mundo reported": a name opened by a Spanish article)
  if (!part.titled && (flightPlace(text, tokens[part.first].start) || articleOpenedName(text, tokens[part.first].start, tokens[part.last].end, tallies.openedByArticle))) {
    findings.push({ first: part.first, last: part.last, person: false, firm: true });
    return true;
  }
  // "Mr A", "Ms B", "Witness C": one letter after a title stands for a name withheld, and is none
  if (part.first === part.last && tokens[part.first].end - tokens[part.first].start === 1) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // "liberal Democrats support", "the Democratic party", "Tories said": a party's members or its adjective, whatever
  // role stands before them
  if (partyNamed(tokens, part)) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // (but an age set off after it makes a person of any word: "Swift, 34, thanked fans")
  if (part.first === part.last && cannotStandAlone(tokens[part.first], classes[part.first])
    && !(classes[part.first] === 'common' && ageAfter(text, tokens[part.first]))) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // "Economic Indicators", "Video Transcript": a section's heading alone on its line, no byline
  if (!part.titled && sectionHeading(text, tokens, classes, part)) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  // "Merrick Turbines", "Thorne Foods": the firm's whole name, corporate word included
  if (company && part.first <= company.last && part.last > company.last) {
    findings.push({ first: part.first, last: part.last, person: false });
    return true;
  }
  return false;
}

/** What the article says of a name that may be a person's: the finding, and what it shows of the name's other uses. */
function weighName(words: ArticleWords, run: Run, part: NamePart, before: NeighbourWord, after: NeighbourWord, tallies: RunTallies): void {
  const { text, tokens, classes, lex } = words;
  const { findings, firmUses, owned, personal, vehicles } = tallies;
  const evidence = gatherEvidence(text, tokens, part, classes, lex, before, after);
  const key = nameKey(tokens, part);
  if (evidence.organisationContext) tallies.notPeople.add(key);
  // "Ashcombe, Mass.", "its Molly Crisp bars": a place or a firm's own anywhere, unless the article shows a person of it
  if (evidence.placeShown) owned.add(key);
  // "the aircraft carrier Carl Vinson", "carmaker Brenner Motorwerke": so named anywhere, unless shown to be a person
  if ((evidence.organisationBefore || evidence.organisationAfter) && part.last > part.first) owned.add(key);
  // ("Jefferies and Piper Sandler both lowered their price targets": beside a firm, what firms do; "Edwin Marlow and
  // Charles Schwab fell": beside a firm, what stocks do; "City beat Harlow Vale 3-1": a side in a result, with no given
  // name, a team)
  const couple = ampersandCouple(text, tokens, classes, part.first, part.last);
  const firmUse = couple ? undefined : organisationUse(text, tokens, part.first, part.last, before, after);
  // (markFirmMentions asks a one-word mention's use again, and reading it is dear: it is handed over)
  if (!couple && part.first === part.last) tallies.tokenUses.set(part.first, firmUse);
  const use = couple ? undefined : firmUse
    ?? (firmBesideFirm(text, tokens, part.first, part.last, lex) || listedWithFirms(text, tokens, part.first, part.last, lex)
      || (!tokens[part.last].possessive && listedAfterFirmNoun(text, tokens[part.first].start))
      || (part.last > part.first && words.productLines.has(tokens[part.first].lower))
      || (part.last > part.first && classes[part.first] !== 'given' && !lex.familyNamesFirst.has(tokens[part.first].lower)
        && sideInResult(text, tokens, part.first, part.last))
      ? 'owned' : undefined);
  // "Carver & Lowe": the second family's word names the firm only with the first, never alone
  const joinedSecond = use === 'sure' && part.first === part.last && ampersandBefore(text, tokens[part.first].start);
  if (use === 'sure' && !joinedSecond) firmUses.add(key);
  // (a trade firms and people share makes a firm only of a name that is no given name and surname: "Jane Dunn, a
  // builder from Leeds, said" is a person; "Vellacott, a builder" may be either, which what else is said decides)
  else if (use === 'owned' || (use === 'trade' && !(part.last > part.first && classes[part.first] === 'given'))) owned.add(key);
  else if (listedAsFirm(tokens, classes, part, key, evidence, lex)) tallies.listed.add(key);
  // "the locomotive Sir Ambrose Crale", "the Princess Lorna, a paddle steamer": a title inside a vehicle's name is part
  // of it (a lone word after it, "Lorna", may still be a person's elsewhere; "Ambrose Crale" is the engine throughout)
  const title = part.titled && part.first > run.first && classes[part.first - 1] === 'title' ? part.first - 1 : -1;
  // "a Dr Pepper soda": a title and one word counted before a food or a drink are a brand's name, wherever the two are
  // written together and nothing but the title says the mention is a person's
  const titleRightBefore = part.first === part.last ? titleWordBefore(text, tokens[part.first].start, key, lex) : undefined;
  if (use === 'sure' && titleRightBefore !== undefined && brandBeforeGoods(text, tokens[part.first].start, tokens[part.last])) tallies.brands.add(titleRightBefore);
  const vehicle = vehicleUse(text, tokens, title >= 0 ? title : part.first, part.last)
    || craftOrHorseUse(text, tokens, part.first, part.last, evidence.titled) !== undefined;
  // ("12 Mill St. in Prince Alwyn": a town whose name opens with a title's word, the place with it wherever so written)
  if (evidence.placeShown && title >= 0) tallies.titledPlaces.add(tokens[title].lower + ' ' + key);
  if (vehicle) {
    if (title >= 0) vehicles.add(tokens[title].lower + ' ' + key);
    if (title < 0 || part.last > part.first) { vehicles.add(key); firmUses.add(key); }
  }
  // ("founded by baker Eric Kayser": who founded a firm is its founder, though the firm lists hold his name as the firm's)
  if (evidence.titled || evidence.acted || (part.last > part.first && foundedByBefore(text.slice(Math.max(0, tokens[part.first].start - 40), tokens[part.first].start)))) {
    tallies.roleShown.add(key); tallies.roleShown.add(tokens[part.last].lower);
  }
  const personRole = evidence.titled && !FIRMS_ARE_TOO.has(before.word);
  if (evidence.acted || personRole) tallies.personRoleShown.add(key);
  // ("Potts said earlier this year that he …", "He and Delgarno told the judge", "… Brown Jr. and his attorneys")
  const beside = personalBeside(text, tokens[part.first], tokens[part.last]);
  const clause = part.first === part.last ? oneWordClausePronoun(text, tokens, part.first, lex) : clausePronoun(text, tokens, part.first, part.last, lex);
  const pronounKind = personalPronoun(text, tokens, part.last) ?? clause ?? beside;
  const pronoun = pronounKind !== undefined;
  // ("Writing by Hereward Holland;": in a credit after "by" a place's name may be the surname, as it often is)
  const credited = part.last > part.first
    && (allNameLike(classes, part) || placeSurnameAfterBy(text, tokens[part.first].start, classes, part))
    && creditSlot(text, tokens[part.first].start, tokens[part.last].end);
  // ("Holloway's chief executive, Dominic R. Ashby,": a role set off before the name, or a given name and a middle
  // initial, shows a person as plainly; firms are not named so)
  const role = roleInApposition(text, tokens[part.first].start, tokens[part.last], lex);
  const roleApposed = role !== undefined;
  const middleInitial = part.last - part.first >= 2 && classes[part.first] === 'given' && classes[part.last - 1] === 'initial';
  if (evidence.personTitle || (evidence.appositive && !evidence.organisationContext) || evidence.relativeAfter || pronoun || credited || roleApposed
    || middleInitial || isByline(text, tokens[part.first].start, tokens[part.last].end)) {
    personal.add(key);
    personal.add(tokens[part.last].lower);
  }
  // "Corwin Ford said he …" is the actor; "Lincoln Ford said prices rose" a car dealer, read as no name at all
  // (or where the article says it of the surname alone: "Keaton Ford stars … Ford, 61, had not made a film"; decided
  // once the whole article is read)
  // (or with a person's role before it, "centre Daniel Park", or "told reporters" after it: "Tony Hall told
  // reporters", which a firm has a spokesman do)
  // (or a country after it, as a competitor's is given: "four seconds ahead of Marco Villa of Italy", "Marco Villa (Italy)")
  // ("stopped along Wilbur Street when he was confronted": a street after a preposition of a way, whatever "he" follows)
  if (part.firmLast && streetAfterWay(text, tokens, part.first, part.last)) {
    findings.push({ first: part.first, last: part.last, person: false, thing: true });
    return;
  }
  if (part.firmLast && !(evidence.personTitle || evidence.appositive || pronoun || personRole || evidence.toldPress
    || countryAfter(text, tokens[part.last], lex))) {
    if (!evidence.organisationContext) findings.push({ first: part.first, last: part.last, person: false, pending: true });
    return;
  }
  // ("Chidi Okafor reached his first final": a full name of words no list knows, and "his" or "her" after its verb)
  // ("the 450-seat Verkhovna Rada", "the 15-nation Halvic Council": unfamiliar words after a body's count are its name)
  const strength = evidence.organisationContext || countedBodyBefore(text, tokens[part.first].start) ? 'none'
    : part.firmLast || credited || (pronoun && part.last > part.first && allNameLike(classes, part))
      || (part.last > part.first && officeOfPlaceApposed(text, tokens[part.first].start, tokens[part.last], lex))
      // ("the suspect, Tarvo, fled": one word no list knows, set off by commas after a role, is the holder's name; not
      // after a role firms hold too: "its baggage agent, Swissline,")
      || (part.first === part.last && role !== undefined && !FIRMS_ARE_TOO.has(role) && classes[part.first] === 'unknown'
        && text.charCodeAt(tokens[part.last].end) === 44)
      || ((beside !== undefined || generationSuffixed(text, tokens, part) || clause !== undefined)
        && besideMakesPerson(classes, part)) ? 'strong'
      : personhood(text, tokens, classes, part, evidence, lex);
  // ("Dolores Live at Red Rocks" took $4 million: a work's title in quotes, whose words name no one)
  const finding: NameFinding = joinedSecond || inQuotedTitle(text, tokens[part.first].start, tokens[part.last].end)
    ? { first: part.first, last: part.last, person: false }
    : { first: part.first, last: part.last, person: strength !== 'none' };
  // "bus maker Vellacott", "the carmaker Brenner": a bare word named by what it is, the firm's there, no short form
  // of a person of that surname (but "the company Vellacott founded", "the side Wenger built" name the person)
  // ("the firm Kasowitz Fine" beside "lawyer Gerald Fine": a full name so named is no relative of a person of its last word)
  if (evidence.organisationBefore && !clauseVerbAfter(text, tokens[part.last])) finding.firm = true;
  findings.push(finding);
  if (strength === 'weak') tallies.weak.push(finding);
  if (evidence.personTitle) tallies.titledFindings.add(finding);
  if (title >= 0) tallies.titledKeys.set(finding, tokens[title].lower + ' ' + key);
  if (titleRightBefore !== undefined) tallies.brandKeys.set(finding, titleRightBefore);
  const own = (evidence.personTitle ? OWN_TITLE : 0) | (evidence.appositive && !evidence.organisationContext ? OWN_APPOSITIVE : 0)
    | (pronounKind === 'he' ? OWN_HE : pronounKind === 'she' ? OWN_SHE : 0)
    | (personOnlyAfter(text, tokens[part.last]) || foundedBy(text, tokens[part.first].start) ? OWN_LIFE : 0)
    | (roleApposed ? OWN_APPOSITIVE : 0)
    | (!part.titled && before.adjacent && lex.roleNouns.has(before.word) && !FIRMS_ARE_TOO.has(before.word)
      && !adjectiveRole(text, tokens, part, before.word) ? OWN_ROLE : 0);
  // (not where the mention itself is the firm's or the vehicle's: "Harland Rowe, whose Derby factory …")
  if (own !== 0 && use !== 'sure' && !vehicle) tallies.ownEvidence.set(finding, own);
  // ("Police at Amos Keret said", "the pitch at Kwabena Osei was poor": after a preposition the name is no subject,
  // and the verb after it not its own)
  if (own === 0 && part.last > part.first && !evidence.titled && !evidence.appositive
    && !pronoun && !credited && !tokens[part.last].possessive && placeWordBefore(text, tokens[part.first].start)) tallies.bare.add(finding);
}

/** Mentions of a place named after a person, and a work's title, decided once every run is read. */
function placesAndWorksWeighed(words: ArticleWords, tallies: RunTallies): void {
  const { text, tokens } = words;
  const { findings, namesakes, bare, personal, roleShown, works, ownEvidence, titledFindings } = tallies;
  // "flights out of Sela Dorin" beside "Sela Dorin International Airport": where the article names a place after a
  // person, the same full name after a preposition of place, with nothing personal said of it, is the place ("named
  // after Sela Dorin, the first transport minister, who died in 1974" stays the person)
  if (namesakes.size > 0) {
    for (const f of bare) if (namesakes.has(nameKey(tokens, f))) { f.person = false; f.firm = true; }
    // (and a mention no person's already, "Odera Nyambura airport", is no relative of a person of that surname)
    for (const f of findings) if (!f.person && f.last > f.first && namesakes.has(nameKey(tokens, f))) f.firm = true;
  }
  // "reached the quarter-finals in Monte Carlo … won his first title in Monte Carlo": a full name the article writes two
  // times or more, each after a preposition of place with nothing personal said of it and never otherwise, is the place
  // (one such mention may be a person's: "a threat in Saddam Hussein")
  if (bare.size >= 2) placesNamedOnlyAfterPrepositions(tokens, findings, bare, personal, roleShown);
  // a work's title elsewhere in the article: the work's where nothing personal is said of the mention and no actor
  // plays it ("Kessler, directed by Imogen Stroud, tells …"; "Julian Marsh plays Kessler" is the character)
  if (works.size > 0) {
    for (const f of findings) {
      // ("Mrs Ambrose drew 7 million viewers" beside "the drama Mrs Ambrose": the title written inside the work's name)
      const title = works.get(nameKey(tokens, f));
      if (title === undefined) continue;
      const start = tokens[f.first].start;
      if (title !== '' ? !text.slice(Math.max(0, start - title.length - 2), start).toLowerCase().replace(/\.?[ \t]+$/, '').endsWith(title)
        || ((ownEvidence.get(f) ?? 0) & ~(OWN_TITLE | OWN_ROLE)) !== 0 : ownEvidence.has(f) || titledFindings.has(f)) continue;
      // (a character is a person in the text, and no firm's word after the work's own mention: markFirmMentions)
      if (PLAYED_BEFORE().test(text.slice(Math.max(0, start - 20), start))) { f.person = true; titledFindings.add(f); continue; }
      f.person = false;
      f.firm = true;
    }
  }
}

/** Which names the article uses as a firm's, decided once every run is read; the words it uses alone as a firm's. */
function firmUsesWeighed(words: ArticleWords, tallies: RunTallies): Set<string> {
  const { tokens, classes } = words;
  const { findings, personal, notPeople, weak, listed, roleShown, owned, firmUses, organisations } = tallies;
  resolvePending(tokens, findings, personal);
  surnamesShownPersonal(tokens, classes, findings, personal, notPeople);
  if (notPeople.size > 0) for (const f of weak) if (notPeople.has(nameKey(tokens, f))) f.person = false;
  // the lists are weaker evidence than the article's own: any role or person's verb keeps the name a person's
  for (const key of listed) if (!roleShown.has(key) && !roleShown.has(key.slice(key.lastIndexOf(' ') + 1))) owned.add(key);
  // something a person may have too makes a firm only of a name the article never shows to be a person's
  // (nor the first word of a person's full name, which names her alone where it is her family name: "Mobutu's
  // spokesman" beside "President Mobutu Sese Seko", "Li's spokesman" beside "Premier Li Peng")
  let personalFirst: Set<string> | undefined;
  for (const key of owned) {
    if (personal.has(key) || personal.has(key.slice(key.lastIndexOf(' ') + 1))) continue;
    if (!key.includes(' ')) {
      if (!personalFirst) {
        personalFirst = new Set();
        for (const p of personal) if (p.includes(' ')) personalFirst.add(p.slice(0, p.indexOf(' ')));
      }
      if (personalFirst.has(key)) continue;
    }
    firmUses.add(key);
  }
  for (const key of firmUses) organisations.add(key);
  // a word the article uses alone as a firm ("Apple's revenue", "Harlan & Pike") and never as a person's: no short
  // form of a person, and no person's first word ("Apple Intelligence")
  const firmWords = new Set<string>();
  for (const key of firmUses) if (!key.includes(' ') && !personal.has(key)) firmWords.add(key);
  return firmWords;
}

/** Findings marked as firms, vehicles, brands or places where the article so uses their names. */
function firmsAndVehiclesMarked(words: ArticleWords, tallies: RunTallies, firmWords: ReadonlySet<string>): void {
  const { tokens, classes } = words;
  const { findings, organisations, vehicles, brands, titledPlaces, ownEvidence, titledKeys, brandKeys, titledFindings, firmUses,
    personal, personRoleShown } = tallies;
  if (organisations.size > 0 || vehicles.size > 0 || brands.size > 0 || titledPlaces.size > 0) {
    for (const f of findings) {
      const own = ownEvidence.get(f) ?? 0;
      const titledKey = titledKeys.get(f);
      if (titledKey !== undefined && titledPlaces.has(titledKey) && (own & ~OWN_TITLE) === 0) { f.person = false; continue; }
      // (a ship is "she", and its title no person's)
      if (titledKey !== undefined && vehicles.has(titledKey) && (own & OWN_UNLIKE_A_VEHICLE) === 0) { f.person = false; f.firm = true; continue; }
      // (nor a brand's title, where nothing but the title is said of the mention)
      const brandKey = brands.size > 0 ? brandKeys.get(f) : undefined;
      if (brandKey !== undefined && brands.has(brandKey) && (own & ~(OWN_TITLE | OWN_ROLE)) === 0) { f.person = false; f.firm = true; continue; }
      if (titledFindings.has(f)) continue;
      const key = nameKey(tokens, f);
      if (f.person && f.last > f.first && (own & (vehicles.has(key) ? OWN_UNLIKE_A_VEHICLE : OWN_ANY)) !== 0) continue;
      // (a one-word name shown to be a vehicle's or an animal's stays a thing, whatever "her" is said of it later: "Mabel,
      // the baby hippo … Mabel ate her cake" is no person's name found again by the passes after this one)
      if (organisations.has(key)) { f.person = false; if (f.first === f.last && vehicles.has(key)) f.thing = true; }
      // (a full name the article shows to be a person's too is a firm in every mention that shows nothing personal:
      // "Whitby expects Harold Pemberley to raise prices" beside "Harold Pemberley died in 1979")
      if (firmWords.has(key) || (f.last > f.first && firmUses.has(key))) f.firm = true;
      else if (f.person && f.last > f.first && firmWords.has(tokens[f.first].lower) && classes[f.first] !== 'given') f.person = false;
      // "its rival Minera Alcott" beside "Shares of Alcott rose": a last word the article uses alone as a firm, after a
      // first word no list gives as a given name, with nothing personal said of the name, is the firm's full name
      else if (f.person && f.last > f.first && firmWords.has(tokens[f.last].lower) && classes[f.first] !== 'given'
        && classes[f.first] !== 'initial' && !personal.has(key) && !personRoleShown.has(key)) { f.person = false; f.firm = true; }
    }
  }
}

/** "Shares in DS Smith", "JP Morgan said it": the word after initials that name a firm is no person, nor a short form of
 *  one (a finding is added where no rule read the word). */
function firmsAfterInitials(tokens: readonly Token[], findings: NameFinding[], firms: ReadonlySet<Token>): void {
  const seen = new Set<Token>();
  for (const f of findings) {
    if (f.first !== f.last || !firms.has(tokens[f.first])) continue;
    f.person = false;
    f.firm = true;
    seen.add(tokens[f.first]);
  }
  for (let k = 0; k < tokens.length; k++) {
    if (firms.has(tokens[k]) && !seen.has(tokens[k])) findings.push({ first: k, last: k, person: false, firm: true });
  }
}

/**
 * A personal pronoun beside a mention (personalBeside) makes a person of one word no list knows or a surname ("Potts
 * said … that he"), and of a full name whose words are names' or, after the first, words of the language ("Decarlos
 * Brown Jr. and his attorneys"); not of a place's or a firm's word.
 */
function besideMakesPerson(classes: readonly WordClass[], part: { first: number; last: number }): boolean {
  if (part.first === part.last) return classes[part.first] === 'unknown' || classes[part.first] === 'surname';
  const c = classes[part.first];
  if (c !== 'unknown' && c !== 'surname' && c !== 'given') return false;
  for (let k = part.first + 1; k <= part.last; k++) {
    const d = classes[k];
    if (d !== 'unknown' && d !== 'surname' && d !== 'given' && d !== 'common' && d !== 'initial' && d !== 'particle') return false;
  }
  return true;
}

/** Words that open the names of bases, forts and places of the land before a person's name: "Fort Bragg", "Camp
 *  Lejeune", "Mount Kenya", "Cape Wrath", "Port Elizabeth", "Lake Victoria". */
const BASE_OR_LAND_NOUNS = new Set(['fort', 'camp', 'mount', 'cape', 'port', 'lake']);

/** "at Camp Lejeune", "CAMP LEJEUNE, N.C.": such a word capitalised right before the name makes it a place's. */
function baseOrLandBefore(text: string, start: number, before: NeighbourWord): boolean {
  if (!before.adjacent || !BASE_OR_LAND_NOUNS.has(before.word)) return false;
  let k = start - 1;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k - before.word.length + 1);
  return c >= 65 && c <= 90;
}

/**
 * "USS Abraham Lincoln … The Lincoln left San Diego in July": a vessel named after a person is called by the last word of
 * its name after "the", as no person is; that word alone there is the vessel (a title before it keeps the person:
 * "the late Lincoln" has none, "the President Lincoln" is no English).
 */
function vesselsCalledBySurname(text: string, tokens: readonly Token[], findings: NameFinding[], vehicles: ReadonlySet<string>,
  titledFindings: ReadonlySet<NameFinding>): void {
  const lastWords = new Set<string>();
  for (const key of vehicles) {
    const space = key.lastIndexOf(' ');
    if (space > 0) lastWords.add(key.slice(space + 1));
  }
  if (lastWords.size === 0) return;
  const seen = new Set<number>();
  for (const f of findings) {
    if (f.first !== f.last) { for (let k = f.first; k <= f.last; k++) seen.add(k); continue; }
    seen.add(f.first);
    if (titledFindings.has(f) || !lastWords.has(tokens[f.first].lower)) continue;
    const before = wordBefore(text, tokens[f.first].start);
    if (before.adjacent && before.word === 'the') { f.person = false; f.firm = true; }
  }
  // (a bare word no rule read as a finding is linked later as a short form: mark it the vessel's here)
  for (let k = 0; k < tokens.length; k++) {
    if (seen.has(k) || !lastWords.has(tokens[k].lower) || tokens[k].shape !== 'capitalised') continue;
    if (k + 1 < tokens.length && tokens[k + 1].start - tokens[k].end === 1 && !tokens[k].possessive) continue;
    if (k > 0 && tokens[k].start - tokens[k - 1].end === 1 && !tokens[k - 1].possessive) continue;
    const before = wordBefore(text, tokens[k].start);
    if (before.adjacent && before.word === 'the') findings.push({ first: k, last: k, person: false, firm: true });
  }
}

/**
 * "Billy-Joe O'Hare Jr.": a name's suffix written short keeps its full stop, as the name's last word (and "said" after
 * it is then read as right after the name). A token so ended joins no later word into a name (candidates.ts).
 */
function suffixesWithTheirStop(text: string, tokens: Token[], lex: PeopleLexicon): void {
  for (const t of tokens) {
    if (t.end - t.start === 2 && t.shape === 'capitalised' && !t.possessive && text.charCodeAt(t.end) === 46 /* . */
      && lex.nameSuffixes.has(t.lower)) t.end++;
  }
}

/**
 * A name ending in a firm's word with nothing personal of its own ("Keaton Ford" of "The film stars Keaton Ford"): a
 * person where the article shows the surname alone to be one ("Ford, 61,", "Ford said he"), else no name at all.
 */
function resolvePending(tokens: readonly Token[], findings: NameFinding[], personal: ReadonlySet<string>): void {
  let kept = 0;
  for (const f of findings) {
    if (f.pending) {
      f.pending = undefined;
      if (!personal.has(tokens[f.last].lower)) continue;
      f.person = true;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}

/**
 * "Ridra Okonjo retired on Thursday. … Okonjo played his entire career in Leeds": a full name of words no list knows,
 * opening a sentence with nothing said of it there, is a person's where the article shows its surname alone to be one
 * (and no noun beside the name made an organisation or a place of it anywhere).
 */
function surnamesShownPersonal(tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  personal: ReadonlySet<string>, notPeople: ReadonlySet<string>): void {
  for (const f of findings) {
    if (f.person || f.firm || f.last === f.first || !personal.has(tokens[f.last].lower)) continue;
    if (!allNameLike(classes, f) || tokens[f.last].possessive || notPeople.has(nameKey(tokens, f))) continue;
    f.person = true;
  }
}

/** A capitalised word right before a name, a full stop after it or not ("Dr ", "Uncle ", "Mr. "). */
const CAPITALISED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Lu}\p{L}*)\.?[ \t]{1,2}$/u);

/** "dr pepper" of "Dr Pepper": a title or a role written capitalised right before a name's one word, and that word. */
function titleWordBefore(text: string, start: number, key: string, lex: PeopleLexicon): string | undefined {
  const before = CAPITALISED_BEFORE().exec(text.slice(Math.max(0, start - 16), start));
  if (!before) return undefined;
  const word = before[1].toLowerCase();
  return lex.titles.has(word) || lex.roleNouns.has(word) ? `${word} ${key}` : undefined;
}

/** " + the", "+Oak": a plus sign after a word, then a word. */
const PLUS_AFTER = lazyPattern(() => /^[ \t]?\+[ \t]?\p{L}/u);

function plusAfter(text: string, t: Token): boolean {
  // (the plus sign itself, or a blank and it, first: the pattern is tried after nearly every name)
  const c = text.charCodeAt(t.end);
  return !t.possessive && (c === 43 || ((c === 32 || c === 9) && text.charCodeAt(t.end + 1) === 43)) && PLUS_AFTER().test(text.slice(t.end, t.end + 4));
}

/** Capitalised after a possessive, what makes the two a shop's name: "Kelly's Diner", "Marsh's Bakery". */
const SHOP_NOUNS = new Set(['diner', 'cafe', 'café', 'bar', 'pub', 'kitchen', 'bakery', 'garage', 'restaurant', 'store',
  'shop', 'deli', 'grill', 'tavern', 'inn', 'pharmacy', 'salon', 'bistro', 'brewery', 'pizzeria', 'steakhouse', 'emporium']);
/** The 's and a capitalised word after it. */
const UPPER_AFTER_SPACE = lazyPattern(() => /^['’]s?[ \t]\p{Lu}/u);

/** What ends a thing's name after "the": a stop, a comma (not ", who", ", 34,"), "and", "or". */
/** What a band is called right before its name: "the band Sister Marigold" (a duo is often named by its two members: "the duo Chelsea Hart and Paris Moreau"). */
const MUSICAL_GROUPS = new Set(['band', 'bands']);
/** After a name's "'s": a comma and what opens an appositive or a clause of a thing ("Jack Daniel's, owned by …"). */
const BRAND_POSSESSIVE_AFTER = /^['’]s,[ \t](?:owned|which|made|based|founded|now|part)\b/u;
const THE_NAME_ENDS = /^(?:[.;:]|,(?![ \t]{1,2}(?:who|whose|\d))|[ \t](?:and|or)[ \t])/u;
/** Of those, and mines and dams, what a bare surname between "the" and the noun names too: "the Mulenga mine". */
const NAMED_AFTER_ONE_WORD = new Set(['building', 'wing', 'hall', 'school', 'academy', 'stadium', 'bridge', 'tower', 'museum', 'telescope', 'observatory',
  'gallery', 'pavilion', 'campus', 'mine', 'mines', 'dam', 'prize', 'award', 'medal', 'trophy', 'foundation', 'lecture',
  'scholarship', 'fellowship']);
/** "the ", "the nearby ", "the new children's ": "the" and up to two words in lower case, right before a name. */
const THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he(?:[ \t]{1,2}\p{Ll}[\p{Ll}'’-]*){0,2}[ \t]{1,2}$/u);

const EPONYMS = new Set(['disease', 'syndrome', 'law', 'theorem', 'principle', 'paradox', 'constant', 'equation', 'comet',
  'conjecture', 'hypothesis', 'lemma', 'effect']);
/** Of those, what a full name's possessive names too: "Lou Gehrig's disease". */
const ILLNESSES = new Set(['disease', 'syndrome']);
/** The same without the possessive, where a person's name before the word says nothing else: "Tessler syndrome". */
const EPONYMS_PLAIN = new Set(['disease', 'syndrome', 'theorem', 'equation', 'boson', 'conjecture', 'hypothesis', 'lemma',
  'inequality', 'law', 'scale', 'effect']);
/** The words written right after a given name in the article: the surnames of its full names. */
function wordsAfterGivenNames(tokens: readonly Token[], classes: readonly WordClass[]): Set<string> {
  const words = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (classes[i - 1] === 'given' && !tokens[i - 1].possessive && tokens[i].start - tokens[i - 1].end === 1) words.add(tokens[i].lower);
  }
  return words;
}

/**
 * "a candidate Ebola vaccine", "the Nipah outbreak", "Lassa fever": a word no list gives as a name's before what an
 * illness has names the disease, after a place or a river (a surname there, of a full name of the article or one the lists know, may be a
 * person's as a modifier: "Joe Biden … the Biden vaccine mandate").
 */
const ILLNESS_NOUNS_AFTER = new Set(['vaccine', 'vaccines', 'virus', 'outbreak', 'outbreaks', 'fever', 'epidemic', 'pandemic',
  'infection', 'infections']);

/**
 * Nouns of a kind of thing that no one bears as a surname: "Brennick Disease", "Coupon Scam", "Amber Alert"; the
 * offences a charge sheet capitalises ("one count of Aggravated Assault on a Peace Officer"); a term of a school's year
 * ("Autumn Term", "Spring Semester"), a union's branch ("Teamsters Local 89") and a court of appeals ("D.C. Circuit").
 */
const NEVER_SURNAME_KINDS = new Set(['disease', 'syndrome', 'cancer', 'virus', 'scam', 'fraud', 'alert', 'hoax', 'assault',
  'robbery', 'burglary', 'theft', 'manslaughter', 'homicide', 'term', 'semester', 'local', 'circuit']);

/** "the Spirit of ", "the Pride of ": a capitalised word of the language and "of" after "the". */
const NAMED_OF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he[ \t]{1,2}\p{Lu}\p{Ll}+[ \t]{1,2}of[ \t]$/u);

/** "founded by ", "co-founded by the baker ": who founded something, right before a name. */
const FOUNDED_BY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}-])(?:co-)?founded[ \t]{1,2}by(?:[ \t]{1,2}(?:the|his|her|its))?(?:[ \t]{1,2}\p{Ll}+)?[ \t]{1,2}$/u);
/** "founded by", tested first: FOUNDED_BY_BEFORE's letter classes are dear to compile. */
const foundedByBefore = (lead: string): boolean => /founded[ \t]{1,2}by/.test(lead) && FOUNDED_BY_BEFORE().test(lead);

/** SAINT_BEFORE, tried only where `lead` ends as it must: a blank after "t", "e", "a" or a full stop. */
function saintBefore(lead: string): boolean {
  // (no read before the lead's start: V8 throws optimised code away at a read out of bounds)
  if (lead.length < 2) return false;
  const blank = lead.charCodeAt(lead.length - 1);
  const c = lead.charCodeAt(lead.length - 2);
  return (blank === 32 || blank === 9) && (c === 116 || c === 101 || c === 97 || c === 46) && SAINT_BEFORE().test(lead);
}
const SAINT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:St|Ste|Saint|Sainte|Santa)\.?[ \t]$/u);

/** What a person does to a firm or a team, after the name, in a clause that the noun before it opens. */
const CLAUSE_VERB_AFTER = /^[ \t]{1,2}(?:founded|co-founded|built|set|started|formed|created|runs|ran|leads|led|owns|owned|left|joined|coached|coaches|managed|manages|took|bought|sold|signed)\b/;

function clauseVerbAfter(text: string, t: Token): boolean {
  return !t.possessive && CLAUSE_VERB_AFTER.test(text.slice(t.end, t.end + 14));
}

/** Evidence of a person in one mention itself (see ownEvidence in findPeople). */
const OWN_TITLE = 1;
const OWN_APPOSITIVE = 2;
const OWN_HE = 4;
const OWN_SHE = 8;
/** Born, died, founded a firm. */
const OWN_LIFE = 16;
/** A person's role in lower case right before: "the explorer Roald Amundsen" (a ship is "the liner …"). */
const OWN_ROLE = 32;
const OWN_ANY = OWN_TITLE | OWN_APPOSITIVE | OWN_HE | OWN_SHE | OWN_LIFE | OWN_ROLE;
/** A ship's or an engine's name may hold a title ("Princess Lorna") and take "she"; not a person's appositive. */
const OWN_UNLIKE_A_VEHICLE = OWN_APPOSITIVE | OWN_HE | OWN_LIFE | OWN_ROLE;

/** "Its founder, Gordon Whitlaw,", "the chairman, Simon Vellacott.": a role noun set off by a comma right before. */
// (or a role and a phrase of place or state after it: "the suspect on the run, Tarvo,", "the driver of the van, Ali,")
const ROLE_COMMA_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{Ll}+)(?:[ \t](?:on|in|at|of)[ \t](?:the[ \t])?\p{Ll}+)?,[ \t]{1,2}$/u);

/** The role noun so set off before the name, if any. */
function roleInApposition(text: string, start: number, last: Token, lex: PeopleLexicon): string | undefined {
  if (text.charCodeAt(start - 2) !== 44 /* , */ || last.possessive) return undefined;
  const m = ROLE_COMMA_BEFORE().exec(text.slice(Math.max(0, start - 40), start));
  const close = text.charCodeAt(last.end);
  return m !== null && lex.roleNouns.has(m[1]) && (close === 44 || close === 46 || close === 59) ? m[1] : undefined;
}

/** "the Bishop of Leicester, ", "the mayor of Bexley and Sidcup, ": an office held of a place, set off by a comma. */
const OFFICE_OF_PLACE_COMMA_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he[ \t]+(\p{L}+)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3},[ \t]{1,2}$/u);

/**
 * "The Bishop of Leicester, Martyn Snow, joined …": a name set off by commas right after an office held of a place is
 * the office holder's, whatever its words (not an office firms hold too: "the owner of Harwick, Kestrel Dynamics,").
 */
function officeOfPlaceApposed(text: string, start: number, last: Token, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start - 2) !== 44 /* , */ || last.possessive || text.charCodeAt(last.end) !== 44) return false;
  const m = OFFICE_OF_PLACE_COMMA_BEFORE().exec(text.slice(Math.max(0, start - 70), start));
  if (m === null) return false;
  const office = m[1].toLowerCase();
  return (lex.titles.has(office) || lex.roleNouns.has(office)) && !FIRMS_ARE_TOO.has(office);
}

/** "founded in 1934 by", "set up by": the name after it is the founder, a person (a firm founded by a firm has its suffix). */
const FOUNDED_BY = /\b(?:founded|co-founded|set up|started|established)(?:[ \t]{1,2}in[ \t]{1,2}\d{4})?[ \t]{1,2}by[ \t]{1,2}$/;

function foundedBy(text: string, start: number): boolean {
  return text.charCodeAt(start - 2) === 121 /* y of "by" */ && FOUNDED_BY.test(text.slice(Math.max(0, start - 36), start));
}

/** The run's last token when only ordinary words opening a sentence stand before it ("Later Dell"), else its first. */
function afterOpener(tokens: readonly Token[], classes: readonly WordClass[], run: { first: number; last: number }): number {
  if (run.first === run.last || !tokens[run.first].sentenceStart) return run.first;
  for (let k = run.first; k < run.last; k++) if (classes[k] !== 'common') return run.first;
  return run.last;
}

/** One of a people, as a noun that is a given name too ("Scot", "Finn") or no adjective ("Dane", "Swede", "Briton"). */
const NATIONALS = new Set(['scot', 'dane', 'swede', 'finn', 'pole', 'turk', 'briton', 'brit', 'kiwi', 'aussie', 'czech',
  'slovak', 'serb', 'croat', 'swiss', 'norwegian', 'spaniard', 'argentine', 'welshman', 'scotsman', 'englishman',
  'irishman', 'frenchman', 'dutchman', 'welshwoman', 'scotswoman', 'englishwoman', 'irishwoman', 'frenchwoman', 'dutchwoman']);

/** "AC ", "FC ", "VfB ": a football club's initials, one space before `start` (and no word character before them). */
function clubInitialsBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  const c = text.charCodeAt(start - 2);
  if (c < 65 || c > 90) return false; // the initials end in a capital A-Z
  const m = CLUB_INITIALS_BEFORE().exec(text.slice(Math.max(0, start - 6), start));
  return m !== null;
}
const CLUB_INITIALS_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\d.'’-])(?:AC|FC|AS|SC|SV|CF|CD|UD|SK|FK|NK|BK|IFK|AIK|AEK|PSV|TSV|VfB|VfL|KV|KRC|RSC|RC)[ ]$/u);

const ARTICLE_OR_ON = new Set(['the', 'on']);

/** Whether a word of the name is a party's members or its adjective ("Democrats", "Democratic"): see partyWord. */
function partyNamed(tokens: readonly Token[], part: NamePart): boolean {
  for (let k = part.first; k <= part.last; k++) if (partyWord(tokens[k].lower)) return true;
  return false;
}

/** "Ukraine", "Russian", "After": one word that no context makes a person (it may still repeat a known name). */
function cannotStandAlone(token: Token, c: WordClass): boolean {
  return c === 'place' || c === 'demonym' || (c === 'common' && token.sentenceStart);
}

