// Title-case headline lines ("Kyiv Says Ceasefire Talks Will Resume") capitalise every word, so capitals there
// are no evidence of a name: the detector only links names already known from the body.
import type { Token } from './tokenize';

/** For each token, whether it sits on a title-case headline line. One pass over the tokens. */
export function headlineTokens(text: string, tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  let capitalised = 0;
  let lower = 0;
  let other = 0;
  const close = (end: number) => {
    // results and line-ups ("Dale 69, Morris 69") have numbers, and sentences end in a full stop: no headlines
    if (capitalised >= 4 && lower === 0 && other === 0 && end > lineStart && !endsSentence(text, tokens[end - 1].end)) for (let k = lineStart; k < end; k++) flags[k] = true;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && hasLineBreak(text, tokens[i - 1].end, tokens[i].start)) {
      close(i);
      lineStart = i;
      capitalised = 0;
      lower = 0;
      other = 0;
    }
    const t = tokens[i];
    if (t.shape === 'capitalised') capitalised++;
    else if (t.shape === 'lower' && t.text.length > 3) lower++;
    else if (t.shape === 'other' || t.shape === 'initial') other++;
  }
  close(tokens.length);
  return flags;
}

function endsSentence(text: string, from: number): boolean {
  for (let k = from; k < text.length && k < from + 4; k++) {
    const c = text[k];
    if (c === '.' || c === '!' || c === '?') return true;
    if (c === '\n' || c === '\r') return false;
  }
  return false;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  // gaps between tokens add up to at most the text length, so this stays linear
  for (let k = from; k < to; k++) if (text[k] === '\n' || text[k] === '\r') return true;
  return false;
}
