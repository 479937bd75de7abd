// A holiday named without its year in a story that writes the same holiday with one ("crews worked through New Year's
// Eve … the outage began on New Year's Eve 2014"): the story tells of one such day, the one it dated, not the one
// nearest the article's date. Only where the story dates the holiday to a single day, and not where the bare name is
// told as another one ("this Christmas", "next Easter", "last New Year's Eve").
import type { DateMention } from '../spans';
import { formatDay } from './calendar';
import { HOLIDAYS, movableDay } from './holidays';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The year written after the holiday's name: "New Year's Eve 2014", "Easter, 2011". */
const YEAR_AFTER = /^,?\s*\d{4}$/;
/** A word that places the bare holiday itself: "this Christmas", "next Easter". */
const PLACED_BEFORE = /\b(?:this|next|last|every|each)\s+$/i;

/**
 * A holiday's weekend, break, season or party (or a storm or a disaster named by it: "the Labor Day hurricane in 1935"),
 * then "in" or "of" and a year: " weekend in 2006", " holidays of 2011",
 * " party back in 2009" (or the year right after "in": "on Christmas Day in 2009").
 */
const YEAR_OF_BREAK = /^\s+(?:(?:weekend|holidays?|break|season|period|party|parade|celebrations?|hurricane|storm|blizzard|floods?|fire|tornado|(?:earth)?quake)\s+)?(?:back\s+)?(?:in|of)\s+(\d{4})\b(?![-–/]\d)/i;

/** The day of the holiday named `name` in `year`, by the table of holidays; undefined for one it does not resolve. */
function dayIn(name: string, year: number): string | undefined {
  const words = name.replace(/[’‘]/g, "'").replace(/'/g, " ' ").toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  const holiday = HOLIDAYS.find(h => h.words.join(' ') === words);
  if (!holiday) return undefined;
  const movable = movableDay(holiday, year);
  if (movable) return formatDay(movable);
  return holiday.month !== undefined && holiday.day !== undefined ? formatDay({ year, month: holiday.month, day: holiday.day }) : undefined;
}

const key = (s: string): string => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

/** Gives each bare capitalised day name (no figure in it) the day its dated namesake in the same text has. */
export function holidaysOfTheYearWritten(text: string, mentions: DateMention[]): void {
  // (most stories write no capitalised day name with a year: skip them after one cheap look)
  const dated = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.value || !DAY.test(m.value) || !/^\p{Lu}/u.test(m.text)) continue;
    const year = /,?\s*\d{4}$/.exec(m.text);
    if (!year || !YEAR_AFTER.test(year[0])) continue;
    const name = m.text.slice(0, year.index);
    if (/\d/.test(name) || !/\p{L}{3}/u.test(name)) continue;
    const k = key(name), seen = dated.get(k);
    dated.set(k, seen === undefined || seen === m.value ? m.value : null);
  }
  for (const m of mentions) {
    // "over a four-day Christmas weekend in 2006", "the Easter holidays of 2011", "at a Fourth of July party back in
    // 2009": the year written after the holiday's weekend, break or party is the holiday's
    if (!m.value || !DAY.test(m.value) || /\d/.test(m.text)) continue;
    const year = YEAR_OF_BREAK.exec(text.slice(m.end, m.end + 32));
    const day = year && dayIn(m.text, +year[1]);
    if (day && !PLACED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) m.value = day;
  }
  if (dated.size === 0) return;
  for (const m of mentions) {
    if (!m.value || !DAY.test(m.value) || /\d/.test(m.text)) continue;
    const day = dated.get(key(m.text));
    if (!day || day === m.value || PLACED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
    m.value = day;
  }
}
