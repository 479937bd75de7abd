/** What a charity's page and a grants roundup set round their story that states nothing to check: see isAppealFurniture. */
// An appeal page's counters ("Funded 656,263 KD", "Donations: 30611", "Raised: £1,200"), a roundup's heading of a
// giver, its town and its sum ("Harwell Family Foundation, Easton, CA | $60,000"), a paper's note on who funds it
// ("(The Orme Trust is a financial supporter of the Ledger.)") and a press release's source line ("The press release
// issued by the Charity Regulator on 3 July 2030."). The claim model scored them 0.58-0.90 for their figures and dates;
// the story's own sentences say what was given, raised or found, and are left to it.
import { lazyPattern } from '../../text/lazyPattern';
import { wordList } from '../../text/wordList';

/** Longest unit looked at: these lines are short. */
const MAX_LENGTH = 200;

/** A counter: a giving word, a colon or none, and a figure with its currency, alone ("Funded 656,263 KD", "Donors: 311"). */
const COUNTER = lazyPattern(() => /^(?:funded|raised|donations|donors|donated|goal|target|supporters)(?::\s*|\s+)(?:[$£€¥]\s?)?\d[\d,.]*(?:\s*(?:[A-Z]{2,3}|k|m|bn|million|billion))?(?:\s+(?:of|from)\s+(?:[$£€¥]\s?)?\d[\d,.]*(?:\s*(?:[A-Z]{2,3}|k|m|bn|million|billion))?)?\.?$/i);

/** A roundup's heading: a name and a town, a bar and a sum alone after it ("…, Easton, CA | $1 Million"). */
const NAME_BAR_SUM = lazyPattern(() => /^[^|\n]{3,120}\|\s*(?:(?:up to|about|over)\s+)?[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn|k))?\s*$/i);

/** Who funds the paper, in brackets: "(The Orme Trust is a financial supporter of the Ledger.)". */
const FUNDER_NOTE = lazyPattern(() => /^\((?:the\s+)?[^()]{2,160}\s(?:is|are)\s(?:a\s|an\s)?(?:financial\s|major\s|founding\s)?(?:supporters?|funders?|sponsors?|donors?|underwriters?)\s(?:of|to)\s[^()]{2,100}?\.?\)$/i);

/** A press release's source line: "The press release issued by the Charity Regulator on 3 July 2030." */
const SOURCE_LINE = lazyPattern(() => /^the\s(?:press release|news release|statement|speech|letter|written statement)\s(?:was\s)?(?:issued|published|released|made|given|delivered)\sby\s[^.!?]{2,120}\son\s[^.!?]{3,30}\.?$/i);

/** What every FUNDER_NOTE and every SOURCE_LINE holds, lower case. */
const FUNDER_NOUNS = wordList('supporter funder sponsor donor underwriter');
const SOURCE_NOUNS = wordList('release statement speech letter');
const holdsAny = (lower: string, words: readonly string[]): boolean => words.some(word => lower.includes(word));

/** Is the unit an appeal's counter, a roundup's heading, a funder's note or a release's source line? */
export function isAppealFurniture(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const first = unit.charCodeAt(0);
  // (the funder's note and the source line only where their closing bracket and nouns stand: most bracketed units and
  // sentences opening with "The" are neither, and each case-blind pattern costs some 0.3 ms to compile)
  if (first === 40 /* ( */) return unit.endsWith(')') && holdsAny(unit.toLowerCase(), FUNDER_NOUNS) && FUNDER_NOTE().test(unit);
  if (unit.includes('|')) return NAME_BAR_SUM().test(unit);
  if (first === 84 /* T */ || first === 116) return unit.includes(' by ') && holdsAny(unit.toLowerCase(), SOURCE_NOUNS) && SOURCE_LINE().test(unit);
  return /^(?:funded|raised|donations|donors|donated|goal|target|supporters)\b/i.test(unit) && COUNTER().test(unit);
}
