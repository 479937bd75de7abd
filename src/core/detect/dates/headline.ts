// Whether a date stands in the article's headline, whose tense and day the story below decides.

/** A Markdown heading or a front-matter title: "# Council approves budget on Tuesday", "title: …". */
const HEADLINE_LINE = /^[ \t]*(?:#{1,6}[ \t]|title:)/i;

/** How near the top a plain line may stand to be read as the headline: after a date line and a blank line or two. */
const PLAIN_HEADLINE_REACH = 200;

export function inHeadline(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (HEADLINE_LINE.test(text.slice(lineStart, start))) return true;
  if (lineStart > PLAIN_HEADLINE_REACH) return false;
  // a plain text's headline: a short line of words near the top that ends with no sentence's punctuation
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.length <= 120 && !/[.!?:;,"”’)]$/.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= 4;
}

/**
 * A headline that stands on its own line, not a hard-wrapped line of a paragraph: a Markdown heading, the text's first
 * line (before a date line, not a line going on in lower case), or a line between blank lines.
 */
export function headlineStandingAlone(text: string, start: number): boolean {
  if (!inHeadline(text, start)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (HEADLINE_LINE.test(text.slice(lineStart, start))) return true;
  const lineEnd = text.indexOf('\n', start);
  const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, lineEnd + 3);
  if (/^\s*$/.test(text.slice(0, lineStart))) return !/^[ \t]*\p{Ll}/u.test(next);
  return /\n[ \t]*\n$/.test(text.slice(Math.max(0, lineStart - 4), lineStart)) && (lineEnd < 0 || /^[ \t]*(?:\n|$)/.test(next));
}
