// The nearest quotation mark or line break around a name, looked for with the string's own search in a short window.
// Two rules ask it of every name (is the name inside a quoted title?); a character loop for it ran in the interpreter
// for most of a short run and then cost an optimising compile of its own.

/** The offset of the last of `"`, `“`, `”` and the line break in text[start - reach, start), or -1 where none is. */
export function lastQuoteMarkBefore(text: string, start: number, reach: number): number {
  const from = Math.max(0, start - reach);
  const window = text.slice(from, start);
  const last = Math.max(window.lastIndexOf('"'), window.lastIndexOf('“'), window.lastIndexOf('”'), window.lastIndexOf('\n'));
  return last < 0 ? -1 : from + last;
}

/** The offset of the first of `"`, `“`, `”` and the line break in text[end, end + reach), or -1 where none is. */
export function firstQuoteMarkAfter(text: string, end: number, reach: number): number {
  const window = text.slice(end, end + reach);
  let first = -1;
  for (const mark of MARKS) {
    const at = window.indexOf(mark);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first < 0 ? -1 : end + first;
}

const MARKS = ['"', '“', '”', '\n'];
