// Mentions whose shape no person's name has, as a release writes firms' legal forms, credentials and trade terms:
// "Grupo Lalo, S.A.B. de C.V." (a name never ends on a particle: "S.A.B. de" is a legal form cut before "C.V."),
// "Jo Wunder, R.Ph." (a pharmacist's credential: a capital, a point and a degree's short word), "Hydropower R&D" (a
// capital glued to an ampersand is an initialism's: R&D, P&L, M&A), capitals joined by full stops with no stop after
// the last one ("F.A.I.R", "L.P": a party's or a group's short name, typed in a results table or in brackets after the
// full name; a person's initials are each followed by a stop and come before a surname), a condition's name in capitals
// as a label or a release writes it ("for treatment of Heart Failure", "Cystic Fibrosis": its last word a disease's
// head noun, which no surname is), a word of "All-" before a capital ("All-Ireland", "All-Star": a championship's or
// an honour's, never a person's; the mentions linked to such a name go with it: "Tipperary" of "Tipperary
// All-Ireland"). Each test reads the mention, its name and the character after it only.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { isUpperCode } from './chars';
import { peopleLexicon } from '../lexicon';
import { wordSet } from '../../text/wordList';

/** A particle ending the mention: "… de", "… van", "… von" (a name's particle stands before its surname). */
const PARTICLE_LAST = / (?:de|da|di|do|du|del|della|der|den|van|von|la|le|dos|das|y)$/;
/** A credential after a name: "R.Ph", "D.Min", "M.Ed" (a capital, a point, then a degree's or a licence's short word;
 *  "J.Lo" is a singer's name). */
const CREDENTIAL = /^[A-Z]\.(?:Ph|Min|Ed|Sc|Div|Th|Pharm|Eng|Arch|Mus|Litt|Phil|Des)\.?$/;
/** A last word of one capital: "R" of "Hydropower R&D". */
const ONE_CAPITAL_LAST = lazyPattern(() => /(?:^|[ \t])\p{Lu}$/u);
/** Two or more single capitals, each but the last followed by a full stop. */
const STOPLESS_ACRONYM = lazyPattern(() => /^(?:\p{Lu}\.)+\p{Lu}$/u);

/** A word of small letters closed by one capital: "SpaceX", "FlexA" (a brand's, styled so; a name's inner capital,
 *  "McDonald", "LeCun", opens a part of it and small letters follow). */
/** CAPITAL_CLOSES_WORD without its letter classes (dear to compile): any character past ASCII counts as a capital and
 *  as a small letter here. Tested first. */
const CAPITAL_CLOSES_WORD_SHAPE = /(?:^|[ \t])[A-Z\u0080-\uffff][a-z\u0080-\uffff]{2,}[A-Z\u0080-\uffff](?:$|[ \t])/;
const CAPITAL_CLOSES_WORD = lazyPattern(() => /(?:^|[ \t])\p{Lu}\p{Ll}{2,}\p{Lu}(?:$|[ \t])/u);

/** The head nouns a condition's name ends with: "Heart Failure", "Muscular Dystrophy", "Geographic Atrophy". */
const CONDITION_LAST = wordSet('Failure Atrophy Fibrosis Sclerosis Dystrophy Syndrome Disease Disorder'
  + ' Hypertension Arthritis Carcinoma Lymphoma Leukemia Leukaemia Myeloma Melanoma Nephropathy'
  + ' Neuropathy Degeneration Deficiency');

/** The mentions without those shaped as no person's name is. */
export function withoutNonNameShapes(text: string, mentions: PersonMention[]): PersonMention[] {
  return mentions.filter(m => !nonNameShape(text, m));
}

function nonNameShape(text: string, m: PersonMention): boolean {
  if (PARTICLE_LAST.test(m.text) || CONDITION_LAST.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) return true;
  // ("All-Ireland", its name's first word or a later one; the indexOf first)
  const all = m.entity.indexOf('All-');
  if (all >= 0 && (all === 0 || m.entity.charCodeAt(all - 1) === 32) && isUpperCode(m.entity.charCodeAt(all + 4))) return true;
  // ("FedWatch Tool", "WordPress": a word run together from two of the language's, each capitalised, is a brand's; a
  // name's inner capital opens a part no dictionary holds: "MacKenzie", "DeShawn", "LaToya")
  if (hasCapitalAfterSmall(m.entity) && wordsRunTogether(m.entity)) return true;
  // ("SpaceX": a test of the mention's own letters; a last capital after a small letter is rare)
  if (hasCapitalAfterSmall(m.text) && CAPITAL_CLOSES_WORD_SHAPE.test(m.text) && CAPITAL_CLOSES_WORD().test(m.text)) return true;
  if (m.text.charCodeAt(1) === 46 /* . */) {
    // ("R.Ph" alone, its full stop after it)
    if (m.text.length <= 6 && CREDENTIAL.test(m.text)) return true;
    // ("F.A.I.R" with no stop after it: "J.R." cut before its stop stays)
    if (text.charCodeAt(m.end) !== 46 && STOPLESS_ACRONYM().test(m.text)) return true;
  }
  // ("R" then "&D" glued to it)
  if (text.charCodeAt(m.end) === 38 /* & */ && ONE_CAPITAL_LAST().test(m.text)) return true;
  // a court's papers: "C.A. Nos. 13-537" and "Instructions Nos. 1 and 3" (numbers), "52 L. Ed. 2d 651" (a law report),
  // "a three judge Bench" (the court)
  if (text.charCodeAt(m.end) === 46 /* . */ && (m.text.endsWith(' Nos') || LAW_REPORT_AFTER.test(text.slice(m.end, m.end + 6)))) return true;
  return m.text === 'Bench' && /judges?[ \t]$/i.test(text.slice(Math.max(0, m.start - 7), m.start));
}
/** A law report's series after its name's short form: ". 2d", ". 3d", ". 4th". */
const LAW_REPORT_AFTER = /^\.[ \t]?\d(?:d|th)\b/;

/** Whether the name's first word is two words of the language run together, each capitalised and of three letters or
 *  more ("FedWatch", "WordPress"). */
function wordsRunTogether(name: string): boolean {
  const space = name.indexOf(' ');
  const word = space < 0 ? name : name.slice(0, space);
  for (let i = 3; i <= word.length - 3; i++) {
    const c = word.charCodeAt(i), p = word.charCodeAt(i - 1);
    if (c < 65 || c > 90 || p < 97 || p > 122) continue;
    const common = peopleLexicon().commonWords;
    return common.has(word.slice(0, i).toLowerCase()) && common.has(word.slice(i).toLowerCase());
  }
  return false;
}

/** Whether a capital letter stands right after a small one somewhere in the mention (ASCII: the cheap test first). */
function hasCapitalAfterSmall(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i), p = s.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}
