// "Chairman PTI Imran Khan", "IGP Kunwar retires": a party's or an office's initials written before a name were read as
// the name's first word ("PTI Imran Khan"), a person apart from the "Imran Khan" beside it. Initials are a name's own
// too ("KP Sharma Oli", "AJ Styles"), so only those the article spells out in brackets ("Pakistan Tehreek-e-Insaf
// (PTI)", "Inspector General of Police (IGP)") are cut from the front of a name: they name the party or the office.
import type { PersonMention } from '../spans';

/** Two to six capitals then a space and a capital: the initials opening a mention of a name. */
const INITIALS_FIRST = /^([A-Z]{2,6}) [A-Z]/;

/** The mentions, initials the article defines cut from the front of each (and its entity renamed). */
export function withoutAcronymsBeforeNames(text: string, mentions: PersonMention[]): PersonMention[] {
  let renamed: Map<string, string> | undefined;
  let cut: Set<PersonMention> | undefined;
  for (const m of mentions) {
    // (the cheap test first: a capital pair opening the mention)
    const c = m.text.charCodeAt(1);
    if (c < 65 || c > 90) continue;
    const initials = INITIALS_FIRST.exec(m.text)?.[1];
    if (initials === undefined || !text.includes(`(${initials})`)) continue;
    (cut ??= new Set()).add(m);
    if (m.entity.startsWith(`${initials} `)) (renamed ??= new Map()).set(m.entity, m.entity.slice(initials.length + 1));
  }
  if (cut === undefined) return mentions;
  return mentions.map(m => {
    const entity = renamed?.get(m.entity) ?? m.entity;
    if (!cut!.has(m)) return entity === m.entity ? m : { ...m, entity };
    const start = m.start + m.text.indexOf(' ') + 1;
    return { start, end: m.end, text: text.slice(start, m.end), entity };
  });
}
