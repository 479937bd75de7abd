// A claim's reviewed words made short for a consumer that wants them short (Google suggests under 75 characters for
// `claimReviewed`), with care: cut at a clause or word boundary with an ellipsis, never inside a word, never after a
// dangling "the" or "and", and never when the words cut off would turn the claim around (a "not", "never", "denied"):
// then the whole claim is kept, over length, rather than publish the opposite.

/** Words that reverse or deny what came before them: a claim is not shortened past one. */
const REVERSING = /\b(?:not|no|never|neither|nor|none|nobody|nothing|without|denied|denies|deny|rejected|rejects|false|untrue)\b|n['’]t\b/i;
/** Words a shortened claim must not end on. */
const DANGLING = /(?:\s+(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|that|which|who|as|than|its|their|his|her))+$/i;

export interface ShortenedClaim {
  text: string;
  /** The text was cut (it ends in an ellipsis). */
  shortened: boolean;
  /** Longer than asked because cutting would have dropped a reversing word. */
  keptWhole?: boolean;
}

/** `words` on one line (whitespace runs as one space), cut to at most `max` characters when `max` is positive. */
export function shortenClaim(words: string, max = 0): ShortenedClaim {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (!(max > 0) || flat.length <= max) return { text: flat, shortened: false };
  const room = Math.max(1, max - 1); // the ellipsis takes one
  const head = flat.slice(0, room + 1);
  // a clause boundary in the second half, else the last word boundary
  let cut = -1;
  for (const match of head.matchAll(/[,;:]\s|\s[—–-]\s/g)) if (match.index! >= room / 2 && match.index! <= room) cut = match.index!;
  if (cut < 0) cut = head.lastIndexOf(' ');
  if (cut <= 0) cut = room;
  const kept = flat.slice(0, cut).replace(/[\s,;:—–-]+$/, '').replace(DANGLING, '').replace(/[\s,;:—–-]+$/, '');
  if (!kept || REVERSING.test(flat.slice(kept.length))) return { text: flat, shortened: false, keptWhole: true };
  return { text: `${kept}…`, shortened: true };
}
