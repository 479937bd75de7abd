// A page's stamp glued to its neighbours as the page is pasted: "NewsFebruary 28, 2004", "By Jane HaleApril 11, 2009",
// "REPORTS11/16/2022 The monthly …", "October 27, 2018Thousands of …". A copy loses the line break (or the block's edge)
// between a section label, a byline or a headline and the stamp, and between the stamp and the story; where a full date
// with its year touches a letter so, the break is put back, and the stamp is read as the line of its own it was.
import { lazyPattern } from '../text/lazyPattern';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
/** A month name's first letter, for the cheap test before the patterns run. */
const MONTH_INITIAL = /[JFMASOND]/;
/** A letter right before a full date written with its month's name or in figures (the month's capital or the day's
 *  figure touching it): "NewsFebruary 28, 2004", "Mell14 March 2021", "REPORTS11/16/2022". */
const GLUED_BEFORE = lazyPattern(() => new RegExp(`(?<=\\p{L})(?=${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}\\b|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH}[ \\t]+\\d{4}\\b|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?!\\d))`, 'gu'));
/** A full date's year with a capitalised word touching it after: "October 27, 2018Thousands". */
const GLUED_AFTER = lazyPattern(() => new RegExp(`(?<=\\b(?:${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH})[ \\t]+\\d{4})(?=\\p{Lu}\\p{Ll})`, 'gu'));

/** The head of a text with its glued stamps set on lines of their own, and the way back to the text's offsets. */
export interface UngluedHead {
  /** The text with a line break put in at each glued edge (only within the head read). */
  text: string;
  /** Offsets in `text` where a line break was put in. */
  breaks: ReadonlySet<number>;
  /** The offset in the original text of an offset in `text`. */
  original(at: number): number;
}

/**
 * The text with its glued stamps between `from` and `to` set apart by line breaks; undefined where none is glued (the
 * common case: a stamp written apart from its neighbours, or no stamp).
 */
export function ungluedHead(text: string, from: number, to: number): UngluedHead | undefined {
  const head = text.slice(from, Math.min(text.length, to));
  if (!/\d{4}|\d[/.-]\d/.test(head) || !(MONTH_INITIAL.test(head) || /\p{L}\d/u.test(head))) return undefined;
  const points = new Set<number>();
  for (const pattern of [GLUED_BEFORE(), GLUED_AFTER()]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(head); m !== null; m = pattern.exec(head)) {
      points.add(from + m.index);
      pattern.lastIndex = m.index + 1;
    }
  }
  if (points.size === 0) return undefined;
  const sorted = [...points].sort((a, b) => a - b);
  let out = '', last = 0;
  const breaks = new Set<number>();
  for (const at of sorted) {
    out += text.slice(last, at);
    breaks.add(out.length);
    out += '\n';
    last = at;
  }
  out += text.slice(last);
  const original = (at: number): number => {
    let before = 0;
    for (const b of breaks) if (b < at) before++;
    return at - before;
  };
  return { text: out, breaks, original };
}
