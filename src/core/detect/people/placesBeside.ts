// Towns and venues that listings and local reports name the way they name people, told by the address or the venue
// words written right before the name: "12 Mill St. in Prince Alwyn" (a town after an address), "her flat on Kerry
// Road, Hollis Green on May 3" (a town after a street and a comma), "all at the Grinning Goose." (a venue after "at
// the", with nothing after it). Each is evidence of a place (evidence.ts): every mention of that name in the story is
// the place, unless the story shows a person of it. Read only where a cheap test of a character or two passes.
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** A street's noun, written whole or short, as an address ends with it. */
const STREET = '(?:St|Ave|Rd|Blvd|Ln|Hwy|Pkwy|Street|Avenue|Road|Boulevard|Drive|Lane|Highway|Parkway|Pike|Way|Court|Place|Close|Crescent|Terrace)\\.?';

/** "12 Mill St. in ", "40 Dune Road in Prince ": an address, then "in" and the town (perhaps opened by a title's word). */
const ADDRESS_THEN_IN = lazyPattern(() => new RegExp(`(?:^|[^\\p{L}])${STREET},?[ \\t]+in[ \\t]+(?:\\p{Lu}\\p{Ll}+[ \\t]+)?$`, 'u'));

/**
 * Before ", ": a street ("Kerry Road, "), a university ("Delta State University, ", a campus's town), or "in" and a
 * place's name ("a burglary in Ashby, "), with the word before "in" kept to tell a role ("candidate in Ashby, Jo Dunn").
 */
const PLACE_THEN_COMMA = lazyPattern(() => new RegExp(`(?:^|[^\\p{L}])(?:${STREET}|University|(\\p{Ll}+)[ \\t]+in[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}),[ \\t]$`, 'u'));

// ADDRESS_THEN_IN and PLACE_THEN_COMMA as they end, without letter classes (a capital is A-Z or any character past
// ASCII): tried first, as each pattern's letter classes cost 0.4-0.8 ms to compile and few names stand after either.
const STREET_THEN_IN = new RegExp(`${STREET},?[ \\t]+in[ \\t]+(?:\\S+[ \\t]+)?$`);
const PLACE_COMMA_END = new RegExp(`(?:${STREET}|University),[ \\t]$|[ \\t]in[ \\t]+(?:[A-Z]|[^\\x00-\\x7f])[^\\s,]*(?:[ \\t]+[^\\s,]+){0,2},[ \\t]$`);

/** What ends a town written after another place: the sentence, the line, or the day it happened ("on May 3"). */
const TOWN_ENDS = /^(?:[.;:](?:\s|$)|\r?\n|,?[ \t]+on[ \t])/;

/** A street's noun written whole, last in the name. */
const STREET_LAST = /[ \t](?:Street|Avenue|Road|Boulevard|Drive)$/;

/**
 * "Elm Avenue and ", "the corner of ": what stands before a street's name (a title's word may open it); not "between",
 * which people stand after too ("a race between Picabo Street and …").
 */
const STREET_BESIDE = lazyPattern(() => new RegExp(`(?:^|[^\\p{L}])(?:${STREET}[ \\t]+(?:and|or)|corner[ \\t]+of|intersection[ \\t]+of)[ \\t]+(?:\\p{Lu}\\p{Ll}+[ \\t]+)?$`, 'u'));

/** "the 800 block of ", "the 1200 blk. of ": a street's name follows. */
const BLOCK_OF = /\d[ \t]+(?:block|blk\.?)[ \t]+of[ \t]$/;

/** "at the ": a venue's name follows; a person's name is never written so. */
const AT_THE = /(?:^|[^A-Za-z])at[ \t]+the[ \t]$/;

/** What ends a venue's name alone after "at the": a comma, the sentence, the line, or "in"/"on" and where or when. */
const VENUE_ENDS = /^(?:[,;:)]|[.](?:\s|$)|\r?\n|[ \t]+(?:in|on)[ \t])/;

/**
 * Whether the words right before the name at `start`..`end` (not a possessive: the caller's test) show a town or a
 * venue. `lowerBefore` is the word right before, lower-cased.
 */
export function placeBeside(text: string, start: number, end: number, lowerBefore: string, lex: PeopleLexicon): boolean {
  // "in the 800 block of N. Alder": a street, as police logs write an address
  if (lowerBefore === 'of') return BLOCK_OF.test(text.slice(Math.max(0, start - 20), start));
  // "between Elm Avenue and Queen Ada Street": a street's name, beside another street or a junction's words
  const e = text.charCodeAt(end - 1);
  if ((e === 116 || e === 101 || e === 100) && STREET_LAST.test(text.slice(Math.max(0, end - 9), end))
    && STREET_BESIDE().test(text.slice(Math.max(0, start - 40), start))) return true;
  // "at the Grinning Goose,": a venue, with nothing after it that a name could open ("at the Ada Lowe Hall" is the hall)
  if (lowerBefore === 'the') return AT_THE.test(text.slice(Math.max(0, start - 8), start)) && VENUE_ENDS.test(text.slice(end, end + 4));
  // "Mill St. in Prince Alwyn": an address, then the town it is in
  if (text.slice(Math.max(0, start - 16), start).includes(' in ')) {
    const addressBefore = text.slice(Math.max(0, start - 40), start);
    if (STREET_THEN_IN.test(addressBefore) && ADDRESS_THEN_IN().test(addressBefore)) return true;
  }
  // "Kerry Road, Hollis Green on May 3", "in Ashby, Hollis Green.": a town after a street or a place and a comma, ending
  // the sentence or before its day (a person in apposition is named after a role: "the candidate in Ashby, Jo Dunn.")
  if (text.charCodeAt(start - 2) !== 44 /* , */ || !TOWN_ENDS.test(text.slice(end, end + 5))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const m = PLACE_COMMA_END.test(before) ? PLACE_THEN_COMMA().exec(before) : null;
  return m !== null && !(m[1] !== undefined && (lex.roleNouns.has(m[1]) || lex.titles.has(m[1])));
}
