/** Whether a page is written as the countries that put the day before the month write (British, Commonwealth, Irish). */
import { lazyPattern } from '../../text/lazyPattern';

/** A time zone of a country that writes its days first: "11:30am AEST", "12:18 pm IST", "09:00 BST". */
const DAY_FIRST_ZONE = lazyPattern(() => /\b(?:AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST|IST|SAST|PKT)\b/);

/** A title without its stop before a name, as British and Commonwealth style writes it: "Mr Lay", "Dr Okafor". */
const TITLE_WITHOUT_STOP = lazyPattern(() => /\b(?:Mr|Mrs|Dr)[ \t]+\p{Lu}/u);
/** The same title with its stop, as US style writes it: "Mr. Lay". */
const TITLE_WITH_STOP = /\b(?:Mr|Mrs|Dr)\.[ \t]/;

/**
 * "Released 6/09/2023 … rose 0.4 per cent", "Jon Roe, 11/04/2023 … Mr Hale paid …", "10/09/2025 11:30am AEST": a page
 * whose style is that of a country that writes the day before the month ("per cent" in two words, a title without its
 * stop and none with it, a day-first country's time zone) writes its dates in figures day first too. (Asked only of a
 * page with a date in figures that either order could read.)
 */
export function writesInDayFirstStyle(text: string): boolean {
  if (text.includes('per cent')) return true;
  if (DAY_FIRST_ZONE().test(text)) return true;
  return (text.includes('Mr ') || text.includes('Mrs ') || text.includes('Dr ')) && TITLE_WITHOUT_STOP().test(text) && !TITLE_WITH_STOP.test(text);
}
