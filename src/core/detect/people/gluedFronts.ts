// A page's word run into the given name after it, no space between: a caption's "Camera IconTessa Varnum", a list's
// "Actress in a Supporting RoleTessa Varnum", an agency's "AceNewsTessa Varnum", a typed "andTessa Varnum". A name's
// own inner capital opens a part of it after a short particle ("McCarthy", "LeBron", "MacKenzie", "TreVeyon"); one
// after three small letters or more, opening a given name or a title the lists know, is where a glued word ends.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { isWordCode } from './chars';

/**
 * The mentions with a glued word cut off their front ("RoleTessa Varnum" → "Tessa Varnum") and a surname's mention
 * grown over the given name glued to the word before it ("PhotoTessa Varnum" read as "Varnum" → "Tessa Varnum"); the
 * mentions linked to the old name take the new one.
 */
export function withGluedFrontsCut(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let out: PersonMention[] | undefined;
  let renamed: Map<string, string> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    let next = m;
    // (cut: a glued word among the mention's words but the last)
    const lastSpace = m.text.lastIndexOf(' ');
    for (let w = 0; w < lastSpace; w = m.text.indexOf(' ', w) + 1) {
      const end = m.text.indexOf(' ', w);
      let at = gluedAt(m.text, w, end, lex);
      if (at < 0) continue;
      // (a title glued on, "IconFather Tessa Varnum", is cut with the word: the name is "Tessa Varnum")
      if (!lex.givenNames.has(m.text.slice(at, end).toLowerCase())) at = end + 1;
      const cut = m.text.slice(at);
      const entity = m.entity === m.text ? cut : m.entity.startsWith(m.text.slice(0, at)) ? m.entity.slice(at) : m.entity;
      next = { start: m.start + at, end: m.end, text: cut, entity };
      break;
    }
    // (grow: the word before the mention, one space before it, glued to a given name)
    if (next === m && m.start > 4 && text.charCodeAt(m.start - 1) === 32) {
      let ws = m.start - 1;
      while (ws > 0 && ws > m.start - 40 && isWordCode(text.charCodeAt(ws - 1))) ws--;
      const at = ws < m.start - 1 && (k === 0 || mentions[k - 1].end <= ws) ? gluedAt(text, ws, m.start - 1, lex) : -1;
      if (at >= 0 && lex.givenNames.has(text.slice(at, m.start - 1).toLowerCase())) {
        const grown = text.slice(at, m.end);
        // (the given name written decides whose name it is: "PhotoTessa Varnum" is not a "Dara Varnum" named before)
        const entity = m.entity.startsWith(text.slice(at, m.start)) ? m.entity : grown;
        next = { start: at, end: m.end, text: grown, entity };
      }
    }
    if (next === m) { if (out) out.push(m); continue; }
    out ??= mentions.slice(0, k);
    out.push(next);
    // (only a name that was this mention's own: "Hernandez" linked to a "Dara Hernandez" named elsewhere stays hers)
    if (next.entity !== m.entity && m.entity === m.text) (renamed ??= new Map()).set(m.entity, next.entity);
  }
  if (!out) return mentions;
  return renamed ? out.map(m => renamed!.has(m.entity) ? { ...m, entity: renamed!.get(m.entity)! } : m) : out;
}

/**
 * Where in the word `s[from, to)` a given name or a title glued to a word before it opens ("RoleTessa": 4), or -1: a
 * capital A-Z after three small letters a-z or more, then small letters to the word's end ("Fitz" is a name's own
 * part: "FitzGerald").
 */
function gluedAt(s: string, from: number, to: number, lex: PeopleLexicon): number {
  if (s.startsWith('Fitz', from)) return -1;
  for (let i = from + 3; i < to - 2; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90 || !isSmall(s, i - 3, i) || !isSmall(s, i + 1, to)) continue;
    const word = s.slice(i, to).toLowerCase();
    return lex.givenNames.has(word) || lex.titles.has(word) ? i : -1;
  }
  return -1;
}

/** Whether `s[from, to)` is small letters a-z only. */
function isSmall(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
