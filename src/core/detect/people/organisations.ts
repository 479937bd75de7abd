// Evidence, anywhere in the article, that a name that looks like a person's names a company, a product, a vehicle or a
// building: "Kestrel Dynamics Corp.", "Kestrel Dynamics shares", "Orchard's music store", "Orchard reported revenue",
// "the Falcon 320", "Kestrel Dynamics, the drone maker", "Harlan & Pike", "analysts at Bramwell Stone", "Goldman
// Sachs raised its target". Some uses only a firm has ('sure'); others a person may have too ('owned': "Musk's
// shares", "a spokesman for Netanyahu"), and count only where the article says nothing that only a person is.
import { businessUnitAfter } from './businessUnits';
import { exchangeTickerAfter, tickerAfterPossessive, tickerListItem } from './tickerLists';
import type { Token } from './tokenize';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import type { WordClass } from './classify';
import { asciiWordBeforeSpace, wordAfter, wordBefore, wordsAfter, type NeighbourWord } from './words';
import { itsRivalBefore, worksAfter } from './evidence';
import { isPatternSpace } from '../../text/whiteSpace';
import { firmOfAPersonBefore, priceMoveAfter, sharePriceAfter } from './marketUses';
import { lawFirmAround } from './lawFirms';
import { staffCreditAt } from './credits';
import { andCoAfter, makerOfMedicineBefore, medicineAfterPossessive } from './drugMakers';
import { lazyPattern, testShaped } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** "by " before a name: its maker's. */
const BY_BEFORE = /\bby\s$/;
/** What a firm manages for its clients: "the asset manager", "the wealth manager". */
const MONEY_MANAGED = wordSet('asset wealth investment money portfolio');
/** Who a firm's product has, counted: "whose Jasper app has 40 million users". */
const PRODUCT_USERS = wordSet('users subscribers customers downloads installs');
/** What a person owns, after "whose": "whose firm", "whose company" (a firm has subsidiaries and units). */
const OWNED_BUSINESSES = wordSet('firm firms company companies business businesses');
/** What a person leads as often as a firm owns it, after "whose": "whose group", "whose party", "whose band". */
const LED_BY_PEOPLE = wordSet('group groups campaign charity foundation party band team');
/** What firms win, and the verbs they win it with: "won a $2 billion contract", "secured an order for 40 jets". */
const WINS = wordSet('won wins secured secures landed lands clinched clinches');
const DEALS = wordSet('contract contracts order orders tender tenders concession licence license');
/** What results do, as nouns: "a 12% rise in profit". */
const CHANGES = wordSet('rise fall drop jump increase decrease decline gain slump surge dip climb');
/** Verbs companies report results with: "Orchard reported revenue of …", "Orchard posted a loss". */
const RESULT_VERBS = wordSet('reported posted booked recorded forecast forecasts reports posts');
const RESULTS = wordSet('revenue revenues sales profit profits earnings loss losses income'
  + ' turnover results quarterly annual net operating record higher lower a its');
/** Of those, what a person may be too: "a film producer", "a builder from Leeds", "a software developer" (not "an oil
 *  producer", which evidence.ts tells apart). */
const TRADES_OF_FIRMS_AND_PEOPLE = wordSet('producer builder contractor developer publisher broker');
/** Words ending in "-er" or "-or" that name no trade: "a ship under …", "a bank for …". */
const NOT_TRADES = wordSet('under over after other either neither whether later earlier'
  + ' together never rather ever for nor per order water matter number member sector');
const TRADES = wordSet('captain chief boss clerk cook crew guard hand official executive'
  + ' employee pilot analyst economist mechanic chairman chairwoman spokesman spokeswoman'
  // one who likes or knows an animal: "a panda fan", "a whale expert"
  + ' fan expert vet');

/** A word naming what a person does for a living, after the noun of a firm or vehicle: "manager" of "a bank manager". */
export function isJob(word: string): boolean {
  if (TRADES_OF_FIRMS_AND_PEOPLE.has(word)) return true; // "a boat builder", "a ship broker"
  const { companyNouns, vehicleNouns, animalNouns } = peopleLexicon();
  if (companyNouns.has(word) || vehicleNouns.has(word) || animalNouns.has(word) || NOT_TRADES.has(word)) return false;
  return TRADES.has(word) || /\p{Ll}{2}(?:er|or|ist)$/u.test(word);
}
/** ", known for its …", ", famous for its …". */
const KNOWN_FOR = wordSet('known famous noted renowned best-known famed');
const APPOSITIVE_LEADS = wordSet('the a an its which whose');
/** "China's", "Nasa’s": a capitalised owner in the possessive, which may lead an apposition as "the" does. */
const OWNER_LEAD = lazyPattern(() => /^\p{Lu}[\p{L}.-]*['’]s$/u);
/** "Skyhawk A220-300", "Kestrel X5": a model code makes the name a product or vehicle. */
const MODEL_CODE = lazyPattern(() => /^(?:\p{Lu}{1,3}-?\d{1,4}[\p{L}\d-]*|\d{3,4}-\d{1,4}|\d{2,3}\p{Lu}\d*)$/u);
/** What a product line adds to its maker's name, capitalised: "Brannock Plus", "Kestrel Pro". */
const PRODUCT_SUFFIXES = wordSet('plus pro ultra lite mini');
/** "Falcon 320 jet": a bare number is a model only before what it is a model of (sports scores are numbers too). */
const MODEL_NUMBER = /^\d{2,4}$/;
const MODEL_OF = wordSet('jet jets aircraft plane planes airliner airliners helicopter helicopters'
  + ' car cars truck trucks engine engines rocket rockets phone phones smartphone model'
  + ' models series drone drones tablet laptop console satellite vessel ship train trains');
/** Sites a firm has in a named place: "Brenner's Wolfsau plant", "its Derby factory". */
const FACILITIES = wordSet('plant plants factory factories mill refinery works headquarters'
  + ' smelter mine shipyard warehouse depot');
const UPPER_START = lazyPattern(() => /^\p{Lu}/u);
const HONORIFIC = /^(?:Mr|Mrs|Ms)\.? /;
/** "pensions arm", "savings and loans unit", "payments division": after a possessive, what only a firm has. */
const LINE_OF_BUSINESS = lazyPattern(() => /^\p{Ll}{3,}s(?:[ \t]{1,2}and[ \t]{1,2}\p{Ll}{3,}s)?[ \t]{1,2}(?:arm|unit|division|subsidiary)\b/u);
/** "iTunes", "eBook": a product's name after a possessive. */
const PRODUCT_NAME = lazyPattern(() => /^\p{Ll}+\p{Lu}/u);

const FOUNDED = wordSet('founded co-founded cofounded');
/** Verbs of buying a business: "agreed to buy Carver Stokes", "since it bought …" (a club buys a player too, so this
 *  counts only where the article says nothing only a person is). */
/** A firm's trade, as a word: "shoemaker", "jeweller", "fashion house"'s "house", "label", "brand". */
const FIRM_TRADE_OWNED = lazyPattern(() => /^(?:\p{Ll}+maker|jewell?er|label|brand|house|retailer|chain|brewer|publisher|studio|firm|company)$/u);
/** Owning or buying, "the", a word perhaps, and the trade: "owns the shoemaker ", "bought the Italian jeweller ". */
const OWNED_TRADE_BEFORE = lazyPattern(() => /\b(?:owns|owned|own|bought|buys|buy|acquired|acquires|acquire|sold|sells)[ \t]{1,2}the[ \t]{1,2}(?:\p{L}+[ \t]{1,2})?\p{Ll}+[ \t]{1,2}$/u);
/** OWNED_TRADE_BEFORE's verb and "the", tried first (its letter classes cost some 0.4 ms to compile). */
const OWNED_THE = /\b(?:owns|owned|own|bought|buys|buy|acquired|acquires|acquire|sold|sells)[ \t]{1,2}the[ \t]/;
const BOUGHT = wordSet('buy buys bought buying acquire acquires acquired acquiring purchase'
  + ' purchased purchasing');
const LINK_WORDS = wordSet('of for at in with from');

/** Where the link word ("of", "with") that ends a space or two before `start` begins. */
function linkWordStart(text: string, start: number, length: number): number {
  let i = start;
  while (i > 0 && start - i < 3 && isPatternSpace(text.charCodeAt(i - 1))) i--;
  return i - length;
}
/** What follows a person's name as well as a firm's: "Clinton rival Bob Dole", "the Smith bid". */
// (not "cars": "the Smith car" is a person's, "Bentley cars" a make's)
const PEOPLE_HAVE_TOO = wordSet('rival rivals competitor competitors bid debt fleet car'
  + ' jet plane brand model models fund funds creditors');
/** What follows a verb a person does, never a firm's noun: "bid farewell", "shares her story", "stakes his claim". */
const VERB_OBJECT_AFTER = /^[ \t]{1,2}(?:his|her|their|my|our|farewell|goodbye|adieu)\b/;
/** Who speaks for people as well as firms: "a spokesman for Netanyahu". */
const SPEAKERS = wordSet('spokesman spokeswoman spokesperson');
/** Who works on a firm's shares, never on a person: "analysts at Bramwell Stone", "Bramwell Stone analyst Priya Raman". */
const MARKET_ROLES = wordSet('analyst analysts economist economists strategist strategists');
/** Who belongs to a club or a partnership, after its name: "Hartley manager Sean O'Dowd", "a Keller Rudd partner". */
// (not "coach": "Vasquez coach Ivo Marr" is a tennis player's)
// ("Tarveen Holt boss Amos Rell": a firm's or a club's head; a person's is "Smith's boss")
const MEMBERS = wordSet('manager captain striker midfielder defender goalkeeper winger'
  + ' player players partner partners boss');
/** A full name right before " of": two capitalised words, the first no title ("Duke of …", "Queen Mary of …"). */
// (a surname may hold a capital after an apostrophe, a hyphen or "Mc": "Jane O'Malley-Rua of Forsyth Barr")
const FULL_NAME_BEFORE = lazyPattern(() => /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]{1,2}(?:\p{Lu}\.[ \t]{1,2})?\p{Lu}(?:[\p{Ll}'’-]|(?<=['’-]|Mc)\p{Lu})*\p{Ll}[ \t]{1,2}$/u);
/** What every match of FULL_NAME_BEFORE ends with: two words that open with a capital (an ASCII capital, or any character
 *  beyond ASCII), then a blank or two. Tested first: FULL_NAME_BEFORE's letter classes are dear to compile. */
const TWO_CAPITALISED_BEFORE = /(?:[A-Z]|[\u0080-\uffff])\S*[ \t]{1,2}(?:[A-Z]|[\u0080-\uffff])\S*[ \t]{1,2}$/;
const TITLES_BEFORE_OF = wordSet('Duke Duchess Earl Countess Prince Princess King Queen Lord'
  + ' Lady Bishop Archbishop Marquess Baron Baroness Emperor Empress Sultan Emir Saint St'
  + ' Bank University Museum Church Republic Kingdom State Department Ministry Secretary The');

function personOfBefore(text: string, ofStart: number): boolean {
  const before = text.slice(Math.max(0, ofStart - 40), ofStart);
  if (!TWO_CAPITALISED_BEFORE.test(before)) return false;
  const m = FULL_NAME_BEFORE().exec(before);
  return m !== null && !TITLES_BEFORE_OF.has(m[1]);
}
/** "a Dorner Kestrel operated by Baxter Air", "Veltraxa, made by Holbrook": a thing someone runs or builds. */
const MADE_BY_AFTER = /^,?[ \t]{1,2}(?:operated|built|made|manufactured|flown|registered|powered)[ \t]{1,2}by\b/;
/** "Marchetti was founded in 1952", "Hollis Crane is headquartered in Leeds", "Costa is owned by Whitbread", "Dunmore
 *  Kealy agrees to be taken over by …": what is founded, owned or taken over is a firm, a school or a party, never a
 *  person. */
// (or set off after it: "Hallam Pryce, now owned by a Dutch bank, …", "Corran Barney, majority-owned by …")
const FOUNDED_AFTER = /^(?:[ \t]{1,2}(?:was|is|were|had[ \t]been|has[ \t]been|agree[sd]?[ \t]to[ \t]be)[ \t]{1,2}(?:founded|co-founded|established|incorporated|headquartered|taken[ \t]over|(?:wholly[ \t]|majority[ \t-]|partly[ \t])?owned[ \t]{1,2}by)|,[ \t]{1,2}(?:now[ \t]{1,2})?(?:wholly[ \t]|majority[ \t-]|partly[ \t])?owned[ \t]{1,2}by)\b/;
/** "fashion house ", "auction house ": a firm's noun before its name. */
const TRADE_HOUSE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:fashion|auction|publishing|couture|design|research|brokerage|trading|investment|finance|accountancy|record|software)[ \t]{1,2}house[ \t]{1,2}$/u);
/** "Bellandi had sales of 640 million euros": a firm's results, had. */
const HAD_SALES_AFTER = /^[ \t]{1,2}(?:had|has)[ \t]{1,2}(?:(?:annual|net|total)[ \t]{1,2})?(?:sales|revenues?|turnover|profits?|earnings)[ \t]{1,2}of\b/;
/** "Givenchy named Sarah Burton as its creative director": whom a firm hires, named, and the post that is the firm's
 *  (after one word: a full name is a person, for whom "its" is the side's or the body's he picks for). */
const HIRED_AS_ITS = lazyPattern(() => /^[ \t]{1,2}(?:named|appointed|hired|picked|chose|tapped)[ \t]{1,2}\p{Lu}[\p{L}'’.-]*(?:[ \t]{1,2}\p{Lu}[\p{L}'’.-]*){0,3}[ \t]{1,2}as[ \t]{1,2}its\b/u);
/** "Foxley Jin said on Friday its profit doubled": the firm's pronoun after the day it spoke. */
const SAID_ON_DAY_ITS = lazyPattern(() => /^[ \t]{1,2}(?:said|says|reported|announced)[ \t]{1,2}(?:on[ \t]{1,2}\p{Lu}\p{Ll}+day|yesterday|today)[ \t]{1,2}its\b/u);
/** "The plane, a ", "the car, an ": a vehicle's noun in apposition before its make and model. */
const VEHICLE_IS_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:plane|aircraft|jet|airliner|helicopter|car|vehicle|ship|vessel|boat|truck|lorry|train|bus|drone),[ \t]{1,2}(?:a|an)[ \t]{1,2}$/u);
/** VEHICLE_IS_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const VEHICLE_IS_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:plane|aircraft|jet|airliner|helicopter|car|vehicle|ship|vessel|boat|truck|lorry|train|bus|drone),[ \t]{1,2}(?:a|an)[ \t]{1,2}$/;
/** How VEHICLE_IS_BEFORE ends, tested first on a few characters: the whole pattern is tried from every one of its 24. */
const APPOSED_ARTICLE_BEFORE = /,[ \t]{1,2}an?[ \t]{1,2}$/;
/** "… is a", "… was the": a predicate that may say what the name is. */
const COPULA_AFTER = /^[ \t]{1,2}(?:is|was|(?:would|will)[ \t]{1,2}(?:remain|become)|remains|remained|became|becomes)(?=[ \t]{1,2}(?:a|an|the)\b)/;
/** What a product does and a person does not: "Rosie Mae would ship before Christmas", "goes on sale in May". */
const PRODUCT_AFTER = /^[ \t]{1,2}(?:(?:will|would|should|could|is[ \t]{1,2}due[ \t]{1,2}to)[ \t]{1,2}(?:ship|go[ \t]{1,2}on[ \t]{1,2}sale)|goes[ \t]{1,2}on[ \t]{1,2}sale|went[ \t]{1,2}on[ \t]{1,2}sale|retails[ \t]{1,2}(?:at|for))\b/;
/** ", a cheaper robot, ", "its new phone, ": what a product is, in apposition before its name (no person is "a robot";
 * not after "the": "In the first game, Ryan Holt …" opens a clause). */
const PRODUCT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:a|an|its|their)[ \t]{1,2}(?:[\p{Ll}-]+[ \t]{1,2}){0,2}(?:robot|robots|phone|smartphone|tablet|laptop|app|console|drug|vaccine|drone|rocket|satellite|chatbot|jet|airliner|speaker|headset|gadget),[ \t]{1,2}$/u);
/** How PRODUCT_BEFORE ends, tested first: its letter classes cost more to compile than a megabyte of news ever used it. */
const PRODUCT_NOUN_BEFORE = /(?:robot|robots|phone|smartphone|tablet|laptop|app|console|drug|vaccine|drone|rocket|satellite|chatbot|jet|airliner|speaker|headset|gadget),[ \t]{1,2}$/;
/** Verbs a firm is the subject of and a person (almost) never: "Ellery Vance employs 4,000 people". */
/** What a legislature passes. */
const LEGISLATION = wordSet('bill bills law laws legislation budget motion resolution amendment'
  + ' amendments act reform reforms');
/** A count of users right after the name's verb: "had 120 million users", "now has more than 40,000 paying customers". */
const COUNTS_USERS = /^[ \t]{1,2}(?:now[ \t]{1,2})?(?:has|had|have|boasts|counts|reached|passed|topped)[ \t]{1,2}(?:(?:more[ \t]{1,2}than|over|nearly|almost|about|around|some|roughly)[ \t]{1,2})?[\d][\d.,]*(?:[ \t]{1,2}(?:million|billion|thousand)|m|bn|k)?[ \t]{1,2}(?:(?:monthly|daily|weekly|active|paying|registered|regular)[ \t]{1,2}){0,3}(?:users|customers|downloads|installs|accounts|passengers)\b/;
/** How every match of COUNTS_USERS ends: its noun of users. */
const USERS_NOUN = /(?:users|customers|downloads|installs|accounts|passengers)\b/;
const FIRM_VERBS = wordSet('employs manufactures markets operates distributes supplies produces');
/**
 * A pronoun after the name's verb that only a firm takes: "Goldman Sachs raised its target", "Aldridge said its …";
 * not after "as" or "was" ("hired Ana Ruiz as its chief", "Ruiz was its founder").
 */
// (or a plan for what is its own: "Marlow Pryce will hold its own sale"; not "Pellow would remain its largest shareholder")
// (or an irregular past that a firm does to its business: "Teller Vance kept its rating", "cut its forecast", "sold its
// stake"; "cut its ribbon" is anyone's)
const FIRM_PRONOUN = lazyPattern(() => /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(?:(?!(?:as|is|was)\b)\p{Ll}+(?:ed|s|d)(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)its\b|(?:will|would|plans[ \t]to|is[ \t]to)[ \t]{1,2}\p{Ll}+[ \t]{1,2}its[ \t]{1,2}own\b|(?:kept|cut|held|sold|bought|shut|spent|paid|set)(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)its[ \t]{1,2}(?:[\p{Ll}-]+[ \t]{1,2})?(?:rating|ratings|forecast|forecasts|target|targets|estimate|estimates|recommendation|stake|stakes|dividend|dividends|price|prices|outlook|guidance|stores|plant|plants|factory|jobs|workforce|shares|holding|holdings|position|exposure|costs|budget|spending|rates?)\b)/u);
/**
 * FIRM_PRONOUN's business verbs with an adverb or a time between the name and the verb: "Merrill also cut its rating",
 * "Hollis Bank on Tuesday raised its forecast", "Vell earlier this month lowered its target". Only a firm's verb on a
 * firm's figure: after a pause a person's "its" is as often another's ("Okoro on Saturday dismissed its threat" is the
 * summit's threat); a word in -ly that is a noun is no adverb ("the Pryce family").
 */
const FIRM_PRONOUN_GAPPED = lazyPattern(() => /^[ \t]{1,2}(?:also|again|then|still|now|later|yesterday|today|(?!(?:fami|ra|a|be|je|bu|supp|rep|app|assemb|on)ly\b)\p{Ll}{2,}ly|on[ \t]\p{Lu}\p{Ll}+day|(?:last|this|earlier[ \t]this|later[ \t]this)[ \t](?:week|month|year|quarter))[ \t]{1,2}(?:raised|lowered|lifted|trimmed|boosted|reduced|increased|slashed|hiked|upgraded|downgraded|reiterated|maintained|kept|cut|held|sold|bought|shut|spent|paid|set)[ \t]{1,2}its[ \t]{1,2}(?:[\p{Ll}-]+[ \t]{1,2})?(?:rating|ratings|forecast|forecasts|target|targets|estimate|estimates|recommendation|stake|stakes|dividend|dividends|price|prices|outlook|guidance|stores|plant|plants|factory|jobs|workforce|shares|holding|holdings|position|exposure|costs|budget|spending|rates?)\b/u);
/**
 * What every match of FIRM_PRONOUN, SAID_ON_DAY_ITS or FIRM_PRONOUN_GAPPED holds, in a small pattern with no letter
 * classes: "its" right after a first word in -ed, -s or -d or a firm's irregular past, "its own" after "will" and a
 * word, "said" or the like first, or a firm's verb right before "its". Tested first: the three cost some 10-20 ms to
 * compile (their Unicode classes), and "its" after a name's first words is ordinary ("Russia has expressed its …").
 */
const FIRM_ITS_CUE = /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(?:\S*(?:ed|s|d|kept|cut|held|sold|bought|shut|spent|paid|set)(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)its\b|(?:will|would|plans[ \t]to|is[ \t]to)[ \t]{1,2}\S+[ \t]{1,2}its[ \t]{1,2}own\b|(?:said|says|reported|announced)[ \t])|[ \t](?:raised|lowered|lifted|trimmed|boosted|reduced|increased|slashed|hiked|upgraded|downgraded|reiterated|maintained|kept|cut|held|sold|bought|shut|spent|paid|set)[ \t]{1,2}its\b/;
/** "its" after a blank, a word: what FIRM_PRONOUN, SAID_ON_DAY_ITS and HIRED_AS_ITS each hold. */
const ITS_WORD = /\sits\b/;
/** A person's pronoun after the name's verb: "Musk said he would", "Whitford told his staff". */
const PERSON_PRONOUN = /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(\p{Ll}+)(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(he|she|his|her|him)\b/u;
/** What an employer does to a person: "Kestrel Ardane hired her" says nothing of who Kestrel Ardane is. */
const EMPLOYERS_DO = wordSet('hired hires appointed appoints named names sacked fired dismissed'
  + ' promoted employed employs recruited paid pays sued suspended offered awarded signed');
/** "Harlan & Pike", "Procter & Gamble": names joined by an ampersand are a firm's (not "Dana Reyes & The Tides": a
 *  singer and the band behind her). */
const AMPERSAND_AFTER = lazyPattern(() => /^[ \t]{1,2}&[ \t]{1,2}(?!The[ \t]{1,2}\p{Lu})\p{Lu}/u);
/** "… & Pike": an ampersand, a space or two apart, right before `start` (and a word before it). */
export function ampersandBefore(text: string, start: number): boolean {
  // ("S&P Downgrades …", "AT&T Wireless": a capital glued to an ampersand after a letter goes on a firm's initials)
  // (not the initials' last letter before a sentence's end: "Texas A&M. Tagovailoa completed …")
  if (start >= 2 && text.charCodeAt(start - 1) === 38 /* & */ && /\p{Lu}/u.test(text[start - 2]) && text.charCodeAt(start + 1) !== 46 /* . */) return true;
  let i = start;
  while (i > 0 && start - i < 2 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === start || i === 0 || text.charCodeAt(i - 1) !== 38 /* & */) return false;
  return /\p{L}[ \t]{1,2}$/u.test(text.slice(Math.max(0, i - 4), i - 1));
}

/** "chief executive", "chief financial officer" (a firm's officers; a person has a "chief of staff"), from `start`. */
function chiefOfFirm(text: string, start: number): boolean {
  return CHIEF_OF_FIRM.test(text.slice(start, start + 24));
}

/** "weekly survey", "average 30-year rate" (a term's figure between, no other word: "weekly column about rates"). */
const PERIODIC_FIGURE = lazyPattern(() => /^\p{L}+(?:[ \t]+[\p{Ll}\d]*[\d-][\p{Ll}\d-]*)?[ \t]+(?:survey|index|rates?)\b/u);
/** A firm's officer's title at `at` followed by the officer's name, or a comma closing it after an appositive's comma
 *  before the firm's name at `nameStart`; not after a verb of appointing (the name before it is the one appointed). */
/** The first words of OFFICER_OF_FIRM's titles. */
const OFFICER_FIRST_WORDS = wordSet('vice executive managing senior');
function officerOfFirm(text: string, at: number, nameStart: number): boolean {
  const m = OFFICER_OF_FIRM().exec(text.slice(at, at + 64));
  if (!m || APPOINTED.has(wordBefore(text, nameStart).word)) return false;
  return m[1] !== ',' || text.charCodeAt(nameStart - 2) === 44;
}
const OFFICER_OF_FIRM = lazyPattern(() => /^(?:vice[ \t-]president|executive[ \t](?:chef|director|editor|producer|vice[ \t-]president)|managing[ \t](?:partner|director)|senior[ \t]partner)(?:[ \t]+(?:and|&)[ \t]+chief[ \t]+\p{Ll}+)?(,|[ \t]+\p{Lu}\p{Ll})/u);
const APPOINTED = wordSet('named names appointed appoints promoted promotes elected made makes as');
/** A verb of appointing right before the name at `start` ("named Ada Quill chief executive"; "as" is left out: "took
 *  over as Ivy Marsh chief executive" names the firm). */
const appointedBefore = (text: string, start: number): boolean => {
  const w = wordBefore(text, start).word;
  return w !== 'as' && APPOINTED.has(w);
};

// ("Harlow Vane's Chief Economist": a firm's head economist, written in capitals or not; a person has none)
const CHIEF_OF_FIRM = /^chief\s(?:executive|financial|operating|technology|investment|economist)\b/i;

/**
 * A kind of business (a firm's noun, or a trade or shop named as firms are), then the title of its head, a name after
 * that: "supermarket boss Amos Rell", "airline chief Ida Moss", "mining group chairman Ivo Kell". `after` is the word
 * right after the name.
 */
function headOfBusinessAfter(text: string, after: WordAt): boolean {
  if (!peopleLexicon().companyNouns.has(after.word) && !BUSINESS_KINDS.has(after.word)) return false;
  let end = after.start + after.word.length;
  let next = withStart(text, end, wordAfter(text, end));
  if (peopleLexicon().companyNouns.has(next.word)) {
    end = next.start + next.word.length;
    next = withStart(text, end, wordAfter(text, end));
  }
  if (!HEADS_OF_BUSINESS.has(next.word)) return false;
  return HEAD_NAMED_AFTER().test(text.slice(next.start + next.word.length, next.start + next.word.length + 30));
}

/** Trades and shops named before their heads as firms are, but not counted among firms' nouns. */
const BUSINESS_KINDS = wordSet('supermarket supermarkets grocer grocery retail mining shipping'
  + ' telecoms property casino hotel hotels fashion media pharma tech');
/** Who heads a business: "boss", "chief", "chairman", "founder", "owner" (then a name, or "executive" and a name). */
const HEADS_OF_BUSINESS = wordSet('boss chief chairman chairwoman founder owner ceo');
const HEAD_NAMED_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:executive[ \t]{1,2})?\p{Lu}\p{Ll}/u);

/** "… and " or "… or " right before `start`: a quick test before the regular expression. */
function endsWithJoiner(text: string, start: number): boolean {
  if (start < 2) return false; // (no read before the text's start, which throws V8's optimised code away)
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && (c === 100 /* d */ || c === 114 /* r */);
}

const JOINED_OWNED = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[ \t]{1,2}(?:of|in|at|from|with|between)[ \t]{1,2}(?:\p{Lu}[\p{L}'’.-]*[ \t]{1,2}){1,4}(?:and|or)[ \t]{1,2}$/u);
const JOINERS = wordSet('and or');
const AND_BETWEEN = /^,?[ \t]and[ \t]$/;
/** Firms or brands in the plural, before the first of two names joined by "and": "the brands …", "the carmakers …". */
const FIRMS_PLURAL = wordSet('brands labels companies firms carmakers automakers airlines banks'
  + ' lenders insurers retailers chains manufacturers makers groups brewers');
/** The link word of JOINED_OWNED between its spaces. */
const LINK_BETWEEN_SPACES = /[ \t](?:of|in|at|from|with|between)[ \t]/;

/**
 * How sure a use of a name is that it names a firm: 'sure' only a firm; 'owned' a firm or a person who owns it; 'trade'
 * described by a trade firms and people share ("Naomi Sato, a film producer", "Jane Dunn, a builder from Leeds"),
 * which makes a firm of no given name and surname.
 */
export type OrganisationUse = 'sure' | 'owned' | 'trade';

/** Whether "of", "for", "at", "in", "with" or "from" and a space or two come right before `end`: a quick test before the words. */
function endsWithLinkWord(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 2 && isPatternSpace(text.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  const c = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i - 2);
  return (c === 102 && b === 111) || (c === 114 && b === 111 && text.charCodeAt(i - 3) === 102) ||
    (c === 116 && b === 97) || (c === 110 && b === 105) || // of, for, at, in
    (c === 104 && b === 116 && text.charCodeAt(i - 3) === 105 && text.charCodeAt(i - 4) === 119) || // with
    (c === 109 && b === 111 && text.charCodeAt(i - 3) === 114 && text.charCodeAt(i - 4) === 102); // from
}

/**
 * Whether this use of a name (tokens first…last) shows it is an organisation or a thing, and how surely. Looks only at
 * the few words around the name, so the cost per name is bounded. `before` and `wordAfterName`, where given, are the
 * words beside the name (wordBefore, wordAfter) the caller read already.
 */
export function organisationUse(text: string, tokens: readonly Token[], first: number, last: number,
  before?: NeighbourWord, wordAfterName?: NeighbourWord): OrganisationUse | undefined {
  const t = tokens[last];
  const start = tokens[first].start;
  if (ampersandBefore(text, start)) return 'sure';
  // "Indianapolis-based Harlan Voss and Co.": a place's "-based" right before a full name is a firm's (a person's comes
  // with a noun between, "London-based artist Ada Quill"), so where the article shows nothing personal of the name
  if (last > first && text.charCodeAt(start - 2) === 100 /* d */ && text.startsWith('-based ', start - 7)) return 'owned';
  // "the Emiliano Zapata Peasants' Union", "the Rosa Vela Workers' Federation": a body named after a person, read up to
  // its members' plural possessive (a bare apostrophe after "s"), then the body's own word
  if (t.possessive && last > first && (text[t.end] === '\'' || text[t.end] === '’') && text[t.end - 1] === 's'
    && BODY_AFTER_MEMBERS.has(BODY_WORD_AFTER.exec(text.slice(t.end + 1, t.end + 20))?.[1] ?? '') && wordBefore(text, start).word === 'the') return 'sure';
  // "the Eastfold and Marram Cattleman's Association": a body named with a member's singular possessive, after "the"
  if (t.possessive && singularMembersBody(text, start, t.end)) return 'sure';
  // "Porsche and its Italian rival Marchetti said": one word, a firm's (or a side's) rival, named after "its"
  if (first === last && itsRivalBefore(text.slice(Math.max(0, start - 40), start))) return 'sure';
  // "the fashion house Lucio Marzani", "the auction house Bram Leyden": a house of trade is a firm, whoever it is named after
  if (text.charCodeAt(start - 2) === 101 /* e */ && text.startsWith('house', start - 6) && TRADE_HOUSE_BEFORE().test(text.slice(Math.max(0, start - 32), start))) return 'sure';
  if (!t.possessive) {
    // "Anna Brightwell founded Brightwell in 1990": what is founded is a firm (or a school, a party: no person)
    const verb = before ?? wordBefore(text, start);
    if (text.charCodeAt(start - 2) === 100 /* d */ && FOUNDED.has(verb.word)) return 'sure';
    if (verb.adjacent && BOUGHT.has(verb.word) && last > first) return 'owned';
    // "also owns the shoemaker Alessandro Ferri", "bought the jeweller Bellandi": a firm owned or bought, named by its
    // trade (not "sold the striker Tom Brannagh", a club's player)
    if (verb.adjacent && FIRM_TRADE_OWNED().test(verb.word)) {
      const lookBehind = text.slice(Math.max(0, start - 48), start);
      if (OWNED_THE.test(lookBehind) && OWNED_TRADE_BEFORE().test(lookBehind)) return 'owned';
    }
    const link = endsWithLinkWord(text, start) ? verb : undefined;
    // "Rosa Ibáñez of Whitman Cole", "Catherine Moy of Ashby & Thorne": where a person works, named after her full name
    // (and "Trader Luis Ferreira at Brandt Kellner said": at a firm, named after a full name)
    // ("at" surely: the verb after it, and a pronoun after that, are the person's: "analyst Hugh Penhallow at Kleinwort
    // Benson cut his rating")
    if ((link?.word === 'of' || link?.word === 'at') && last > first && personOfBefore(text, linkWordStart(text, start, 2))) return link.word === 'at' ? 'sure' : 'owned';
    if (link && LINK_WORDS.has(link.word)) {
      const noun = wordBefore(text, linkWordStart(text, start, link.word.length)).word;
      // "an analyst with Corran Barney"; "with" links only a market role (a player "with Smith" is beside him)
      if (MARKET_ROLES.has(noun)) return 'sure';
      if (link.word !== 'with' && peopleLexicon().ownedByOrganisations.has(noun)) return SPEAKERS.has(noun) ? 'owned' : 'sure';
    }
  }
  // "the merger of Hollis Crane and Bexley Ward": the second of two names after what only an organisation has
  if (endsWithJoiner(text, start)) {
    const before = text.slice(Math.max(0, start - 70), start);
    // (tried only where its "and" and its link word stand: from every character of the look-behind it cost 2% of people)
    const joined = JOINERS.has(asciiWordBeforeSpace(before, 2)) && LINK_BETWEEN_SPACES.test(before) ? JOINED_OWNED().exec(before) : null;
    const noun = joined ? joined[1].toLowerCase() : '';
    // (and "analysts at Corran Barney and Teller Vance": both are firms)
    if ((peopleLexicon().ownedByOrganisations.has(noun) && !SPEAKERS.has(noun)) || MARKET_ROLES.has(noun)) return 'sure';
    // "owns the brands Hugo Renner and Anouk Lefebvre": the second of two names after firms' or brands' plural noun
    if (first > 0 && AND_BETWEEN.test(text.slice(tokens[first - 1].end, start))) {
      let k = first - 1;
      while (k > 0 && tokens[k].start - tokens[k - 1].end === 1 && !tokens[k - 1].possessive) k--;
      const lead = wordBefore(text, tokens[k].start);
      if (lead.adjacent && FIRMS_PLURAL.has(lead.word)) return 'sure';
    }
  }
  const after = t.possessive ? possessiveWordAfter(text, t) : withStart(text, t.end, wordAfterName ?? wordAfter(text, t.end));
  if (t.possessive) {
    // "Pemberton's, the bakery chain,", "founded Dunmore's in 1920": a name written with its 's, a shop's or firm's
    const own = possessiveEnd(text, t);
    // ("Wendell's, founded in 1969 by Dave Wendell,": what is founded is the shop, named with its 's)
    if (text.charCodeAt(own) === 44 /* , */) return appositiveUse(text, start, own) ?? (FOUNDED_AFTER_COMMA.test(text.slice(own, own + 16)) ? 'sure' : undefined);
    if (after.adjacent && after.start - own <= 2 && AFTER_SHOP_NAME.has(after.word)) return 'sure';
    // "Harlan Voss's (HVS) kidney drug": a listed company's ticker after its 's
    if (text.charCodeAt(own + 1) === 40 /* ( */ && tickerAfterPossessive(text, own)) return 'sure';
    // "Harlow Vane's 14,000-plus financial consultants", "… 's 300 stores": a firm's count of its staff or its outlets
    // (an owner's too: "Tom Hale's 40 employees")
    if (/^[ \t]{1,2}\d/.test(text.slice(own, own + 3)) && STAFF_COUNT_AFTER.test(text.slice(own, own + 60))) return 'owned';
    if (!after.adjacent) return undefined;
    const raw = text.slice(after.start, after.start + after.word.length);
    // (small letters, then a capital, an ASCII one or any beyond ASCII, tested first: the pattern is dear to compile)
    if (/^[a-z\u0080-\uffff]+[A-Z\u0080-\uffff]/.test(raw) && PRODUCT_NAME().test(raw)) return 'sure';
    // "Corran Barney's Mr. Doyle": a firm's own people are named with the firm's possessive, a person has no "Mr."
    if (HONORIFIC.test(text.slice(after.start, after.start + 5))) return 'sure';
    // "Brenner's Wolfsau plant": a site named by its place, as a firm's are (a person may own a factory too)
    if (UPPER_START().test(raw) && FACILITIES.has(wordAfter(text, after.start + raw.length).word)) return 'owned';
    // "Halloran Vane's weekly survey", "… 's average 30-year rate": a survey, an index or a rate kept week by week or
    // averaged is a lender's or an agency's figure, no person's
    if ((after.word === 'weekly' || after.word === 'monthly' || after.word === 'average')
      && PERIODIC_FIGURE().test(text.slice(after.start, after.start + 40))) return 'sure';
    // ("Jane Dunn's company", "Jane Dunn's car": the firm a person owns, as "whose company" below, and her things)
    if (OWNED_BUSINESSES.has(after.word) || peopleLexicon().belongings.has(after.word)) return 'trade';
    // "Vale's parent Vale Orme", "… 's parent company": a firm's owner (a person's is a mother or a father)
    if (after.word === 'parent' && PARENT_FIRM_AFTER.test(text.slice(after.start + 6, after.start + 16))) return 'sure';
    if (peopleLexicon().personalHoldings.has(after.word) || peopleLexicon().companyNouns.has(after.word)) return 'owned';
    if (after.word === 'chief' && chiefOfFirm(text, after.start)) return 'sure';
    // "Ivy Marsh vice president Lotte Kramer", "Lotte Kramer, Ivy Marsh vice president and chief economist, said", "Ivy
    // Marsh executive chef Ada Quill", "Ivy Marsh managing partner Lotte Kramer": a firm's officers named after it (not
    // the one appointed: "named Ada Quill vice president Monday")
    if (OFFICER_FIRST_WORDS.has(after.word) && last > first && officerOfFirm(text, after.start, start)) return 'sure';
    // "Ashby Grant's pensions arm", "Corlett's payments unit": a line of business in the plural and what a firm runs it
    // as (a person's arm is "left", "throwing", "broken")
    const business = text.slice(after.start, after.start + 40);
    if (/[ \t](?:arm|unit|division|subsidiary)/.test(business) && LINE_OF_BUSINESS().test(business)) return 'sure';
    if (brandBeforeProduct(text, start, after)) return 'sure';
    if (peopleLexicon().businessNouns.has(after.word)) return 'sure';
    // "Harlan Voss's experimental kidney drug": a maker's medicine (or an inventor's: a person's where the article says so)
    return medicineAfterPossessive(text, own) ? 'owned' : undefined;
  }
  // "Ardley Mercer up 42p to £23.29", "Jo Reece, of wealth manager Hallam Pryce": a listed company's price, a person's firm
  if (priceMoveAfter(text, t.end) || firmOfAPersonBefore(text, start) || sharePriceAfter(text, t.end)) return 'sure';
  // "a partner at Marston Quill", "formerly with Garrow Finch", "the Wendell Crane law firm" (see lawFirms.ts)
  if (lawFirmAround(text, start, t.end)) return 'sure';
  // "Harlan Voss (NYSE: HVS)", "Filecoin (FIL), Cosmos Hub (ATOM)": a listed firm with its exchange, a coin's or a
  // fund's name in a list of tickers (see tickerLists.ts)
  if (text.charCodeAt(t.end + 1) === 40 /* ( */ && (exchangeTickerAfter(text, t.end) || tickerListItem(text, t.end) || renamedFirmAfter(text, t.end))) return 'sure';
  const tail = text.slice(t.end, t.end + 40);
  // (every pattern of the tail opens with a blank, a comma or a line break: the cheap test of that character first, as
  // the name's full stop, closing quotation mark or bracket rules out all of them)
  const opener = text.charCodeAt(t.end);
  const tailOpens = opener === 32 || opener === 9 || opener === 44 || opener === 10 || opener === 13;
  // (the patterns with "its" only where it stands as a word after a blank, as each has it: they are tried after nearly
  // every name, and their letter classes cost 1-3.5 ms to compile, which "visits" or "limits" in a name's tail paid)
  // (and the two with an ampersand only where one stands in the tail)
  if (tailOpens && ((tail.includes('&') && (AMPERSAND_AFTER().test(tail) || CO_AFTER_COMMA().test(tail))) || FOUNDED_AFTER.test(tail) || HAD_SALES_AFTER.test(tail) || worksAfter(tail) || (tail.includes('its') && ITS_WORD.test(tail) && ((FIRM_ITS_CUE.test(tail) && (FIRM_PRONOUN().test(tail) || SAID_ON_DAY_ITS().test(tail) || FIRM_PRONOUN_GAPPED().test(tail))) || (first === last && /as[ \t]{1,2}its\b/.test(tail) && HIRED_AS_ITS().test(tail))))
    || PRODUCT_AFTER.test(tail) || MADE_BY_AFTER.test(tail) || businessUnitAfter(tail)
    || (tail.includes(' it ') && itCutsJobsAfter(text.slice(t.end, t.end + 90)))
    || ((tail.includes('named') || tail.includes('Named')) && NAMED_AFTER_AFTER.test(tail)))) return 'sure';
  // "Davis Polk said it had no plans to …", "Orvell Tanning said it would appeal": what "it" says of itself after a
  // full name's "said" is a firm's plan or silence (a person speaks of "it" as a thing: "said it was a good game");
  // a person may speak for a firm so too, so this counts only where the article shows no person of the name
  if (last > first && tail.includes(' it ')) {
    const after = text.slice(t.end, t.end + 70);
    if (SAID_IT_VERB.test(after) && IT_PLANS_AFTER().test(after)) return 'owned';
  }
  // "Harlan Voss and Co", "a vaccine from Marta Quell": a drugmaker's style and what it makes (see drugMakers.ts)
  if (andCoAfter(text, t.end) || makerOfMedicineBefore(text, start)) return 'owned';
  // "The plane, a Dorner Kestrel", "the car, a Bexley Rover": what a vehicle is, its make and model
  if (APPOSED_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && testShaped(VEHICLE_IS_BEFORE_SHAPE, VEHICLE_IS_BEFORE, text.slice(Math.max(0, start - 24), start))) return 'sure';
  // "Marlowe Clarke is a law firm", "… was the country's biggest brewer"
  const copula = COPULA_AFTER.exec(tail);
  if (copula) {
    const described = describesFirm(wordsAfter(text, t.end + copula[0].length, 5), 0);
    if (described) return described;
  }
  // "a cheaper robot, Rosie Mae,": a product named after what it is, set off by commas
  if (text.charCodeAt(start - 2) === 44 /* , */) {
    const lead = text.slice(Math.max(0, start - 48), start);
    if (PRODUCT_NOUN_BEFORE.test(lead) && PRODUCT_BEFORE().test(lead)) return 'sure';
  }
  if (after.adjacent) {
    // "after Machado bid farewell to supporters", "Okafor shares her story": a firm's noun used as the verb, before
    // a person's possessive or a parting word, is what the person does
    if (VERB_OBJECT_AFTER.test(text.slice(after.start + after.word.length, after.start + after.word.length + 10))
      && (PEOPLE_HAVE_TOO.has(after.word) || peopleLexicon().businessNouns.has(after.word))) return undefined;
    // ("Ada Kell produces an all-round first": a player or an artist produces a display or a record; a given name and
    // a surname before "produces" are a person's, a firm "manufactures")
    if (MARKET_ROLES.has(after.word) || (FIRM_VERBS.has(after.word)
      && !(after.word === 'produces' && last > first && peopleLexicon().givenNames.has(tokens[first].lower)))) return 'sure';
    // "Ivy Marsh chief executive Lotte Kramer" (not the one appointed: "named Ada Quill chief executive on Monday")
    if (after.word === 'chief' && chiefOfFirm(text, after.start) && !appointedBefore(text, start)) return 'sure';
    // "Ivy Marsh vice president Lotte Kramer", "Lotte Kramer, Ivy Marsh vice president and chief economist, said", "Ivy
    // Marsh executive chef Ada Quill", "Ivy Marsh managing partner Lotte Kramer": a firm's officers named after it (not
    // the one appointed: "named Ada Quill vice president Monday")
    if (OFFICER_FIRST_WORDS.has(after.word) && last > first && officerOfFirm(text, after.start, start)) return 'sure';
    // "Tarveen Holt supermarket boss Amos Rell", "Corvane airline chief Ida Moss": the kind of business between the
    // name and its head's title makes the name the business's (a person's are "Smith's boss")
    if (headOfBusinessAfter(text, after)) return 'sure';
    // "Yeltsin spokesman Sergei …", "Clinton rival Bob Dole": people have these too
    if (SPEAKERS.has(after.word) || PEOPLE_HAVE_TOO.has(after.word)) return 'owned';
    // "Hartley manager Sean O'Dowd", "a former Whitmore player", "Keller Rudd partner Alan Weiss": a club's or a
    // firm's people, named after it without a possessive (a person's are "Smith's manager")
    if (MEMBERS.has(after.word)) return 'owned';
    // "Aer Varna staff went on strike": a firm's staff, or a politician's, named after it without a possessive
    // (not a byline's credit after its writer: "Ana Ruiz Staff Writer")
    if (after.word === 'staff' && last > first && !staffCreditAt(text, after.start)) return 'owned';
    // ("Acme named Ann Kerr CEO on Monday": the officer's post the one appointed takes, as with "chief executive" above)
    if (peopleLexicon().businessNouns.has(after.word) && after.word !== 'executive' && after.word !== 'staff' && after.word !== 'board'
      && !((after.word === 'ceo' || after.word === 'cfo' || after.word === 'chairman') && appointedBefore(text, start))) return 'sure';
    if (brandBeforeProduct(text, start, after)) return 'sure';
    if (RESULT_VERBS.has(after.word)) {
      const next = wordsAfter(text, t.end, 7).slice(1).map(w => w.word.toLowerCase());
      if (next.slice(0, 3).some(w => RESULTS.has(w) && w !== 'a' && w !== 'its')) return 'sure';
      // "reported a 12% rise in profit"
      const change = next.slice(0, 3).findIndex(w => CHANGES.has(w));
      if (change >= 0 && next[change + 1] === 'in' && RESULTS.has(next[change + 2] ?? '')) return 'sure';
    }
    // "Leo had 120 million users", "Brannock has 40,000 paying customers": what counts its users is a product, a
    // service or a firm (a person's are followers, fans or, on a video channel, subscribers)
    // (tried after some 1,300 names in a megabyte: first, whether its noun of users and a figure stand there at all,
    // as the pattern's word lists cost some 3-8 ms to compile)
    const tail = text.slice(t.end, t.end + 72);
    if (USERS_NOUN.test(tail) && /\d/.test(tail) && COUNTS_USERS.test(tail)) return 'sure';
    // "Malaysia's Dewan Rakyat passed the budget", "India's Lok Sabha passed the bill": a house passes them, a person
    // proposes, backs or signs them
    if (after.word === 'passed' && wordsAfter(text, after.start + after.word.length, 4).some(w => LEGISLATION.has(w.word.toLowerCase()))) return 'sure';
    // "Kessler Hartley won a contract to build the drone": contracts, orders and tenders are won by firms
    if (WINS.has(after.word) && wordsAfter(text, after.start + after.word.length, 4).some(w => DEALS.has(w.word.toLowerCase()))) return 'sure';
    // "Harley Davidson recalled 40,000 motorcycles": a count recalled is a maker's (a person recalls a day)
    if (after.word === 'recalled' || after.word === 'recalls') {
      const next = wordsAfter(text, after.start + after.word.length, 2);
      if (next.length > 0 && /^(?:\d|about$|nearly$|some$|almost$|more$)/.test(next[0].word)) return 'sure';
    }
    const raw = text.slice(after.start, after.start + after.word.length);
    // (a figure, and more than figures, tested first: the pattern's letter classes are dear to compile)
    if (/\d/.test(raw) && !/^\d+$/.test(raw) && MODEL_CODE().test(raw)) return 'sure';
    // "its streaming service, Brannock Plus", "the Kestrel Pro": a product line's capitalised suffix
    if (PRODUCT_SUFFIXES.has(after.word) && UPPER_START().test(raw)) return 'sure';
    // "the Falcon 320 jet", "a Falcon 200 business jet"; "a Halden Stratus 300" (a person is not "a" with a number)
    if (MODEL_NUMBER.test(raw)) {
      const article = wordBefore(text, start);
      if (article.adjacent && (article.word === 'a' || article.word === 'an')) return 'sure';
      for (const next of wordsAfter(text, after.start + raw.length, 2)) {
        if (!/^[ \t]{1,2}$/.test(next.gap)) break;
        if (MODEL_OF.has(next.word.toLowerCase())) return 'sure';
      }
    }
  }
  return appositiveUse(text, start, t.end);
}

/** After a possessive's "parent": a firm's name or its noun ("company", "group"), not a person's parent. */
const PARENT_FIRM_AFTER = /^[ \t](?:[A-Z]|company\b|group\b|firm\b)/;
/** " (now Orme Corporation)", " (formerly Hale Stores Inc.)": a firm's name of another time, ended by its corporate word. */
const RENAMED_FIRM_AFTER = lazyPattern(() => /^[ \t]\((?:now|formerly|later)[ \t](?:\p{Lu}[\p{L}&'’.-]*[ \t]){0,4}(?:Corporation|Corp\.?|Company|Co\.|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|Group|Holdings|Stores)\)/u);
/** Whether a firm's name of another time stands in brackets after the name ending at `end`: "Vale Orme (now … Corporation)". */
function renamedFirmAfter(text: string, end: number): boolean {
  return RENAMED_FIRM_AFTER().test(text.slice(end, end + 60));
}

/** A dash (two hyphens, an en or em dash) between blanks, then "which". */
const DASH_WHICH = /^[ \t](?:--|—|–)[ \t]which\b/;

/** ", the drone maker", ", a unit of …", ", which …" after a name that ends at `end`. */
function appositiveUse(text: string, start: number, end: number): OrganisationUse | undefined {
  const t = { end };
  // ("gained ground on Harlan Voss -- which has 15,160 brokers": "which" set off by a dash, as by a comma)
  if (text.charCodeAt(end) === 32 && DASH_WHICH.test(text.slice(end, end + 12))) return BY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? 'trade' : 'sure';
  if (text.charCodeAt(t.end) === 44 /* , */) {
    // four words, or six where a figure with a thousands separator counts as one ("a 12,000-tonne bulk carrier")
    let words = wordsAfter(text, t.end, 5);
    if (words.length > 2 && /^\d/.test(words[1].word)) words = wordsAfter(text, t.end, 7);
    // (after "by", the work a person made: "*The Ninth Wave* by Samuel Oduya, which had been tipped")
    if (words.length > 0 && words[0].word.toLowerCase() === 'which') return BY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? 'trade' : 'sure';
    // ", ridden by Declan Fogarty,": a horse (or a bike), which a rider rides; no person is ridden
    if (words.length > 1 && words[0].word === 'ridden' && words[1].word === 'by') return 'sure';
    // ", known for its handbags,": what is known for "its" things is a firm, a place or a thing
    if (words.length > 2 && KNOWN_FOR.has(words[0].word) && words[1].word === 'for' && words[2].word === 'its') return 'sure';
    // ", an island in the bay", "a remote village north of …": a place's noun heading the apposition
    if (placeAppositive(words)) return 'sure';
    // ", based in Leeds,": where a firm is, more often than a person in news (who is "Leeds-based")
    if (words.length > 1 && (words[0].word === 'based' || words[0].word === 'headquartered') && words[1].word === 'in') return 'owned';
    // ", whose Derby factory", ", whose shares": what only a firm has
    if (words.length > 1 && words[0].word.toLowerCase() === 'whose') {
      // (not what a campaigner, a politician or a singer leads: "Nurul Izzah, whose group has tracked the haze"; nor the
      // firm a person owns: "Vincent Moretti, whose firm won contracts")
      if (LED_BY_PEOPLE.has(words[1].word) || OWNED_BUSINESSES.has(words[1].word)) return undefined;
      for (let k = 1; k < words.length; k++) {
        // (in capitals too: ", whose celebrity CEO, …")
        const noun = words[k].word.toLowerCase();
        if (peopleLexicon().businessNouns.has(noun) && !peopleLexicon().personalHoldings.has(noun)) return 'sure';
      }
      // ("Orchard, whose Jasper assistant has 40 million users": a product's name, then what only a firm's products have,
      // up to the clause's end)
      if (words.length > 2 && UPPER_START().test(words[1].word)) {
        for (const w of wordsAfter(text, t.end, 9).slice(2)) {
          if (/[.;,!?]/.test(w.gap)) break;
          if (PRODUCT_USERS.has(w.word)) return 'sure';
        }
      }
    }
    return describesFirm(words, 0);
  }
  return undefined;
}

/** A body's own word after its members' plural possessive: "Peasants' Union", "Workers' Federation" (capitalised). */
const BODY_AFTER_MEMBERS = wordSet('Union Unions Association Federation League Front Movement Party'
  + ' Council Committee Cooperative Co-operative Collective Alliance Congress Syndicate Confederation');

const BODY_WORD_AFTER = /^[ \t]{1,2}([A-Z][a-z-]+)/;
/** After a possessive: a count, up to two words, then staff or outlets in the plural. */
const STAFF_COUNT_AFTER = /^[ \t]{1,2}\d[\d,.]*(?:-plus|\+)?(?:[ \t]{1,2}[a-z-]+){0,2}[ \t]{1,2}(?:employees|workers|staff|brokers|advisers|consultants|bankers|branches|stores|outlets|shops)\b/;
/** The bodies a member's singular possessive may name ("Cattleman's Association"; not a party or a front, a leader's). */
const BODY_AFTER_MEMBER = wordSet('Union Association Federation Guild Cooperative Co-operative Syndicate Confederation');
/** "the" and the body's capitalised words (an "and" between them) up to the name: "the Eastfold and ". */
const THE_BODY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])the[ \t]{1,2}(?:\p{Lu}[\p{L}-]*[ \t]{1,2}(?:and[ \t]{1,2})?){0,4}$/u);

/** Whether the name from `start`, its 's ending at `end`, is a body's after "the": "the Marram Cattleman's Association". */
function singularMembersBody(text: string, start: number, end: number): boolean {
  if (text[end + 1] !== 's' || (text[end] !== '\'' && text[end] !== '’')) return false;
  return BODY_AFTER_MEMBER.has(BODY_WORD_AFTER.exec(text.slice(end + 2, end + 20))?.[1] ?? '')
    && THE_BODY_BEFORE().test(text.slice(Math.max(0, start - 60), start));
}

/** What follows a place's noun that heads its phrase ("a town near …"), not one qualifying a person's noun ("a town
 *  resident", "a village elder"). */
const AFTER_PLACE_NOUN = wordSet('in of near on off along outside north south east west'
  + ' northeast northwest southeast southwest where that which to with about some home close');

/** ", an island in the bay", ", the largest town in …": an article, up to two words, then a place's noun heading the
 *  phrase (a preposition or the clause's end after it). */
function placeAppositive(words: readonly { gap: string; word: string }[]): boolean {
  if (words.length < 2 || !ARTICLES.has(words[0].word.toLowerCase())) return false;
  for (let k = 1; k < words.length && k <= 3; k++) {
    if (clauseEnds(words[k].gap, words[k - 1].word)) return false;
    if (!peopleLexicon().placeNouns.has(words[k].word)) continue;
    return k === words.length - 1 ? false : clauseEnds(words[k + 1].gap, words[k].word) || AFTER_PLACE_NOUN.has(words[k + 1].word);
  }
  return false;
}

/**
 * What the words from index `lead` ("the drone maker", "a 12,000-tonne bulk carrier") say the name before them is:
 * 'sure' for a firm, a vehicle or an animal (an article, then such a noun within four words, a figure with its
 * thousands separator one), 'trade' for a trade firms and people share ("a film producer").
 */
function describesFirm(words: readonly { gap: string; word: string }[], lead: number): OrganisationUse | undefined {
  // (or a place's or a body's possessive: "Silver Hare, Tarvania's first moon rover,", "Ostrava Steel, Moravia's
  // largest steelmaker,")
  if (words.length <= lead + 1 || !(APPOSITIVE_LEADS.has(words[lead].word.toLowerCase()) || OWNER_LEAD().test(words[lead].word))) return undefined;
  for (let k = lead + 1, counted = 1; k < words.length && counted < 4; k++) {
    const w = words[k].word;
    if (!inFigure(words, k)) counted++;
    // "Morgan Hale, the wealth manager, said it …": "the" asset or wealth manager is a firm (a person is "a fund
    // manager" or "the fund's manager")
    // (not one at a firm: "the asset manager at Orrin")
    if (w === 'manager' && k === lead + 2 && words[lead].word.toLowerCase() === 'the' && MONEY_MANAGED.has(words[k - 1].word)
      && !(k + 1 < words.length && LINK_WORDS.has(words[k + 1].word))) return 'sure';
    // (not the trade of a person: ", a bank manager", ", a ship captain", ", a bus driver")
    const { companyNouns, vehicleNouns, animalNouns, buildingNouns } = peopleLexicon();
    if ((companyNouns.has(w) || vehicleNouns.has(w) || animalNouns.has(w) || buildingNouns.has(w)) && !jobAfter(words, k)) {
      return TRADES_OF_FIRMS_AND_PEOPLE.has(w) ? 'trade' : 'sure';
    }
    if (k === words.length - 1 || clauseEnds(words[k + 1].gap, words[k].word) || w === 'of') break;
  }
  return undefined;
}

/**
 * A person's trade or title one or two words after the noun at `k`, in the same phrase: ", a bank manager", ", a ship
 * captain", ", the Olympic giant slalom champion" (the noun only qualifies it).
 */
function jobAfter(words: readonly { gap: string; word: string }[], k: number): boolean {
  for (let j = k + 1; j <= k + 2 && j < words.length && words[j].gap === ' '; j++) {
    if (isJob(words[j].word) || (j === k + 2 && TITLES_WON.has(words[j].word))) return true;
  }
  return false;
}
/** What a sportsman holds after the event's words: "the giant slalom champion", "the ski jump winner". */
const TITLES_WON = wordSet('champion winner medallist medalist titleholder');

const ARTICLES = wordSet('the a an');
/** A lower-case word next, on the same line or the next line of a wrapped paragraph. */
const LOWER_WORD_AFTER = lazyPattern(() => /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)\p{Ll}/u);
/** "Dell said it would …": "it" after the name's verb, a firm's pronoun where the sentence or article bears it out. */
const IT_AFTER_VERB = lazyPattern(() => /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(?!(?:as|is|was)\b)\p{Ll}+(?:ed|s|d)(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)it\b/u);
/** "its" as a word before the sentence ends (or 200 characters on), the sentence's later use of the firm's pronoun. */
const ITS_LATER = /^[^.!?\n]{0,200}?\bits\b/u;

/**
 * Whether one bare mention (one word, token `index`, whose organisationUse and personalUse are `use` and `pronoun`;
 * `firmKnown` when the lexicon's firm lists hold the word) names a firm in its own sentence although the article also has a
 * person of that name: "Dell shares rose", "Dell raised its forecast", "Dell said it would cut prices on its laptops"
 * beside "Michael Dell, the company's founder". "It" alone counts where the sentence also says "its" or the article
 * uses the word as a firm elsewhere (`firmElsewhere`): "Smith said it was a good game" is a person's. Names joined by
 * "&" are left out ("Simon & Garfunkel" are people); so is a mention with a person's pronoun ("Dell said he").
 */
export function firmInItsSentence(text: string, tokens: readonly Token[], index: number, firmElsewhere: boolean,
  firmKnown: boolean, use: OrganisationUse | undefined, pronoun: boolean): boolean {
  const t = tokens[index];
  if (pronoun) return false;
  const tail = text.slice(t.end, t.end + 40);
  if (!t.possessive && (tail.includes(' it') || tail.includes('\nit')) && IT_AFTER_VERB().test(tail)) {
    if (firmElsewhere) return true;
    // "its" later in the sentence only for a word the firm lists know: "Hollis said it would take time for the team to
    // find its rhythm" is a captain's
    const it = firmKnown ? /\bit\b/u.exec(tail) : null;
    if (it && ITS_LATER.test(text.slice(t.end + it.index + 2, t.end + it.index + 240))) return true;
  }
  // "the Harlow stand", "a Harlow laptop": the firm's name as a modifier, where the article names the firm elsewhere
  if (firmElsewhere && !t.possessive && ARTICLES.has(wordBefore(text, t.start).word) && LOWER_WORD_AFTER().test(tail)) return true;
  if (use !== 'sure' || ampersandBefore(text, t.start) || (tail.includes('&') && AMPERSAND_AFTER().test(tail))) return false;
  return true;
}

/** The verbs a firm and a person both say things with, right after the name. */
const SAYING = /^(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]?)(?:said|says|added|announced|confirmed|told|warned|stated|reported|explained|insisted)\b/;
/** The sentence after the verb, up to its end or an opening quotation mark, also "``" (where someone else may speak). */
const REST_OF_SENTENCE = /^[^.!?"“”`\n]*(?:\n(?!\s*\n)[^.!?"“”`\n]*)?/;
/**
 * A subject pronoun after "that", "and", "but", a comma or the verb itself, or the firm's "its" there ("said on Tuesday
 * that its profit had halved"): who the sentence goes on to be about.
 */
// (and after whom it was told: "told reporters she had no plans")
const SUBJECT_PRONOUN = lazyPattern(() => /(?:\bthat|\band|\bbut|\bbecause|\bsaid|\bsays|\badded|\bannounced|\bconfirmed|\bwarned|\bwhich|\btold\s{1,3}(?:the\s{1,3})?\p{L}+|,)\s{1,3}(he|she|it|its)\b/u);
/** The next sentence's first word, after a closing quotation mark and the verb if need be. */
const NEXT_SENTENCE_PRONOUN = /^[^.!?\n]{0,40}[.!?]["”]?\s{1,3}(He|She|His|Her|Its|It(?=\s(?:said|says|will|would|has|had|plans|expects|employs|makes|sells|also)\b))\b/;

/**
 * Whom a mention that says something ("Vellacott said in a statement that …") goes on to be about: the first subject
 * pronoun of the rest of its sentence ("… that orders had halved and that it could no longer …": 'thing'; "… that he
 * would forgo his own pay": 'person'), else the first word of the next sentence ('"…," Vellacott said. He will …').
 * Undefined when the mention says nothing or no pronoun tells.
 */
export function saidOf(text: string, t: Token): 'person' | 'thing' | undefined {
  if (t.possessive) return undefined;
  const tail = text.slice(t.end, t.end + 240);
  const verb = SAYING.exec(tail);
  if (!verb) return undefined;
  const rest = REST_OF_SENTENCE.exec(tail.slice(verb[0].length - verb[0].trimStart().length))?.[0] ?? '';
  const subject = SUBJECT_PRONOUN().exec(rest);
  if (subject) return subject[1] === 'it' || subject[1] === 'its' ? 'thing' : 'person';
  const next = NEXT_SENTENCE_PRONOUN.exec(tail.slice(verb[0].length));
  if (next) return next[1] === 'It' || next[1] === 'Its' ? 'thing' : 'person';
  return undefined;
}

/** A stop or comma ends the clause, but not the comma of a figure ("12,000"). */
function clauseEnds(gap: string, before: string): boolean {
  return /[.;]/.test(gap) || (gap.includes(',') && !(gap === ',' && /^\d+$/.test(before)));
}

/** Word k continues the figure before it ("000-tonne" of "12,000-tonne"). */
function inFigure(words: readonly { gap: string; word: string }[], k: number): boolean {
  return k > 0 && words[k].gap === ',' && /^\d+$/.test(words[k - 1].word);
}

/** Whether this use of a name says it is a person's: "Musk said he would", "Whitford told his staff". */
export function personalUse(text: string, tokens: readonly Token[], last: number): boolean {
  return personalPronoun(text, tokens, last) !== undefined;
}

/** "Authorities said he …", "Agencies said she …": the plural of a body's word speaks of another, no surname's "he"
 *  ("Davies said he", "Humphries said he" keep theirs: no body's word ends them). */
function bodiesPlural(lower: string): boolean {
  return lower.endsWith('ies') && !peopleLexicon().surnames.has(lower) && peopleLexicon().nonPersonWords.has(lower.slice(0, -3) + 'y');
}

/** The pronoun personalUse found, told "he" from "she" (a ship is "she" too: "the Lorna made her last crossing"). */
export function personalPronoun(text: string, tokens: readonly Token[], last: number): 'he' | 'she' | undefined {
  const t = tokens[last];
  if (t.possessive) return undefined;
  const m = PERSON_PRONOUN.exec(text.slice(t.end, t.end + 30));
  if (!m || ((m[2] === 'him' || m[2] === 'her') && EMPLOYERS_DO.has(m[1])) || bodiesPlural(t.lower)) return undefined;
  return m[2] === 'she' || m[2] === 'her' ? 'she' : 'he';
}

/**
 * "Kavek Esveksor pitched two perfect innings for his third save": a name opening its sentence is the subject of the
 * verb after it, and a "his" or "her" later in that clause, with no punctuation or capital between, is its own (a firm
 * has "its"). Only a possessive "her" counts, before a word that is no preposition or article ("hired her as chief"
 * is a firm's doing).
 */
export function clausePronoun(text: string, tokens: readonly Token[], first: number, last: number,
  lex: PeopleLexicon): 'he' | 'she' | undefined {
  const t = tokens[last];
  if (t.possessive || !tokens[first].sentenceStart) return undefined;
  const m = PERSON_PRONOUN_IN_CLAUSE().exec(text.slice(t.end, t.end + 90));
  if (!m || (m[2] === 'her' && NOT_AFTER_POSSESSIVE.has(m[3]))) return undefined;
  // ("Tarvin Moss paid the driver his wages": the pronoun may be a person's named in between)
  for (const w of m[1].split(/[ \t]+/)) if (lex.roleNouns.has(w) || PEOPLE_NOUNS.has(w)) return undefined;
  return m[2] === 'her' ? 'she' : 'he';
}

/** A verb, up to seven lower-case words or figures, then "his" or "her" and the next word. */
const PERSON_PRONOUN_IN_CLAUSE = lazyPattern(() => /^([ \t]{1,2}\p{Ll}+(?:[ \t]{1,2}(?!(?:and|but|while|who|which|that|its|their)\b)[\p{Ll}\d'’-]+){0,7}?)[ \t]{1,2}(his|her)[ \t]{1,2}(\p{Ll}+)/u);
/** People named by a noun, who may own the "his" after them. */
const PEOPLE_NOUNS = wordSet('man woman men women boy girl child children son daughter'
  + ' brother sister father mother wife husband friend friends family player players driver'
  + ' rider worker workers staff people person customer customers fan fans teammate'
  + ' teammates opponent rival partner colleague colleagues student students patient patients');
const NOT_AFTER_POSSESSIVE = wordSet('as to for in on at with from by and or the a'
  + ' an that into over after before about up out off back down away');

/**
 * The name-like words of a run that ends in a corporate word ("Kestrel Dynamics Corp.", "Harlow Marsh N.V."),
 * as token indices, or undefined when the run is no such name.
 */
export function nameBeforeCorporateWord(tokens: readonly Token[], first: number, last: number,
  classes: readonly WordClass[], lex: PeopleLexicon): { first: number; last: number } | undefined {
  let end = last;
  // "N.V.", "S.A.": two or more trailing initials
  let initials = 0;
  while (end > first && classes[end] === 'initial') { end--; initials++; }
  if (initials < 2) {
    if (initials > 0 || !lex.corporateWords.has(tokens[end].lower)) return undefined;
    end--;
  }
  while (end >= first && lex.corporateWords.has(tokens[end].lower)) end--;
  if (end < first) return undefined;
  let start = end;
  while (start > first && isNameWord(classes[start - 1])) start--;
  if (!isNameWord(classes[start])) return undefined;
  for (let k = start; k <= end; k++) if (!isNameWord(classes[k])) return undefined;
  return { first: start, last: end };
}

/** "Keller Rudd LLP", "Harlow Marsh PLC": a corporate word in capitals, which the tokenizer leaves out of the run. */
const UPPER_CORPORATE_AFTER = lazyPattern(() => /^[ \t]{1,2}(\p{Lu}{2,4})(?![\p{L}\d])/u);
/** Capitals that are also a state's or an office's short form ("CO" Colorado, "AG" attorney general). */
const UPPER_AMBIGUOUS = wordSet('co ag sa');

/** The run's words, where all are name-like and a corporate word in capitals follows it ("Keller Rudd LLP"). */
export function nameBeforeUpperCorporateWord(text: string, tokens: readonly Token[], first: number, last: number,
  classes: readonly WordClass[], lex: PeopleLexicon): { first: number; last: number } | undefined {
  // (the blank and a capital's first letter first: the pattern is tried after nearly every run of words)
  const end = tokens[last].end;
  const blank = text.charCodeAt(end);
  if (blank !== 32 && blank !== 9) return undefined;
  const second = text.charCodeAt(end + 1);
  const letter = second === 32 || second === 9 ? text.charCodeAt(end + 2) : second;
  if (letter < 128 && !(letter >= 65 && letter <= 90)) return undefined;
  const m = UPPER_CORPORATE_AFTER().exec(text.slice(end, end + 8));
  if (!m || tokens[last].possessive) return undefined;
  const word = m[1].toLowerCase();
  if (!lex.corporateWords.has(word) || UPPER_AMBIGUOUS.has(word)) return undefined;
  for (let k = first; k <= last; k++) if (!isNameWord(classes[k])) return undefined;
  return { first, last };
}

function isNameWord(c: WordClass): boolean {
  return c === 'unknown' || c === 'surname' || c === 'given' || c === 'common' || c === 'org';
}

interface WordAt {
  word: string;
  start: number;
  adjacent: boolean;
}

/** The word after a possessive ("Orchard's music"): after the 's that the token's end leaves out. */
function possessiveWordAfter(text: string, t: Token): WordAt {
  const i = possessiveEnd(text, t);
  const next = wordAfter(text, i);
  return withStart(text, i, next);
}

/** Where the 's (or bare ') after a possessive token ends. */
function possessiveEnd(text: string, t: Token): number {
  let i = t.end;
  while (i < text.length && i < t.end + 2 && (text[i] === '\'' || text[i] === '’' || text[i] === 's')) i++;
  return i;
}

/**
 * Whether a name written with its 's is a shop's or a firm's whole name in this mention: a word after the 's that no
 * possessive takes ("Callow's said", "Wendell's would"), or a comma and what only a firm is ("Wendell's, founded in
 * 1969", "Pemberton's, the bakery chain,").
 */
export function shopNameUse(text: string, t: Token): boolean {
  if (!t.possessive) return false;
  const own = possessiveEnd(text, t);
  if (text.charCodeAt(own) === 44 /* , */) return (appositiveUse(text, t.start, own) === 'sure') || FOUNDED_AFTER_COMMA.test(text.slice(own, own + 16));
  const after = possessiveWordAfter(text, t);
  return after.adjacent && after.start - own <= 2 && AFTER_SHOP_NAME.has(after.word);
}

/**
 * "Walt Disney said on Wednesday it would cut 7,000 jobs": what "it" does after the name's "said" is a firm's, where it
 * cuts, adds or creates a count of jobs.
 */
const IT_CUTS_JOBS_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:said|says|announced)[ \t]{1,2}(?:on[ \t]{1,2}\p{Lu}\p{Ll}+day[ \t]{1,2})?(?:that[ \t]{1,2})?it[ \t]{1,2}(?:would|will|was|is|had|has|plans[ \t]{1,2}to|planned[ \t]{1,2}to)[ \t]{1,2}(?:\p{Ll}+[ \t]{1,2})?(?:cut|cutting|shed|shedding|axe|eliminate|lay[ \t]{1,2}off|add|adding|create|creating|hire)[ \t]{1,2}(?:about[ \t]{1,2}|some[ \t]{1,2}|up[ \t]{1,2}to[ \t]{1,2}|more[ \t]{1,2}than[ \t]{1,2})?[\d,.]+(?:[ \t]{1,2}(?:million|thousand))?[ \t]{1,2}(?:jobs|workers|staff|employees|positions|roles)\b/u);
/** How every match of IT_CUTS_JOBS_AFTER ends (a count of jobs), in a small pattern with no letter classes. */
const JOBS_COUNT = /[\d,.][ \t]{1,2}(?:(?:million|thousand)[ \t]{1,2})?(?:jobs|workers|staff|employees|positions|roles)\b/;

/** IT_CUTS_JOBS_AFTER in `after`, tried only where a count of jobs stands in it: the pattern costs some 5 ms to compile
 *  (its Unicode classes), and it is tried after every name followed by " it " in its first 40 characters. */
function itCutsJobsAfter(after: string): boolean {
  return JOBS_COUNT.test(after) && IT_CUTS_JOBS_AFTER().test(after);
}

/** "said it had no plans", "said on Monday that it would not comment", "says it will appeal": a firm's plans or silence. */
const IT_PLANS_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:said|says)[ \t]{1,2}(?:on[ \t]{1,2}\p{Lu}\p{Ll}+day[ \t]{1,2})?(?:that[ \t]{1,2})?it[ \t]{1,2}(?:(?:had|has)[ \t]{1,2}no[ \t]{1,2}(?:plans?|intention)|(?:did|does|would|will|could)[ \t]{1,2}not[ \t]{1,2}comment|(?:had[ \t]{1,2})?declined[ \t]{1,2}to[ \t]{1,2}comment|(?:was|is)[ \t]{1,2}(?:reviewing|studying|considering[ \t]{1,2}(?:its|an?|the)[ \t]{1,2}(?:options|appeal|judgment|ruling))|(?:would|will|planned[ \t]{1,2}to|plans[ \t]{1,2}to|intends[ \t]{1,2}to)[ \t]{1,2}appeal)\b/u);
/** IT_PLANS_AFTER's "said … it" and the verb after it, in a small pattern with no letter classes: tried first (the
 *  pattern's classes cost some 0.4 ms to compile, and most names with " it " after them are no firm's). */
const SAID_IT_VERB = /^[ \t]{1,2}(?:said|says)(?:[ \t][^\n]*?)?[ \t]it[ \t]{1,2}(?:had|has|did|does|would|will|could|was|is|declined|planned|plans|intends)[ \t]/;
/** "Dean Witter, Discover & Co": the rest of a firm's name after a comma, ending in "& Co". */
const CO_AFTER_COMMA = lazyPattern(() => /^,[ \t]{1,2}\p{Lu}[\p{L}'’-]*[ \t]{1,2}&[ \t]{1,2}Co\b/u);
/** "Cherry Garcia is named after …", ", named after": a thing or a place named after a person is none itself. */
const NAMED_AFTER_AFTER = /^(?:[ \t]{1,2}(?:is|was|were|are)|,)[ \t]{1,2}(?:also[ \t]{1,2})?named[ \t]{1,2}after\b/;
/** ", founded", ", set up", ", started": a firm's beginning set off after its name. */
const FOUNDED_AFTER_COMMA = /^,[ \t]{1,2}(?:(?:co-)?founded|set[ \t]up|started|established)\b/;
/** Words that follow a name written with its 's when that is the whole name, not a possessive: "Callow's said". */
const AFTER_SHOP_NAME = wordSet('said says in on was were is has had will would'
  + ' announced reported which where opened closed');

/** "a ", "an ", and a title between or not ("a Dr "): what a brand before its goods is counted with. */
const ARTICLE_AND_TITLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]wo|[Tt]hree|[Oo]ne)[ \t]{1,2}(?:\p{Lu}[\p{L}.]*[ \t]{1,2})?$/u);

/**
 * "a Dr Pepper soda", "a Papa John's pizza", "two Kestrel Farms cookies": a name counted with "a" or a number before
 * a food, a drink, its pack or the place that sells it is the brand's (a person is "a Picasso painting", no soda).
 */
function brandBeforeProduct(text: string, start: number, after: WordAt): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  // (the count's word first, with the title read as any word: the pattern's letter classes cost some 0.4 ms to compile)
  return peopleLexicon().brandedGoods.has(after.word) && /(?:[Aa]n?|[Tt]wo|[Tt]hree|[Oo]ne)[ \t]{1,2}(?:\S+[ \t]{1,2})?$/.test(before) && ARTICLE_AND_TITLE_BEFORE().test(before);
}

/** Whether the name ending with token `t` and opening at `start` is a brand before its goods (brandBeforeProduct). */
export function brandBeforeGoods(text: string, start: number, t: Token): boolean {
  const after = t.possessive ? possessiveWordAfter(text, t) : withStart(text, t.end, wordAfter(text, t.end));
  return after.adjacent && brandBeforeProduct(text, start, after);
}

function withStart(text: string, from: number, w: { word: string; adjacent: boolean }): WordAt {
  if (!w.adjacent) return { word: '', start: from, adjacent: false };
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return { word: w.word, start: i, adjacent: true };
}
