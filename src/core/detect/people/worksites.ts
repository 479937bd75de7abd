// Mines, mills and projects named like people: "the Cole Ridge mine", "The Cole Ridge project", "Harlan Tolland Mine No. 1",
// "Edith Mill". Mining and farm news names its sites after a founder, a family or a landmark and then uses the bare
// name for the site and for the firm that runs it ("Cole Ridge said this week", "Cole Ridge's output"). The article's own
// "the <Name> mine" is the evidence, read once per article after the names are linked: every mention of that name is
// the site's or its operator's, unless the article also treats the name as a person's ("Mr Hill", ", who", an age).
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** What a site named like a person is, right after the name: "mine", "project", "Mill", "smelter". */
const SITE_NOUN = String.raw`(?:mine|mines|mine's|mine’s|project|projects|colliery|pit|mill|mills|smelter|refinery|deposit|orebody|tenements?|pastoral[ \t]lease)`;
/** " mine" after a name, lower case (a site, not the name's own word) or capitalised ("Tolland Mine", "Edith Mill"). */
const SITE_AFTER = lazyPattern(() => new RegExp(String.raw`^[ \t](?:${SITE_NOUN}|Mine|Mines|Mill|Colliery|Smelter|Refinery)(?![\p{L}\p{N}])`, 'u'));
/** SITE_AFTER with only an ASCII letter or figure after it refused: tested first, as its letter classes are dear to compile. */
const SITE_AFTER_SHAPE = new RegExp(String.raw`^[ \t](?:${SITE_NOUN}|Mine|Mines|Mill|Colliery|Smelter|Refinery)(?![A-Za-z0-9])`);
/** The mention itself ends in a site's capitalised noun: "Tolland Mine", "Edith Mill". */
const OWN_SITE_WORD = /[ \t](?:Mine|Mill|Colliery|Smelter|Refinery)$/;
/** A determiner or a possessive right before the name: "the Cole Ridge mine", "its Cole Ridge project", "Acme's …". */
const DETERMINER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|The|its|their|a|an|\p{Lu}[\p{L}]*['’]s)[ \t]$/u);
/** What only a person has beside the name: a polite title before, ", who" or an age after. */
const PERSON_AFTER = /^(?:,[ \t](?:who|whose|\d{1,3},)|[ \t]\(\d{1,3}\))/;

/** Whether the name written at `at` (ending at `end`) names a site: "the Cole Ridge mine", "Harlan Tolland Mine". */
function siteAt(text: string, at: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next !== 32 && next !== 9) return false;
  const after = text.slice(end, end + 24);
  if (!SITE_AFTER_SHAPE.test(after) || !SITE_AFTER().test(after)) return false;
  // (a lower-case noun needs "the" or an owner before: "told Cole Ridge mine workers" may be a person's name beside it)
  return /^[ \t]\p{Lu}/u.test(after) || DETERMINER_BEFORE().test(text.slice(Math.max(0, at - 24), at));
}

/** Whether the article treats the name (its last word `surname`) as a person's anywhere. */
function personSomewhere(text: string, name: string, surname: string): boolean {
  for (const title of ['Mr ', 'Mr. ', 'Mrs ', 'Mrs. ', 'Ms ', 'Ms. ', 'Dr ', 'Dr. ']) {
    if (text.includes(title + surname)) return true;
  }
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (PERSON_AFTER.test(text.slice(at + name.length, at + name.length + 6))) return true;
  }
  return false;
}

/** The mentions without those of a name the article writes as a site's: "the Cole Ridge mine" and then "Cole Ridge said". */
export function withoutWorksites(text: string, mentions: PersonMention[]): PersonMention[] {
  // (the cheap test first: most articles name no mine, mill or project)
  if (!/ (?:mine|Mine|project|Mill|mill|colliery|Colliery|smelter|refinery|deposit|orebody|tenement|pit\b)/.test(text)) return mentions;
  let sites: Set<string> | undefined;
  const checked = new Set<string>();
  for (const m of mentions) {
    const name = m.entity;
    if (checked.has(name) || !name.includes(' ')) continue;
    checked.add(name);
    let site = OWN_SITE_WORD.test(name);
    for (let at = text.indexOf(name); !site && at >= 0; at = text.indexOf(name, at + name.length)) {
      site = siteAt(text, at, at + name.length);
    }
    if (!site) continue;
    const own = OWN_SITE_WORD.exec(name);
    const bare = own ? name.slice(0, own.index) : name;
    if (personSomewhere(text, bare, bare.slice(bare.lastIndexOf(' ') + 1))) continue;
    (sites ??= new Set()).add(name);
  }
  return sites ? mentions.filter(m => !sites!.has(m.entity)) : mentions;
}
