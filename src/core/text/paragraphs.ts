// An article's paragraphs (text between blank lines), found in one pass and looked up by binary search: matching a
// claim reads its paragraph, and an article of thousands of claims must not scan from its start for each one.

/** Where the article's paragraphs break: the offsets where each blank-line run starts and ends, in order (one pass). */
export function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  const blank = /\r?\n[ \t]*\r?\n/g;
  for (let found = blank.exec(text); found; found = blank.exec(text)) breaks.push(found.index, found.index + found[0].length);
  return breaks;
}

/** The paragraph around [start, end): from the end of the blank lines before it to the start of those after it. */
export function paragraphOf(breaks: readonly number[], length: number, start: number, end: number): { from: number; to: number } {
  // the last break ending at or before `start`, by binary search over the (start, end) pairs
  let low = 0;
  let high = breaks.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[2 * mid + 1] <= start) low = mid + 1;
    else high = mid;
  }
  const from = low > 0 ? breaks[2 * (low - 1) + 1] : 0;
  let next = low;
  while (next < breaks.length / 2 && breaks[2 * next] < end) next++;
  return { from, to: next < breaks.length / 2 ? breaks[2 * next] : length };
}
