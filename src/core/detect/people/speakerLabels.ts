// Speakers of a broadcast or debate transcript, named in capitals at the head of what they say: "TESSA VARNUM:",
// "SEN. OWEN HADLEY (D), CANDIDATE:", "[09:00:20] DARA QUILL, HOST:", and a Westminster Hansard's members after their
// courtesy title, before their office: "Hon TESSA VARNUM (Minister of Works):", "2. Rt Hon OWEN HADLEY (Leader of the
// Opposition) to the Prime Minister:". Capitals alone name no one (namesInCapitals reads
// them only where the article names the person in ordinary case), but a line that opens with a given name and a
// surname in capitals, perhaps after a title and before a role, and goes on after a colon is a transcript's speaker:
// nothing else is set so. The shorter labels that follow ("VARNUM:") are then read by namesInCapitals.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { namelike, titleCase, withFreeOnes } from './capitals';
import { wordSet } from '../../text/wordList';

/**
 * A label opening its line (after a "[09:00:20]" timecode perhaps): words in capitals (the title, the name), then
 * perhaps "Hon" or "Rt Hon" before them, a party or an office in brackets and, after a comma, a role in capitals ("CNN ANCHOR", "(R) PRESIDENTIAL CANDIDATE",
 * "MEMBER FOR HUNTER"), then the colon. No lower-case letter before the colon. Bounded: 60 characters of name, 100 of
 * role.
 */
const LABEL = lazyPattern(() => /^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?(?:(?:\d{1,3}\.[ \t]+)?(?:Rt\.?[ \t]+)?Hon\.?[ \t]+)?(\p{Lu}[\p{Lu}.'’ \t-]{2,60}?)[ \t]*(?:\([DRI](?:-[\p{Lu}.]{2,6})?\)[ \t]*|\(\p{Lu}[^()\n:]{2,60}\)[ \t]*(?:to the [^\n:]{2,60})?)?(?:,[ \t]*[^\n:\p{Ll}]{2,100})?:/gmu);
/** A word of the label: capitals, an abbreviation's stop perhaps ("SEN.", "PRES."). */
const WORD = /[^ \t]+/g;

/**
 * The speakers `text`'s transcript labels name, added to `found` (sorted by start) where no mention stands there. The
 * name is the label's last two or three words, the first a given name (one that is also a word of the language, as
 * "PENNY" or "BILL", only before a known surname), none a title, role, agency or firm word; a word before it must be a
 * title, a role or an abbreviation ("CHAIRMAN", "ATTORNEY GENERAL", "FMR. VICE PRES."), so that a headline in capitals
 * ending on a name ("… ABOUT DARA QUILL:") names no speaker.
 */
export function withSpeakerLabels(text: string, found: readonly PersonMention[], lex: PeopleLexicon): readonly PersonMention[] {
  // (cheap: a colon after two capitals at a line's start, which most articles never have)
  if (!/^[ \t]*(?:\[[\d:]+\][ \t]*|(?:\d+\. )?(?:Rt )?Hon )?[A-Z][A-Z.'’ \t-]+[A-Z](?:[ \t]*\([A-Z][^)\n]*\)(?: to the [^\n:]*)?)?[,:]/m.test(text)) return found;
  const known = new Map<string, string>();
  // (the person the article names in ordinary case, by given name and surname: "Owen T. Hadley" for "OWEN HADLEY")
  for (const m of found) if (m.entity.includes(' ')) known.set(firstAndLast(m.entity.split(' ')), m.entity);
  const added: PersonMention[] = [];
  for (const label of text.matchAll(LABEL())) {
    const head = label[1];
    const headAt = label.index + label[0].indexOf(head);
    const words = [...head.matchAll(WORD)];
    const name = speakerName(words.map(w => w[0]), lex);
    if (name === 0) continue;
    const first = words[words.length - name];
    const last = words[words.length - 1];
    const start = headAt + first.index;
    const end = headAt + last.index + last[0].length;
    const nameWords = words.slice(words.length - name).map(w => w[0]);
    const written = text.slice(start, end);
    const entity = name === 1 ? surnameKnown(nameWords[0], found) : known.get(firstAndLast(nameWords));
    added.push({ start, end, text: written, entity: entity ?? mcCase(titleCase(nameWords)) });
  }
  return added.length === 0 ? found : withFreeOnes(found, added);
}

/** How many of `words`' last words are the speaker's name (2 or 3, or a surname alone after a title: 1), or 0 where
 *  they read as no name. */
function speakerName(words: readonly string[], lex: PeopleLexicon): number {
  if (surnameAfterTitle(words, lex)) return 1;
  for (const n of [2, 3]) {
    if (words.length < n) break;
    const name = words.slice(words.length - n);
    if (name.some(w => !/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w))) continue;
    const given = name[0].toLowerCase();
    const surname = name[n - 1].toLowerCase();
    if (!lex.givenNames.has(given) || (lex.commonWords.has(given) && !lex.surnames.has(surname))) continue;
    if (!namelike(name, lex)) continue;
    if (words.length > n) {
      const before = words[words.length - n - 1];
      const w = before.toLowerCase().replace(/\.$/, '');
      // (an abbreviation is a title's, "SEN.", "FMR.", not initials: "BY J.J. KENNY K-SHEETS:" names a firm)
      if (!(/^\p{Lu}{2,}\.$/u.test(before) || lex.titles.has(w) || lex.roleNouns.has(w))) continue;
    }
    return n;
  }
  return 0;
}

/** A chamber's officers, whom a title's label names by office, not by name: "MADAM CLERK:", "MR DEPUTY:". */
const OFFICERS = wordSet('clerk deputy doorkeeper usher chamber house senate assembly committee');

/**
 * "SENATOR GOLDEN:", "ACTING PRESIDENT BAILEY:", "MS HALE:": a surname alone after a title (a word the lists hold as one,
 * or its abbreviation: "SEN."), as a chamber's record labels its members, is the speaker; not an office after the title
 * ("MADAM SPEAKER:", "MR PRESIDENT:", "MR CHAIRMAN:") nor a label of a word or two ("THE PRESIDENT:", "QUESTION:").
 */
function surnameAfterTitle(words: readonly string[], lex: PeopleLexicon): boolean {
  if (words.length < 2) return false;
  const name = words[words.length - 1];
  if (!/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(name) || name.length < 3) return false;
  const w = name.toLowerCase();
  if (lex.titles.has(w) || lex.roleNouns.has(w) || OFFICERS.has(w) || lex.places.has(w)) return false;
  const before = words[words.length - 2];
  return lex.titles.has(before.toLowerCase().replace(/\.$/, '')) && !/^(?:THE|A|AN)$/.test(before);
}

/** The article's full name whose surname the label gives alone, where one only has it ("BAILEY" for "Jo Bailey"). */
function surnameKnown(name: string, found: readonly PersonMention[]): string | undefined {
  const w = name.toLowerCase();
  let entity: string | undefined;
  for (const m of found) {
    if (!m.entity.includes(' ') || m.entity.slice(m.entity.lastIndexOf(' ') + 1).toLowerCase() !== w) continue;
    if (entity !== undefined && entity !== m.entity) return undefined;
    entity = m.entity;
  }
  return entity;
}

function firstAndLast(words: readonly string[]): string {
  return (words[0] + ' ' + words[words.length - 1]).toLowerCase();
}

/** "Mccarthy" → "McCarthy": the capital a Scottish or Irish "Mc" name bears after it, which capitals do not show. */
function mcCase(name: string): string {
  return name.replace(/\bMc(\p{Ll})/gu, (_, c: string) => 'Mc' + c.toUpperCase());
}
