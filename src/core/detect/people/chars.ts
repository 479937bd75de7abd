import { lazyPattern } from '../../text/lazyPattern';
// Character tests on UTF-16 code units, ASCII first: regular expressions per character would cost the speed target.

const LETTER_OR_DIGIT = lazyPattern(() => /[\p{L}\p{M}\p{Nd}]/u);
const UPPER = lazyPattern(() => /[\p{Lu}\p{Lt}]/u);

// Non-ASCII code units are classified once and remembered: bit 1 = known, 2 = word character, 4 = upper case.
const KNOWN = 1;
const WORD = 2;
const UPPERCASE = 4;
const nonAscii = new Uint8Array(0x10000);

function flagsOf(code: number): number {
  let flags = nonAscii[code];
  if (flags === 0) {
    flags = KNOWN;
    // astral characters such as emoji are never word characters
    if (code < 0xd800 || code > 0xdfff) {
      const ch = String.fromCharCode(code);
      if (LETTER_OR_DIGIT().test(ch)) flags |= WORD;
      if (UPPER().test(ch)) flags |= UPPERCASE;
    }
    nonAscii[code] = flags;
  }
  return flags;
}

/** A letter, combining mark or digit. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (flagsOf(code) & WORD) !== 0;
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return (flagsOf(code) & UPPERCASE) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Apostrophes and hyphens that may join the parts of one word: O'Neill, Jean-Marc, al-Assad. */
export function isJoinerCode(code: number): boolean {
  return code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2018 || code === 45 /* - */ || code === 0x2010;
}

export function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}
