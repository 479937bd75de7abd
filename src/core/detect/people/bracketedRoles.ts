// "Ana Ruiz (General Manager Climate and City Growth)": a staff list gives each person's job in brackets after the
// name, and the words after the title there name a department ("Climate", "Policy and Partnerships", "Property"),
// never a second person. A mention with no given name and no surname, after a title or a role inside brackets opened
// right after another mention, is dropped (not "Father Dino (Father Lourdino Fernandes)", "(Director Ann Lee)").
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';

/** The mentions without a department named in a person's bracketed job. Cost: a look back along the line from each
 *  mention with no given name. */
export function withoutBracketedRoles(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let out: PersonMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const drop = k > 0 && !lex.givenNames.has(m.text.slice(0, (m.text + ' ').indexOf(' ')).toLowerCase())
      && !lex.surnames.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase()) && insideRoleBracket(text, m.start, mentions, k, lex);
    if (drop && !out) out = mentions.slice(0, k);
    else if (out && !drop) out.push(m);
  }
  return out ?? mentions;
}

/** Whether an unclosed "(" stands before `at` on its line, a title or a role between, and another mention ends right
 *  before it ("Ana Ruiz (General Manager "). */
function insideRoleBracket(text: string, at: number, mentions: readonly PersonMention[], k: number, lex: PeopleLexicon): boolean {
  let depth = 0;
  let opened = 0;
  for (let i = at - 1; i >= 0 && i > at - 120; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c === 41) depth++;
    else if (c === 40 && depth > 0) depth--;
    else if (c === 40) {
      let e = i;
      while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
      for (let j = k - 1; j >= 0 && mentions[j].end >= e - 1; j--) if (mentions[j].end === e) return jobWords(text.slice(i + 1, at), lex);
      // (else one bracket out, the job's inside a gloss: "Nina Morand (Manahautū (General Manager Policy))")
      if (++opened > 1) return false;
    }
  }
  return false;
}

/** "General Manager ", "Team leader ", "Manahautū (General Manager Policy and ": a job's words, a title or a role among
 *  them, the others capitalised (not "son of DNC speaker "). */
function jobWords(before: string, lex: PeopleLexicon): boolean {
  let titled = false;
  for (const w of before.split(/[\s()]+/)) {
    if (w === '' || w === 'and') continue;
    const lower = w.toLowerCase();
    if (lex.titles.has(lower) || lex.roleNouns.has(lower)) titled = true;
    else if (w[0] === lower[0]) return false;
  }
  return titled;
}
