// An award or its category written like a name: "the Best Actor Oscar", "took Best Original Song", "scooped a Globe
// last night". What stands before it names a prize, so it is no person, whatever its words are.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** "Best" and the capitalised words of a category right before the mention ("Best Supporting Actress "). */
const CATEGORY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])Best(?:[ \t]+\p{Lu}[\p{L}&'’-]*){0,4}[ \t]+$/u);
/** The last word of a category read as a name after "Best" ("Best Original Song"); a name of two words or more that
 *  ends otherwise is a winner's after the category ("Best Actor Cillian Marsh"). */
const CATEGORY_NOUN_LAST = /[ \t](?:Song|Score|Picture|Film|Actor|Actress|Director|Screenplay|Documentary|Feature|Album|Record|Performance|Series|Drama|Comedy|Musical|Play|Revival|Design|Cinematography|Editing|Effects|Makeup|Hairstyling|Costume|Sound|Animation|Short|Newcomer|Artist|Single|Video)$/;
/** A verb of winning. */
const WON = String.raw`(?:won|win|wins|winning|earned|earns|took|takes|bagged|scooped|received|receives|collected|nabbed|landed|claimed)`;
/** A verb of winning and a count or an article right before a one-word mention ("won a ", "scooped two "). */
const WON_BEFORE = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}])${WON}[ \t]+(?:a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+$`, 'iu'));
/** WON_BEFORE in small letters, without letter classes: tried on the text lower-cased first, as WON_BEFORE's case-blind
 *  letter classes cost some 0.5 ms to compile ("ſ" is the one character its flags fold to a letter of it that
 *  lower-casing leaves). */
const WON_COUNT_END = new RegExp(String.raw`${WON}[ \t]+(?:a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+$|ſ`);
/** Whether the text says "Best " or a verb of winning at all: most stories do not, and are done with at once. */
const SPEAKS_OF_WINNING = new RegExp(String.raw`\b${WON} `, 'i');

/** The mentions without the prizes and categories read as names, and without the short forms linked to a category
 *  whose every full writing is one ("Best Pop Vocal Album" … "wins Album of the Year": no "Album" of a "Vocal Album"). */
export function withoutAwards(text: string, mentions: PersonMention[]): PersonMention[] {
  // ("the Club Photo of the Year": a name right before " of the Year" is an award's, as no person is so written)
  const ofTheYear = text.includes(' of the Year');
  if (!ofTheYear && !text.includes('Best ') && !SPEAKS_OF_WINNING.test(text)) return mentions;
  let categories: Map<string, boolean> | undefined;
  const kept = mentions.filter(m => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const oneWord = !m.text.includes(' ');
    // ("Best" looked for first: the pattern's letter classes are dear to compile, and most articles name no award)
    const category = (before.includes('Best') && CATEGORY_BEFORE().test(before) && (oneWord || CATEGORY_NOUN_LAST.test(m.text)))
      || (ofTheYear && text.startsWith(' of the Year', m.end));
    // (whether each full writing of the entity is a category: false once one is not)
    if (m.text === m.entity && !oneWord) (categories ??= new Map()).set(m.entity, category && categories.get(m.entity) !== false);
    if (category) return false;
    if (!oneWord) return true;
    const tail = before.slice(-24);
    return !(WON_COUNT_END.test(tail.toLowerCase()) && WON_BEFORE().test(tail));
  });
  return categories === undefined ? kept : kept.filter(m => categories!.get(m.entity) !== true);
}
