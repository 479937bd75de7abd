/** A sponsor's message inside a newsletter or a live page, which is an advertiser's copy and no claim of the story. */
import type { Span } from '../spans';

// "**A message from Acme: A job at Acme is often a first step in a career. Nearly half of our staff … Find out more.**",
// "TOGETHER WITH ORGANIFI", "Sponsored by …": the advertiser's copy runs on from its label to the end of its emphasis,
// or else of its paragraph. The claim model scored its figures 0.52–0.92 ("Since 2010 we have reformulated 43
// products"); a reader checks the story's claims, not an advert's.

/** The label a sponsor's message opens with, after emphasis: "A message from Acme:", "Sponsored by Acme:", "Paid post:". */
const SPONSOR_LABEL = /^([*_]{0,3})(?:an? (?:message|word) from|sponsored by|presented by|brought to you by|in partnership with|together with|paid (?:post|content|for by)|sponsored(?: content| post)?|advertisement)\b[^.!?\n]{0,60}?:/i;
/** How each label opens: most units are done with after a look at their first letter. */
const FIRST_LETTERS = new Set([42, 95, 97, 115, 112, 98, 105, 116]); // * _ a s p b i t
const BLANK_LINE = /\n[ \t|]*\r?\n/;

/** Indices of the units that are a sponsor's message: its labelled first unit, and the units after it to its end. */
export function sponsoredSentences(text: string, sentences: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const unit = sentences[i].text;
    if (!FIRST_LETTERS.has(unit.charCodeAt(0) | 32)) continue;
    const label = SPONSOR_LABEL.exec(unit);
    if (!label) continue;
    const emphasis = label[1];
    out.add(i);
    // (the message ends where its emphasis closes, or at its paragraph's end)
    for (let j = i; j < sentences.length; j++) {
      if (j > i) {
        if (BLANK_LINE.test(text.slice(sentences[j - 1].end, sentences[j].start))) break;
        out.add(j);
      }
      if (emphasis && closesEmphasis(sentences[j].text, emphasis, j === i ? label[0].length : 0)) break;
    }
  }
  return out;
}

/** Does the unit close the emphasis its message opened (after `from`, so the opening marks are not counted)? */
function closesEmphasis(unit: string, emphasis: string, from: number): boolean {
  return unit.indexOf(emphasis, from) >= 0;
}
