import type { Token } from './tokenize';

/**
 * "Decarlos Brown Jr.", "Tavon Rivers Sr.": a generation's suffix with its full stop after two words or more is a
 * person's, whatever the words before it (a word of the language among them, "Brown", "Rivers", kept them from being
 * read as a name). Streets and days named so ("… Jr. Blvd.", "Martin Luther King Jr. Day") are read before this.
 */
export function generationSuffixed(text: string, tokens: readonly Token[], part: { first: number; last: number }): boolean {
  if (part.last - part.first < 2) return false;
  const t = tokens[part.last];
  return (t.lower === 'jr' || t.lower === 'sr') && t.end - t.start === 3 && text.charCodeAt(t.end - 1) === 46 /* . */;
}
