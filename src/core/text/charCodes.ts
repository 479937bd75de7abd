// Character tests on UTF-16 code units, for scans that run at every character, where a pattern would cost more.

/** An ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A capital letter: `code` is the character's code unit, `ch` the character (tested by pattern past ASCII). */
export function isUppercase(code: number, ch: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(ch);
}
