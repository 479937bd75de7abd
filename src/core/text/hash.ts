// A short, stable name for a piece of text: claim keys and the workspace index's content check. Not a security measure.

/** FNV-1a over UTF-16 code units, 32 bits, base 36. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The text's length and FNV-1a hash: what the workspace index compares to know an article is unchanged (the length
 *  makes a collision between two versions of one article far less likely than 32 bits alone). */
export function contentHash(text: string): string {
  return `${text.length.toString(36)}-${textHash(text)}`;
}
