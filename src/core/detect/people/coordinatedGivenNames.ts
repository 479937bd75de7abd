// "actors Lori Loughlin and Felicity Huffman, who …": a capitalised word the lists read as a word of the language
// ("Felicity", by its "-ity") is a given name where it opens a second full name joined by "and" to a first one (a given
// name and a surname or a word no list knows), and a surname or such a word follows it that closes the name. Nobody
// writes a thing's name of a word of the language and an unknown word right after a person's full name and "and".
import type { Token } from './tokenize';
import type { WordClass } from './classify';

const SURNAME_LIKE = new Set<WordClass>(['surname', 'unknown']);

export function coordinatedGivenNames(text: string, tokens: readonly Token[], classes: WordClass[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (classes[i] !== 'common') continue;
    const t = tokens[i], next = tokens[i + 1], previous = tokens[i - 1];
    if (t.sentenceStart || t.possessive || t.shape !== 'capitalised' || next.shape !== 'capitalised' || !SURNAME_LIKE.has(classes[i + 1])
      || classes[i - 2] !== 'given' || !SURNAME_LIKE.has(classes[i - 1]) || previous.possessive) continue;
    if (text.slice(previous.end, t.start) !== ' and ' || text.slice(tokens[i - 2].end, previous.start) !== ' '
      || text.slice(t.end, next.start) !== ' ') continue;
    // (the second name ends there: a comma, a full stop or a lower-case word after it, no third capitalised word)
    const after = tokens[i + 2];
    if (after !== undefined && after.start - next.end === 1 && after.shape !== 'lower') continue;
    classes[i] = 'given';
  }
}
