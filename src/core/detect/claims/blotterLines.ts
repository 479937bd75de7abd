// A police blotter's entries, each opened by its time (and perhaps its day) and a dash, and placed by a block's
// number: "2:40 p.m. — A woman from the 1200 block of Elm Road reported a man stole her phone.", "Monday, June 8,
// 8:15pm — 700 block of West Ash, report of suspicious subjects." A log of calls as they came in, no claim an editor
// checks; the claim model scored them 0.69–0.90 for their figures and "reported". A live page's post under its time
// ("6:33 p.m. — Reyes is projected to win the state") names no block, and is left alone.

const MAX_LENGTH = 240;
const ENTRY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:[a-z]{3,9}\.? \d{1,2},? )?\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?,? [—–-] .{0,80}?\b\d{1,6} block of\b/i;

/** Is the unit a police blotter's entry (see above)? */
export function isBlotterEntry(unit: string): boolean {
  return unit.length <= MAX_LENGTH && unit.includes(' block of') && ENTRY.test(unit);
}
