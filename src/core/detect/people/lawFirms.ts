// Law firms and other partnerships named after their founders ("Marston Quill", "Harwell Brandt Coombs"), told from a
// person of that name by what legal and business news writes around a firm only: who is a partner or a lawyer at it,
// who joins from it or was formerly with it, "the … law firm", the plural trade before it ("solicitors, Bramble Hart",
// "class action specialists Orrin Vale"), a firm joined to it by "and" that has an ampersand ("Vale Coombs and Tarrant
// & Lowe paid"), and a plural verb after it opening a sentence ("Marston Quill have opened …", British style for a
// firm; a person "has"). Each test reads the words next to the name by string search, no pattern scanned backwards:
// "of", "at", "with" and "from" stand before names thousands of times a megabyte.
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** Who works at a firm: "a partner at ", "lawyers at ". */
const MEMBERS_AT = wordSet('partner partners associate associates lawyer lawyers attorney attorneys'
  + ' solicitor solicitors barrister barristers counsel');
/** Who moves from a firm: "joins from ", "departures from ". */
const MOVED_FROM = wordSet('joins joined joining hired poached recruited departures defected');
/** A partner's rank before "partner of ". */
const PARTNER_RANKS = wordSet('senior managing founding equity');
/** A trade that only a firm is, in the plural right before its name ("solicitors, Bramble Hart"). */
const TRADES = wordSet('solicitors specialists accountants auditors');
const AMPERSAND_FIRM_AFTER = lazyPattern(() => /^[ \t]and[ \t]\p{Lu}[\p{L}'’-]*[ \t]&[ \t]\p{Lu}/u);
/** The end of a sentence or a line, before a name that opens the next (no title's or initial's stop: "Dr. King have"
 *  is the end of "streets named after Dr. King have been …"). */
const SENTENCE_BEFORE = /(?:^|(?<!\b[A-Z][a-z]{0,3})[.!?]["”’]?[ \t]{1,2}|\n[ \t]*)$/;

/** A comma, a blank and a small letter: the sentence goes on after the name, no second name is listed. */
const CLAUSE_GOES_ON = /^,[ \t][a-z]/;

/** Whether a capital letter opens the word at `start`. */
function capitalisedWordAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90;
}

/** The word that ends right before `end` (a blank there), lower case, and where it starts. */
function wordEndingAt(text: string, end: number): { word: string; start: number } {
  const start = text.lastIndexOf(' ', end - 1) + 1;
  return { word: text.slice(start, end).toLowerCase(), start };
}

/** Whether the words right before a name (starting at `start`) or right after it (ending at `end`) make it a firm. */
export function lawFirmAround(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 32 && start > 3) {
    let link = wordEndingAt(text, start - 1);
    // ("specialists Bell Marlow Tenby": a firm's first word of the language, which the name's reading left before it)
    if (link.start > 1 && capitalisedWordAt(text, link.start) && TRADES.has(wordEndingAt(text, link.start - 1).word)) link = wordEndingAt(text, link.start - 1);
    const w = link.word;
    if (w === 'of' || w === 'at' || w === 'with' || w === 'from') {
      const noun = link.start > 1 ? wordEndingAt(text, link.start - 1) : { word: '', start: 0 };
      if (noun.word === 'formerly' || (w === 'at' && MEMBERS_AT.has(noun.word)) || (w === 'from' && MOVED_FROM.has(noun.word))) return true;
      if (w === 'of' && noun.word === 'partner' && noun.start > 1 && PARTNER_RANKS.has(wordEndingAt(text, noun.start - 1).word)) return true;
    } else if (TRADES.has(w.endsWith(',') ? w.slice(0, -1) : w)
      // (not a list of people in that trade: "specialists Ann Marsh of Lenton and Zac Orr", "solicitors Ann Marsh, Zac Orr")
      && !text.startsWith(' and ', end) && !text.startsWith(' & ', end) && !text.startsWith(' of ', end)
      // ("specialists Bramble Hart, said": a comma that closes the firm's apposition, no second name after it)
      && (w.endsWith(',') || text.charCodeAt(end) !== 44 || CLAUSE_GOES_ON.test(text.slice(end, end + 3)))) return true;
  }
  if (text.charCodeAt(end) !== 32) return false;
  if (text.startsWith(' law firm', end) || text.startsWith(' law office', end) || text.startsWith(' law practice', end)) return true;
  if (text.startsWith(' and ', end)) {
    const tail = text.slice(end, end + 40);
    if (tail.includes('&') && AMPERSAND_FIRM_AFTER().test(tail)) return true;
  }
  return (text.startsWith(' have ', end) || text.startsWith(' are ', end)) && SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
