// The pronoun "I" beside a name, which the tokenizer keeps as a word that may be a regnal number or an initial.
import type { PeopleLexicon } from '../lexicon';
import type { Token } from './tokenize';
import { wordBefore } from './words';
import { wordSet } from '../../text/wordList';

/**
 * The tokens without the pronoun "I", which the tokenizer keeps for a regnal number ("Charles I") or an initial
 * ("I. M. Pei"): "General Mattis I mentioned before" (before a word in lower case, after no given name), "Senator
 * Hadley and I. Tom, it's good to see you" (an initial after "and", "than", "or").
 */
export function withoutPronounI(text: string, tokens: Token[], lex: PeopleLexicon): Token[] {
  let kept: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === 'I' && pronounI(text, t, i > 0 && tokens[i - 1].end + 1 === t.start ? tokens[i - 1] : undefined, lex)) {
      kept ??= tokens.slice(0, i);
    } else kept?.push(t);
  }
  return kept ?? tokens;
}

function pronounI(text: string, t: Token, adjacentBefore: Token | undefined, lex: PeopleLexicon): boolean {
  if (t.shape === 'initial') return PRONOUN_I_AFTER.has(wordBefore(text, t.start).word);
  const next = text.charCodeAt(t.end + 1);
  return text.charCodeAt(t.end) === 32 && next >= 97 && next <= 122
    && !(adjacentBefore && (lex.givenNames.has(adjacentBefore.lower) || SOVEREIGNS.has(wordBefore(text, adjacentBefore.start).word))
      // ("about Clayton I think he showed why": a verb only the speaker has after it, never a regnal number's)
      && !SPEAKER_VERB_AFTER.test(text.slice(t.end, t.end + 9)));
}
/** After the pronoun "I" and never a regnal number: "I think", "I reckon", "I guess", "I suppose", "I mean". */
const SPEAKER_VERB_AFTER = /^ (?:think|reckon|guess|suppose|mean)\b/;
const PRONOUN_I_AFTER = wordSet('and or than nor');
/** Titles before a regnal name ("King Baudouin I born"). */
const SOVEREIGNS = wordSet('king queen pope emperor empress tsar czar sultan shah kaiser prince'
  + ' princess pharaoh patriarch');
