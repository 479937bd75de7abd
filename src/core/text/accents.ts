// Accents on Latin letters, which word lists and readers often leave out: "Szabó" is written "Szabo", "Ibáñez" "Ibanez".

/**
 * The word without the accents of its Latin letters ("Kópavogur" → "Kopavogur"); other scripts keep their marks, which
 * can be letters of their own. A word of plain ASCII is returned as it is.
 */
export function withoutAccents(word: string): string {
  return /[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC') : word;
}
