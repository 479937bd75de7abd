/** A respelling in brackets of how a name is said, blanked before names are looked for: it names no one. */
// Audio scripts and explainers spell out a name's sound after it: "Tan Wei-lun (Pronounced: Tahn Way Loon)",
// "Quarle (pronounced Kwar-lee)". Its capitalised syllables are no person's name ("Way Loon"), nor do they count
// as a name's neighbours. Blanked with spaces, so every offset stays the text's.

/** "(Pronounced: Tahn Way Loon)", "(pronounced Tor-vin)": the bracket, opened by the word. */
const PRONUNCIATION = /\((?:[Pp]ronounced|PRONOUNCED)\b[^()\n]{0,60}\)/g;

/** The text with its pronunciation brackets blanked; the text itself where it has none (nearly every text). */
export function withPronunciationsBlanked(text: string): string {
  if (!text.includes('ronounced') && !text.includes('RONOUNCED')) return text;
  return text.replace(PRONUNCIATION, (bracket) => ' '.repeat(bracket.length));
}
