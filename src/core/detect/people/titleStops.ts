import type { Token } from './tokenize';
import { abbreviatedTitleBefore } from './evidence';

/**
 * "Officers said Mr. Brown was calm", "Mrs. Green told the court": the tokenizer reads a word after a full stop as a
 * sentence's first, where capitals say nothing; after a short title with its stop ("Mr.", "Dr.", "Sen.") the word is
 * the name that title belongs to, and its capital is the name's. Without this a surname that is also a word ("Brown",
 * "Green", "Stone") after "Mr." was read as a sentence opener and dropped, while "Mr Brown" without the stop was found.
 * Changes only the flag, in place, before the words are classed.
 */
export function wordsAfterTitleStops(text: string, tokens: readonly Token[]): void {
  for (const t of tokens) {
    // (the stop and one space right before: the cheap test first)
    if (t.sentenceStart && t.shape === 'capitalised' && text.charCodeAt(t.start - 2) === 46 /* . */
      && abbreviatedTitleBefore(text, t.start)) t.sentenceStart = false;
  }
}
