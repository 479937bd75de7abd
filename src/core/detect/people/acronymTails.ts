// "the 2014 General Rate Case (GRC)", "the Partido Federal ng Pilipinas (PFP)", "activists of the Pakistan Awami Tehrik
// (PAT)": the name's words end a longer phrase whose initials the article spells in brackets after it. The capitalised
// words before the name ("General", "Partido Federal", "Pakistan") give the acronym's first letters, so the name is the
// tail of a body's, a case's or a programme's name, not a person's. A person's own initials in brackets ("Dana Roe
// (DR):" in an interview, a president known by his) are the name's letters alone, and stay.
import type { PersonMention } from '../spans';
import { isUpperCode } from './chars';

/** Small words a phrase's initials leave out: "Secretary of State", "Partido Federal ng Pilipinas". */
const LINK_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'del', 'la', 'ng', 'y', 'e', '&']);

/** Whether `acronym` spells the initials of the words before `m` and of its own, with at least one letter from before. */
function spellsLongerPhrase(text: string, m: PersonMention, acronym: string): boolean {
  let own = '';
  for (const word of m.text.split(' ')) if (word !== '' && isUpperCode(word.charCodeAt(0))) own += word.charAt(0);
  if (own.length >= acronym.length || !acronym.endsWith(own)) return false;
  let need = acronym.length - own.length;
  // the words before the name on its line, back to the phrase's first (at most ~10 words)
  const before = text.slice(Math.max(0, m.start - 100), m.start).split(/[ \t]+/);
  for (let k = before.length - 1; k >= 0 && need > 0; k--) {
    const word = before[k];
    if (word === '') continue;
    if (LINK_WORDS.has(word)) continue;
    if (word.charAt(0) !== acronym.charAt(need - 1) || !/^[^\s,.;:!?()"“”]+$/.test(word)) return false;
    need--;
  }
  return need === 0;
}

/** The mentions, less each name (every mention of its entity) that ends a phrase spelled by the acronym after it. */
export function withoutAcronymTails(text: string, mentions: PersonMention[]): PersonMention[] {
  let things: Set<string> | undefined;
  for (const m of mentions) {
    // (the cheap test first: a bracket and a capital right after the name, or after one space)
    let at = m.end;
    if (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) !== 40 /* ( */) continue;
    const c = text.charCodeAt(at + 1);
    if (c < 65 || c > 90) continue;
    const close = text.indexOf(')', at);
    if (close < 0 || close - at > 8) continue;
    const acronym = text.slice(at + 1, close);
    if (/^[A-Z]{2,7}$/.test(acronym) && spellsLongerPhrase(text, m, acronym)) (things ??= new Set()).add(m.entity);
  }
  return things === undefined ? mentions : mentions.filter(m => !things!.has(m.entity));
}
