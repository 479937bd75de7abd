// Words of meeting minutes and agendas that run into a name. An outline letter and the item's first word ("A.
// Approval of the minutes", "None B. Presentations", "B. Announce Millage C. Receive comments") look like an initial
// and a surname, but the word is one of the language and no known name's: no person. Minutes written in title case
// put a capitalised verb after a member's surname ("Commissioner Ardley Reported that the group met"): the verb, a
// word ending in "-ed" before "that", is cut off. "Tem" of "Mayor Pro Tem Ada Vance" is the title's, not a given name.
// Capitals alone with no stops ("Title 25 O S section 307") are a statute's short form, no one's initials, and a
// sitting's name ("REGULAR SESSION") is no one either. Each test reads the mention and a few characters beside it; a
// short form linked to a name dropped here goes with it, and a cut name's short forms are linked to the cut name.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { classifyWord } from './classify';

/** An outline letter with its stop and the capitalised word after it: "A. Approval", "C. Receive". */
const OUTLINE_ITEM = /(?:^|[ \t])[A-Z]\.[ \t]+([A-Z][a-z]+)/g;
/** An agenda item's noun the word lists lack: "Approval", "Presentations", "Acceptance". */
const ITEM_NOUN = /.{3}(?:al|als|ions|ance|ence)$/;
/** A sitting's name ending a run: "REGULAR SESSION", "Special Session", "Joint Sitting" (no surname is "Session"). */
const SITTING = /[ \t](?:session|sitting|SESSION|SITTING|Session|Sitting)$/;
/** Single capitals only, no stops: "O S". */
const LETTERS_ONLY = /^[A-Z](?:[ \t][A-Z])+$/;

export function withoutMinutesWords(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let dropped: Set<string> | undefined;
  let renamed: Map<string, string> | undefined;
  let out: PersonMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let keep: PersonMention | undefined = m;
    if (LETTERS_ONLY.test(m.text) || SITTING.test(m.text) || (m.text.includes('. ') && outlineItem(text, m, lex))) {
      if (m.text === m.entity) (dropped ??= new Set()).add(m.entity);
      keep = undefined;
    } else {
      const cut = verbCut(text, m, lex) ?? proTemCut(text, m);
      if (cut) {
        if (cut.entity !== m.entity) (renamed ??= new Map()).set(m.entity, cut.entity);
        keep = cut;
      }
    }
    if (keep !== m && !out) out = mentions.slice(0, i);
    if (out && keep) out.push(keep);
  }
  if (!out) return mentions;
  return out.filter(m => !dropped?.has(m.entity)).map(m => {
    const entity = renamed?.get(m.entity);
    return entity === undefined ? m : { ...m, entity };
  });
}

/**
 * Some outline letter's word is a word of the language that no list gives as a name ("Approval", "Presentations"),
 * and the letter is shown to be an outline's: the item before it or after it in the alphabet is near ("A. Speakers —
 * None B. Presentations"), or the letter opens its line ("A. Approval of the minutes").
 */
function outlineItem(text: string, m: PersonMention, lex: PeopleLexicon): boolean {
  for (const match of m.text.matchAll(OUTLINE_ITEM)) {
    const w = match[1].toLowerCase();
    const c = classifyWord(w, lex, false);
    if (c !== 'common' && c !== 'org' && !(c === 'unknown' && ITEM_NOUN.test(w))) continue;
    const at = m.start + match.index + match[0].indexOf('.') - 1;
    const code = text.charCodeAt(at);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, at))) return true;
    const neighbour = code === 65 /* A */ ? text.slice(at, at + 400).indexOf('B. ') : text.slice(Math.max(0, at - 400), at).indexOf(String.fromCharCode(code - 1) + '. ');
    if (neighbour >= 0) return true;
  }
  return false;
}

/** "Ardley Reported" before "that": the name without its last word, a word of the language ending in "-ed". */
function verbCut(text: string, m: PersonMention, lex: PeopleLexicon): PersonMention | undefined {
  if (!m.text.endsWith('ed')) return undefined;
  const blank = m.text.lastIndexOf(' ');
  if (blank <= 0 || !/^[ \t]+that\b/.test(text.slice(m.end, m.end + 7))) return undefined;
  const last = m.text.slice(blank + 1);
  const w = last.toLowerCase();
  if (!lex.commonWords.has(w) || lex.surnames.has(w) || lex.givenNames.has(w)) return undefined;
  const entity = m.entity.endsWith(' ' + last) ? m.entity.slice(0, -last.length - 1) : m.entity;
  return { ...m, end: m.start + blank, text: m.text.slice(0, blank), entity };
}

/** "Tem Ada Vance" after "Pro ": the name without "Tem". */
function proTemCut(text: string, m: PersonMention): PersonMention | undefined {
  if (!m.text.startsWith('Tem ') || text.slice(m.start - 4, m.start) !== 'Pro ') return undefined;
  const entity = m.entity.startsWith('Tem ') ? m.entity.slice(4) : m.entity;
  return { ...m, start: m.start + 4, text: m.text.slice(4), entity };
}
