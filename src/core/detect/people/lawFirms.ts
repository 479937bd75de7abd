// Law firms and other partnerships named after their founders ("Marston Quill", "Harwell Brandt Coombs"), told from a
// person of that name by what legal and business news writes around a firm only: who is a partner or a lawyer at it,
// who joins from it or was formerly with it, "the … law firm", the plural trade before it ("solicitors, Bramble Hart",
// "class action specialists Orrin Vale"), a firm joined to it by "and" that has an ampersand ("Vale Coombs and Tarrant
// & Lowe paid"), and a plural verb after it opening a sentence ("Marston Quill have opened …", British style for a
// firm; a person "has"). Each test reads a few characters next to the name, a cheap character test first.
import { lazyPattern } from '../../text/lazyPattern';

/** "senior partner of ", "a partner at ", "lawyers at ", "formerly with ", "joins from ": the words before a firm. */
const MEMBER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:(?:senior|managing|founding|equity)[ \t]partner[ \t]of|(?:partners?|associates?|lawyers?|attorneys?|solicitors?|barristers?|counsel)[ \t]at|formerly[ \t](?:with|of|at)|(?:joins|joined|joining|hired|poached|recruited|departures|defected)[ \t]from)[ \t]$/u);
/** The plural of a trade that only a firm is, perhaps with a comma, right before the name. */
const TRADE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:solicitors|specialists|accountants|auditors),?[ \t]$/u);
/** What follows the name when it is a firm: "… law firm", "… and Tarrant & Lowe", "… have", "… are". */
const LAW_FIRM_AFTER = /^[ \t]law[ \t](?:firm|firms|office|offices|practice)\b/;
const AMPERSAND_FIRM_AFTER = lazyPattern(() => /^[ \t]and[ \t]\p{Lu}[\p{L}'’-]*[ \t]&[ \t]\p{Lu}/u);
const PLURAL_VERB_AFTER = /^[ \t](?:have|are)[ \t]/;
/** The end of a sentence or a line, before a name that opens the next (no title's or initial's stop: "Dr. King have"
 *  is the end of "streets named after Dr. King have been …"). */
const SENTENCE_BEFORE = /(?:^|(?<!\b[A-Z][a-z]{0,3})[.!?]["”’]?[ \t]{1,2}|\n[ \t]*)$/;

/** Whether the words right before a name (starting at `start`) or right after it (ending at `end`) make it a firm. */
export function lawFirmAround(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c === 32 || c === 9) {
    const before = text.slice(Math.max(0, start - 40), start);
    const last = before.charCodeAt(before.length - 2);
    // (what each pattern ends with, tested first: "of", "at", "with", "from", a plural's "s" or a comma)
    if ((last === 102 /* f */ || last === 116 /* t */ || last === 104 /* h */ || last === 109 /* m */) && MEMBER_BEFORE().test(before)) return true;
    // (not a list of people in that trade: "specialists Ann Marsh of Lenton and Zac Orr", "solicitors Ann Marsh, Zac Orr")
    if ((last === 115 /* s */ || last === 44 /* , */) && TRADE_BEFORE().test(before) && !/^[ \t](?:and|&|of)[ \t]/.test(text.slice(end, end + 5))
      && (last === 44 || text.charCodeAt(end) !== 44)) return true;
  }
  const next = text.charCodeAt(end);
  if (next !== 32 && next !== 9) return false;
  const tail = text.slice(end, end + 40);
  if (tail.startsWith(' law ') && LAW_FIRM_AFTER.test(tail)) return true;
  if (tail.startsWith(' and ') && tail.includes('&') && AMPERSAND_FIRM_AFTER().test(tail)) return true;
  return (tail.startsWith(' have ') || tail.startsWith(' are ')) && PLURAL_VERB_AFTER.test(tail) && SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
