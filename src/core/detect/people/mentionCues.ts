// What the few characters right around one mention say of it: an age, ", who", a role before, something only a
// person does after. Shared by the first reading of each name and the article-wide firm-or-person decisions.
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { wordBefore } from './words';

/** What only a person does, right after the name: "Harold Pemberley died in 1979", "… was born in Dayton". */
// (", was born": after an apposition before the name, "Its founder, Gordon Whitlaw, was born"; "founded the firm")
const PERSON_ONLY_AFTER = /^,?[ \t]{1,2}(?:died|dies|was born|married|marries|resigned|resigns|retired|retires|was buried|was knighted|was arrested|underwent|smiled|laughed|(?:co-)?founded[ \t]{1,2}(?:the|it|a|an|his|her)\b)\b/;

export function personOnlyAfter(text: string, t: Token): boolean {
  return !t.possessive && PERSON_ONLY_AFTER.test(text.slice(t.end, t.end + 24));
}

/** "told reporters", "told a news conference" right after: a person speaks to the press (a firm has a spokesman do it). */
const TOLD_PRESS = /^[ \t]{1,2}told[ \t]{1,2}(?:reporters|journalists|(?:a|the)[ \t]{1,2}(?:news|press)[ \t]{1,2}conference)\b/;

export function toldPressAfter(text: string, t: Token): boolean {
  return !t.possessive && text.charCodeAt(t.end + 1) === 116 /* t */ && TOLD_PRESS.test(text.slice(t.end, t.end + 40));
}

/** ", who", ", who's": a relative clause about a person. */
export function appositiveWho(text: string, t: Token): boolean {
  return !t.possessive && text.charCodeAt(t.end) === 44 /* , */ && /^, who(?:['’]s)? /.test(text.slice(t.end, t.end + 8));
}

/** A role or title in lower case right before: "assistant", "striker", "president". */
export function roleBefore(text: string, start: number, lex: PeopleLexicon): boolean {
  const before = wordBefore(text, start).word;
  return before !== '' && (lex.roleNouns.has(before) || lex.titles.has(before));
}

/** ", 34," right after the word. */
export function ageAfter(text: string, t: Token): boolean {
  return !t.possessive && text.charCodeAt(t.end) === 44 /* , */ && AGE_AFTER.test(text.slice(t.end, t.end + 7));
}

const AGE_AFTER = /^,\s{1,3}\d{1,3},/;

/** The words in lower case, single-spaced: the same name elsewhere in the text has the same key. */
export function nameKey(tokens: readonly Token[], part: { first: number; last: number }): string {
  let key = tokens[part.first].lower;
  for (let k = part.first + 1; k <= part.last; k++) key += ' ' + tokens[k].lower;
  return key;
}
