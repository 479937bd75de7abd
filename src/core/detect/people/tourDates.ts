// A tour's dates as music news lists them, a line a show: "March 3 – Denver, CO Pinecrest Hall",
// "12 April – Lyon, Le Cheval Blanc". After the date and its dash the line names a place and a venue, never a
// person, however the venue's words read ("Le Cheval Blanc", "Velora Grange"); an act billed on the line is named
// after "with", "featuring" or "support".
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A line opened by a day (its weekday perhaps, its year perhaps) and a dash before a capitalised word. */
const TOUR_LINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]*)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?`
  + String.raw`(?:${MONTH}[ \t]+${DAY}|${DAY}[ \t]+${MONTH}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,?[ \t]+\d{4})?[ \t]*[–—-][ \t]*(?=\p{Lu})`, 'gmu'));

/** What bills an act on a tour's line: the names after it are performers. */
const BILLED = lazyPattern(() => /(?:^|[^\p{L}])(?:with|w\/|feat\.?|featuring|guests?|support(?:ing|ed by)?|and|plus)(?:[^\p{L}]|$)|[&+]/iu);

/** The stretches of the text after the dash of a tour's line (where at least two lines are such): [start, end) pairs. */
function tourLineRests(text: string): number[] {
  const rests: number[] = [];
  const tourLine = TOUR_LINE();
  tourLine.lastIndex = 0;
  for (let m = tourLine.exec(text); m; m = tourLine.exec(text)) {
    const from = m.index + m[0].length;
    const nl = text.indexOf('\n', from);
    rests.push(from, nl < 0 ? text.length : nl);
  }
  return rests.length >= 4 ? rests : [];
}

/** The mentions without those on a tour's line after its date, which name its place and venue (an act billed with
 *  "with" or "featuring" before it stays). */
export function withoutTourVenues(text: string, mentions: PersonMention[]): PersonMention[] {
  if (mentions.length === 0 || !/[–—-]/.test(text)) return mentions;
  const rests = tourLineRests(text);
  if (rests.length === 0) return mentions;
  return mentions.filter(m => {
    for (let k = 0; k < rests.length; k += 2) {
      if (m.start >= rests[k] && m.end <= rests[k + 1]) return BILLED().test(text.slice(rests[k], m.start));
    }
    return true;
  });
}
