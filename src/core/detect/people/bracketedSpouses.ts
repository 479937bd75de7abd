// Obituaries list the children with their spouses' given names in brackets: "survived by daughters Tessa (Owen) Marlow
// and Ina (Carl) Penrose". The bracket holds no nickname there ("William (Bill) Carrow" is one man) but another person,
// the spouse: Tessa Marlow is the daughter, and a bare "Owen" later is not she (nor surely the spouse: obituaries name
// grandchildren by given name too). Two such names in one kinship list say so; a lone bracket stays a nickname.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { KIN, KIN_ALONE } from './kinNamed';
import { withEntitiesRenamed } from './renamedEntities';

/** A name with a given name in brackets before its surname: "Tessa (Owen) Marlow". */
const BRACKETED = lazyPattern(() => /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*) \((\p{Lu}\p{Ll}+)\) (\p{Lu}[\p{L}'’-]+)$/u);
/** Another such name: a capitalised word, a given name in brackets, a capitalised word. */
const ANOTHER = lazyPattern(() => /\p{Lu}\p{Ll}+ \(\p{Lu}\p{Ll}+\) \p{Lu}/gu);
/** A given name and a spouse's in brackets right before a surname: "Ina (Carl) ". */
const GIVEN_AND_SPOUSE_BEFORE = lazyPattern(() => /\p{Lu}\p{Ll}+ \(\p{Lu}\p{Ll}+\) $/u);
/** GIVEN_AND_SPOUSE_BEFORE without its letter classes: a capital is an ASCII capital or any character past ASCII, a
 *  small letter a small ASCII letter or any character past ASCII. */
const GIVEN_AND_SPOUSE_SHAPE = /[A-Z\u0080-\uffff][a-z\u0080-\uffff]+ \([A-Z\u0080-\uffff][a-z\u0080-\uffff]+\) $/;
/** A kinship noun in the list before the name ("daughters", "parents of", "grandson"). */
const KIN_WORD = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}-])${KIN}(?![\p{L}-])`, 'iu'));

/**
 * Each mention "Tessa (Owen) Marlow" in a kinship list (a kinship noun before it since the sentence began) that holds
 * another name with a given name in brackets is Tessa Marlow, and a bare "Owen" linked to it is one Owen, not she.
 */
export function spousesInBrackets(text: string, mentions: PersonMention[]): PersonMention[] {
  let renamed: Map<string, string> | undefined;
  const spouses = new Map<string, string>();
  const read = mentions.slice();
  for (let k = 0; k < read.length; k++) {
    let m = read[k];
    if (m.text.indexOf(' (') < 0) {
      // ("… and Ina (Carl) Penrose": a bare surname the name before it was not joined to, its given names unknown words)
      if (m.text.indexOf(' ') >= 0 || text.charCodeAt(m.start - 2) !== 41 /* ) */) continue;
      const lead = text.slice(Math.max(0, m.start - 40), m.start);
      // (the pattern's shape tested first: its letter classes are dear to compile)
      const before = GIVEN_AND_SPOUSE_SHAPE.test(lead) ? GIVEN_AND_SPOUSE_BEFORE().exec(lead) : null;
      if (!before || (k > 0 && read[k - 1].end > m.start - before[0].length)) continue;
      m = { start: m.start - before[0].length, end: m.end, text: before[0] + m.text, entity: before[0] + m.text };
    } else if (m.entity !== m.text) continue;
    const parts = BRACKETED().exec(m.text);
    if (!parts) continue;
    // (the list: from the sentence's start, or 300 characters back, to the end of its line or sentence)
    const from = Math.max(0, text.lastIndexOf('. ', m.start), text.lastIndexOf('\n', m.start - 1), m.start - 300);
    const stop = text.slice(m.end).search(/\.\s|\n/);
    const to = stop < 0 ? text.length : m.end + stop;
    const list = text.slice(from, to);
    const listBefore = text.slice(from, m.start);
    // (two brackets at least, as two matches of ANOTHER hold, and a kinship noun in small letters, tested before the
    // patterns: their letter classes are dear to compile, and most lists of one bracket hold a nickname)
    if (list.indexOf(' (', list.indexOf(' (') + 2) < 0 || !KIN_ALONE.test(listBefore.toLowerCase())) continue;
    if (!KIN_WORD().test(listBefore) || (list.match(ANOTHER()) ?? []).length < 2) continue;
    const entity = parts[1] + ' ' + parts[3];
    if (m !== read[k]) { read[k] = { ...m, entity }; continue; }
    (renamed ??= new Map()).set(m.entity, entity);
    spouses.set(m.entity, parts[2]);
  }
  if (!renamed) return read;
  return withEntitiesRenamed(read.map(m => {
    const spouse = spouses.get(m.entity);
    return spouse !== undefined && m.text === spouse ? { ...m, entity: spouse } : m;
  }), renamed);
}
