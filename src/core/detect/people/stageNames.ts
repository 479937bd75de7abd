// One-word names of performers ("Quenby announced that her tour …", "Later, Quenby said he would …") shown to be a
// person's by their own sentence: the word opens a clause, a verb follows it, and a personal pronoun ("he", "she", a
// possessive "his"/"her", "himself"/"herself") comes later in the sentence with no other name, no "it"/"they" and no
// noun for people in between. wordNamesShown needs the pronoun in the verb's own clause ("… into his own"); this reads
// on past "that" and a comma, so a firm, a band or a place needs "it"/"they" or a name of its own to stay what it is:
// places, demonyms and known organisations are never taken, nor a word the article also writes in lower case, nor one
// written after "told", "per", "via", "according to" (an outlet: "told Quillfeather", "per Quillfeather").
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import type { WordClass } from './classify';
import type { NameFinding } from './link';
import type { Token } from './tokenize';
import { alone, inLowerCase } from './wordNamesShown';
import { lazyPattern, testShaped } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** A verb after the word: an auxiliary, a past in -ed, a present in -s, or a common irregular past. */
const VERB_AFTER = lazyPattern(() => /^[ \t](?:(?:also|then|finally|recently|later|quickly|once|first)[ \t])?(?:(has|had|will|would|could|can)[ \t])?(\p{Ll}{2,})\b/u);
const IRREGULAR = wordSet('is was has had will would won took made told wrote sang became'
  + ' gave got said says chose spoke left met broke began went came sold lost kept');
/** Nouns and words after a name that make it a qualifier, not a subject ("Quenby fans said his …"). */
const NOT_VERB = wordSet('fans news series always perhaps this his her himself herself');
/** The sentence after the verb, up to its end: the first personal pronoun, and what comes before it. */
const PRONOUN = lazyPattern(() => /(?:^|[^\p{L}'’])(he|she|his|her|himself|herself|it|its|they|their|them|who)(?![\p{L}'’])/u);
const PRONOUN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:he|she|his|her|He|She|His|Her)[^\p{L}][^.!?\n]*$/u);
/** PRONOUN_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const PRONOUN_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:he|she|his|her|He|She|His|Her)[^A-Za-z][^.!?\n]*$/;
const SENTENCE_END = /[.!?;:\n"“”]/u;
const CAPITAL_WORD = lazyPattern(() => /(?:^|[ \t(])(\p{Lu}\p{Ll}+)/gu);
const NEXT_OPENS_PERSONAL = /^\.[ \t]{1,2}(?:He|She)[ \t]/;
/** Days and months, which may stand between the name and its pronoun ("… on Friday, by announcing his …"). */
const CALENDAR = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Whether a capitalised word other than a day or a month stands in the text: another name may own the pronoun. */
function namedBetween(between: string): boolean {
  if (!/[A-Z\u00c0-\uffff]/.test(between)) return false;
  const re = CAPITAL_WORD();
  re.lastIndex = 0;
  for (let m = re.exec(between); m !== null; m = re.exec(between)) if (!CALENDAR.test(m[1])) return true;
  // (a capital not followed by small letters: initials, capitals)
  return /(?:^|[ \t(])\p{Lu}(?!\p{Ll})/u.test(between);
}
/** An outlet's name: after "told", "per", "via", "according to", "on" a channel. */
const OUTLET_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:told|per|via|to|on|in|from|at|by)[ \t]$/u);
const ARTICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|The|A|An|its|their)[ \t]$/u);

/** Whether the token at k opens a clause: a sentence's first word, or after a comma or "and"/"but"/"then". */
function opensClause(text: string, t: Token): boolean {
  if (t.sentenceStart) return true;
  const c = text.charCodeAt(t.start - 2);
  if (text.charCodeAt(t.start - 1) !== 32) return false;
  if (c === 44) return true;
  return c === 100 && text.slice(t.start - 5, t.start - 1) === ' and';
}

/** Whether the token's sentence reads as shown above. */
function stageSubject(text: string, t: Token, lex: PeopleLexicon): boolean {
  // (a blank and a small letter after it: the cheap test first)
  const n = text.charCodeAt(t.end + 1);
  if (text.charCodeAt(t.end) !== 32 || n < 97 || n > 122) return false;
  const v = VERB_AFTER().exec(text.slice(t.end, t.end + 40));
  if (v === null) return false;
  const w = v[2];
  if (NOT_VERB.has(w) || lex.roleNouns.has(w) || (w.endsWith('s') && lex.roleNouns.has(w.slice(0, -1)))) return false;
  if (v[1] === undefined && !(IRREGULAR.has(w) || (w.length > 4 && w.endsWith('ed')) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')))) return false;
  const from = t.end + v[0].length;
  let rest = text.slice(from, from + 140);
  const stop = SENTENCE_END.exec(rest);
  if (stop !== null) rest = rest.slice(0, stop.index);
  const p = PRONOUN().exec(rest);
  // ("Quenby won the prize. She thanked …": the next sentence opens with the pronoun, and this one names no one else)
  if (p === null) return stop !== null && stop[0] === '.' && NEXT_OPENS_PERSONAL.test(text.slice(from + stop.index, from + stop.index + 6))
    && !namedBetween(rest);
  const pron = p[1];
  if (pron !== 'he' && pron !== 'she' && pron !== 'his' && pron !== 'her' && pron !== 'himself' && pron !== 'herself') return false;
  if (pron === 'her') {
    const next = /^[ \t]{1,2}(\p{Ll}+)/u.exec(rest.slice(p.index + p[0].length));
    if (next === null || OBJECT_AFTER.has(next[1])) return false;
  }
  const between = rest.slice(0, p.index);
  if (namedBetween(between)) return false;
  for (const word of between.split(/[^\p{Ll}]+/u)) {
    if (lex.roleNouns.has(word) || peopleLexicon().peopleWords.has(word)) return false;
  }
  // (a pronoun before it in its sentence is another's, who may own the one after: "Given her wishes, Lakemoor …")
  return t.sentenceStart || !testShaped(PRONOUN_BEFORE_SHAPE, PRONOUN_BEFORE, text.slice(Math.max(0, t.start - 100), t.start));
}
/** Words after an object "her" ("told her that"), where "her" is no possessive. */
const OBJECT_AFTER = wordSet('that and the a an to for in on at with from by as or'
  + ' about into after before up out off back down away was is would will');

/** A racehorse is "he" or "she" too ("Windmere closed fast to win by a neck. He paid $9.40"): words of a race in the
 *  sentence that showed the name or the next rule it out. */
const RACED = /\b(?:furlongs?|jockey|colt|filly|gelding|mare|sired|paid \$\d+\.\d\d|by (?:a|an|one|two|three|\w+-and-a-half)(?: half-| |-)(?:lengths?|neck)\b)/;
function racedAfter(text: string, end: number): boolean {
  const window = text.slice(end, end + 300);
  const first = SENTENCE_END.exec(window);
  if (first === null) return RACED.test(window);
  const second = SENTENCE_END.exec(window.slice(first.index + 2));
  return RACED.test(second === null ? window : window.slice(0, first.index + 2 + second.index));
}

/** Quotation marks: a nickname inside a name or a title ('William “Bill” Rosen Park'). */
const QUOTE_BEFORE = new Set([34, 39, 0x2018, 0x201c]);
/** A capitalised word right after it, which the tokenizer left out of its run ("Kanye West" in a headline). */
function joinedAfter(text: string, t: Token): boolean {
  if (t.possessive || text.charCodeAt(t.end) !== 32) return false;
  const c = text.charCodeAt(t.end + 1);
  return (c >= 65 && c <= 90) || (c > 127 && text[t.end + 1] !== text[t.end + 1].toLowerCase());
}

/**
 * Makes persons of every mention alone of a one-word name (a word of the language, a surname or an unknown word) of
 * which one mention opens a clause as shown above; findings of those tokens that name a firm or a thing are left.
 */
export function stageNamesShown(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  lex: PeopleLexicon): void {
  // per word: 1 seen inside a sentence, 2 shown personal, 4 ruled out
  let state: Map<string, number> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const c = classes[k];
    if ((c !== 'common' && c !== 'unknown' && c !== 'surname' && c !== 'given') || t.shape !== 'capitalised' || !alone(tokens, k)
      || t.lower.endsWith('ing') || t.lower.endsWith('ly') || lex.nameSuffixes.has(t.lower)) continue;
    state ??= new Map();
    let s = state.get(t.lower) ?? 0;
    if (s & 4) continue;
    // (the article's or the outlet's word ends in a small letter right before the blank: the cheap test first)
    // (none at the text's start: a read before it would throw V8's optimised code away)
    const b = t.start >= 2 ? text.charCodeAt(t.start - 2) : 0;
    if (b >= 97 && b <= 122 && text.charCodeAt(t.start - 1) === 32) {
      const lead = text.slice(Math.max(0, t.start - 14), t.start);
      if (ARTICLE_BEFORE().test(lead) || OUTLET_BEFORE().test(lead) || lead.endsWith('according to ')) { state.set(t.lower, s | 4); continue; }
    }
    if (!t.sentenceStart) s |= 1;
    if (c === 'common') s |= 8;
    if (!(s & 2) && !t.possessive && opensClause(text, t) && stageSubject(text, t, lex)) s |= racedAfter(text, t.end) ? 4 : 2;
    state.set(t.lower, s);
  }
  if (state === undefined) return;
  const names = new Set<string>();
  for (const [word, s] of state) {
    // (written capitalised inside a sentence at least once: a sentence's first word may be any word)
    if ((s & 7) !== 3) continue;
    if ((s & 8) && inLowerCase(text, word)) continue;
    names.add(word);
  }
  if (names.size === 0) return;
  const covered = new Set<number>();
  for (const f of findings) {
    for (let k = f.first; k <= f.last; k++) covered.add(k);
    if (f.first === f.last && names.has(tokens[f.first].lower) && !f.firm && !f.thing && alone(tokens, f.first)
      && !joinedAfter(text, tokens[f.first])) f.person = true;
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!covered.has(k) && names.has(tokens[k].lower) && tokens[k].shape === 'capitalised' && alone(tokens, k)
      && !joinedAfter(text, tokens[k]) && (tokens[k].start === 0 || !QUOTE_BEFORE.has(text.charCodeAt(tokens[k].start - 1)))) {
      findings.push({ first: k, last: k, person: true });
    }
  }
}
