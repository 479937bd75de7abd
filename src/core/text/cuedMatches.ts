// A pattern's matches over a whole article, tried only where a cheap cue says one may be. V8 tries a global pattern
// at every character; when the pattern opens with a look-behind, with a Unicode class, or is case-insensitive in
// Unicode mode ('iu'), each try is slow, and over a megabyte of news one such pattern cost 15–60 ms where the places
// worth trying were a few hundred. Each function gives exactly what `text.matchAll(pattern)` gives, under its law.
// The pattern may be a lazy one (./lazyPattern.ts): it is then made only when a cue first matches, so an article
// without the cue never pays for parsing it.

import type { LazyPattern } from './lazyPattern';

/**
 * The matches of `pattern` (sticky, 'y') where a match can only begin at a match of `starts` (global, 'g'): each is
 * tried from there, left to right, and none begins inside the one before, as matchAll goes. A sticky pattern's
 * look-behind still sees the text before the place it is tried at.
 */
export function* matchesStartingAt(text: string, starts: RegExp, pattern: RegExp | LazyPattern): Generator<RegExpExecArray> {
  let after = 0;
  for (const start of text.matchAll(starts)) {
    if (start.index < after) continue;
    const regExp = typeof pattern === 'function' ? pattern() : pattern;
    regExp.lastIndex = start.index;
    const match = regExp.exec(text);
    if (!match) continue;
    after = match.index + Math.max(match[0].length, 1);
    yield match;
  }
}

/**
 * The matches of `pattern` (global, 'g') when no match crosses a line break and none can be in a line where `cue`
 * (global, matching within a line) does not match: only the lines the cue matches are searched. `pattern` must not
 * look outside its match's line (no look-behind or `^` that reads the line before). Each match's index is the article's.
 */
export function* matchesInCuedLines(text: string, cue: RegExp, pattern: RegExp | LazyPattern): Generator<RegExpExecArray> {
  let searchedTo = 0;
  for (const hit of text.matchAll(cue)) {
    if (hit.index < searchedTo) continue;
    const regExp = typeof pattern === 'function' ? pattern() : pattern;
    const lineStart = hit.index === 0 ? 0 : text.lastIndexOf('\n', hit.index - 1) + 1;
    const lineBreak = text.indexOf('\n', hit.index);
    const lineEnd = lineBreak < 0 ? text.length : lineBreak;
    for (const match of text.slice(lineStart, lineEnd).matchAll(regExp)) {
      match.index += lineStart;
      yield match;
    }
    searchedTo = lineEnd;
  }
}
