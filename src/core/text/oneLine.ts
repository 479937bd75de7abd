// Text shown on one line (a claim in a list, a picker, a message, a terminal line): whitespace runs become one space,
// and what is longer than the room ends in an ellipsis.

/** `text` on one line, at most `max` characters. */
export function shortText(text: string, max = 80): string {
  // only the start is ever shown: a long text is cut before flattening (with room to spare for whitespace runs)
  const head = text.length > max * 3 ? text.slice(0, max * 3) : text;
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > max || (head.length < text.length && /\S/.test(text.slice(head.length))) ? `${flat.slice(0, max - 1)}…` : flat;
}
