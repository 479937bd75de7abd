// Word lists written as one string, the words separated by single spaces, split once when their module is evaluated.
// As strings the detection script's 360 lists take about 1 KB less of the compressed .vsix than as arrays of quoted
// words (issue 16). A long list is one string a line, joined by `+`, which the build folds into one. Splitting at a
// space costs next to nothing at load; splitting at a pattern such as /\s+/ cost a fresh process milliseconds more.

/** The words of `words`, in order; throws an Error if they are not separated by single spaces. */
export function wordList(words: string): string[] {
  if (words.startsWith(' ') || words.endsWith(' ') || words.includes('  ') || words.includes('\n') || words.includes('\t')) {
    throw new Error(`a word list separates its words by single spaces: "${words.slice(0, 40)}…"`);
  }
  return words.split(' ');
}

/** The words of `words` (separated by single spaces) as a set. */
export function wordSet(words: string): Set<string> {
  return new Set(wordList(words));
}
