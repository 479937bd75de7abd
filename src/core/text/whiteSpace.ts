// Character tests written out where a pattern's \s was too dear to run at every character.

/** What `\s` matches in a JavaScript pattern: white space and line terminators (UTF-16 code unit `c`). */
export function isPatternSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
