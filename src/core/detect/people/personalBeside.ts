// What the words right beside a mention say of who it is, where the mention's own words say nothing: a personal
// pronoun joined to it, or the clause its reporting verb opens. A firm says "it" and "its"; these are a person's.
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { clausePronoun } from './organisations';
import { lazyPattern } from '../../text/lazyPattern';

/** A reporting verb, then "that" or up to four lower-case words ending in "that", then "he" or "she": the speaker's
 *  own clause ("said he", "said that she", "said earlier this year that he"). */
const REPORTED_SELF = lazyPattern(() => /^[ \t]{1,2}(?:said|says|told[ \t]{1,2}(?:reporters|the[ \t]{1,2}court|the[ \t]{1,2}jury)|added|adds|explained|insisted|admitted|recalled)(?:[ \t]{1,2}that|(?:[ \t]{1,2}(?!(?:he|she|it|they|the|a|an)\b)\p{Ll}+){1,4}[ \t]{1,2}that)?[ \t]{1,2}(he|she)\b/u);
/** "and his attorneys", "and her coach": what the mention has, in a person's possessive, right after "and". */
const AND_HIS = lazyPattern(() => /^[ \t]{1,2}and[ \t]{1,2}(his|her)[ \t]{1,2}\p{Ll}/u);
/** "He and ", "she and ": a personal pronoun joined to the name right before it. */
const PRONOUN_AND_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(he|she|He|She)[ \t]{1,2}and[ \t]{1,2}$/u);

/**
 * "Potts said earlier this year that he had looked at sites", "He and Delgarno told the judge", "Decarlos Brown Jr. and
 * his attorneys appeared": 'he' or 'she' where a personal pronoun is the speaker's own or is joined to the name, else
 * undefined. ("Kestrel said it would", "Kestrel and its partners" are a firm's; "Police said the man he saw" has no
 * "that" before its pronoun, which may be anyone's.)
 */
export function personalBeside(text: string, first: Token, last: Token): 'he' | 'she' | undefined {
  if (!last.possessive) {
    const c = text.charCodeAt(last.end + 1);
    // (a space and then "s", "t", "a", "e", "i", "r": the verbs and "and"; the cheap test first)
    if (c === 115 || c === 116 || c === 97 || c === 101 || c === 105 || c === 114) {
      const after = text.slice(last.end, last.end + 64);
      const m = REPORTED_SELF().exec(after) ?? AND_HIS().exec(after);
      if (m) return m[1] === 'she' || m[1] === 'her' ? 'she' : 'he';
    }
  }
  if (text.charCodeAt(first.start - 2) !== 100 /* d of "and" */) return undefined;
  const b = PRONOUN_AND_BEFORE().exec(text.slice(Math.max(0, first.start - 12), first.start));
  return b ? (b[1].toLowerCase() === 'she' ? 'she' : 'he') : undefined;
}

/** ", a white Irish Catholic from …,", ", the team's captain,": a description set off after a sentence's first word. */
const DESCRIBED_AFTER = /^,[ \t]{1,2}(?:a|an|the)[ \t]/u;

/**
 * "White was surrounded by his wife", "White, a Democrat from Boston, …", "White said he …": a sentence's first word
 * that is also a word of the language ("White", "Young", "Such"), where the article uses that word in lower case too,
 * is the person of that surname only where its own clause says so: a "his" or "her" after its verb, a description set
 * off after it, or a clause of "he" or "she" after its reporting verb (see linkShortForm in link.ts).
 */
export function openerShownPersonal(text: string, tokens: readonly Token[], k: number, lex: PeopleLexicon, described = true): boolean {
  const t = tokens[k];
  if (t.possessive) return false;
  return oneWordClausePronoun(text, tokens, k, lex) !== undefined || personalBeside(text, t, t) !== undefined
    || (described && DESCRIBED_AFTER.test(text.slice(t.end, t.end + 6)));
}

/** A preposition right after a sentence's first word: the word is no subject ("None of his", "Shackled from his"). */
const PREPOSITION_AFTER = /^[ \t]{1,2}(?:of|from|in|with|by|to|for|at|on|into|after|before|under|over|about|between|among)\b/u;

/**
 * clausePronoun for one word opening a sentence ("Drake has grown into his own"), where the word is the verb's
 * subject: not a participle ("Shackled from his hands", "Smiling at his fans") and not before a preposition.
 */
export function oneWordClausePronoun(text: string, tokens: readonly Token[], k: number, lex: PeopleLexicon): 'he' | 'she' | undefined {
  const t = tokens[k];
  if (t.lower.endsWith('ed') || t.lower.endsWith('ing') || t.text.includes('’') || t.text.includes("'")
    || PREPOSITION_AFTER.test(text.slice(t.end, t.end + 10)) || roleNounAfter(text, t.end, lex)) return undefined;
  return clausePronoun(text, tokens, k, k, lex);
}

/** "Federal prosecutors brought …", "Senior officials said …": a word before a role noun (or its plural) qualifies the
 *  clause's subject, and is not the subject itself. */
const LOWER_WORD_AFTER = /^[ \t]([a-z]{3,})\b/;
function roleNounAfter(text: string, end: number, lex: PeopleLexicon): boolean {
  const m = LOWER_WORD_AFTER.exec(text.slice(end, end + 24));
  if (!m) return false;
  const w = m[1];
  return lex.roleNouns.has(w) || (w.endsWith('s') && lex.roleNouns.has(w.slice(0, -1)));
}
