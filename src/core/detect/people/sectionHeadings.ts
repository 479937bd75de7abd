// A section's heading alone on its line, read as a byline: "Life Sciences", "Video Transcript", "Reset Password".
// A line of two capitalised words alone is a byline's shape ("Dana Orrell"), so it made a person of any two words no
// list knows; a heading's last word is a thing's: a noun in the plural or a word of the page's furniture.
import type { Token } from './tokenize';
import type { NamePart, WordClass } from './classify';
import { ENGLISH_PLURAL } from './personhood';
import { isByline } from './credits';
import { wordSet } from '../../text/wordList';

/** Last words of a page's headings and controls, never a surname: "Video Transcript", "Site Logo", "World Today". */
const FURNITURE_NOUNS = wordSet('transcript transcripts password logo menu newsletter newsletters'
  + ' podcast podcasts video videos gallery galleries today login signup homepage sitemap'
  + ' weather highlights updates overview summary archive archives feed comments search');

/**
 * Whether a run of two words no list knows is a heading alone on its line (no "By" before it): the last word a noun in
 * the plural ("Economic Indicators"; "Jones", "Roberts" are surnames the lists hold) or a word of the page's furniture.
 */
export function sectionHeading(text: string, tokens: readonly Token[], classes: readonly WordClass[], part: NamePart): boolean {
  if (part.last !== part.first + 1 || classes[part.first] !== 'unknown' || classes[part.last] !== 'unknown') return false;
  const last = tokens[part.last];
  if (last.possessive || (!ENGLISH_PLURAL.test(last.lower) && !FURNITURE_NOUNS.has(last.lower))) return false;
  const first = tokens[part.first];
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  return text.slice(lineStart, first.start).trim() === '' && isByline(text, first.start, last.end);
}
